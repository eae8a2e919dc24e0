from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    name = "partnerlab.themes"
    label = "themes"
    verbose_name = _("Themes")

    def ready(self) -> None:
        from partnerlab.core import actions

        def no_theme(details: dict[str, object]) -> dict[str, object]:
            """An input moved to or from no theme at all."""
            blank = {k: _("no theme") for k in ("from_label", "to_label") if not details.get(k)}
            return {**details, **blank}

        actions.register("theme_map.move", reader=no_theme)
