from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "partnerlab.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from partnerlab.core import converters

        converters.register()  # before any URLconf is loaded

    def warm_up(self) -> None:
        """Do before the first request what each process would otherwise do on it: import every
        view (the URL patterns), read each language's messages and compile every template of
        ours. A process's first audit log took about 1 s cold and 30 ms warm."""
        from pathlib import Path

        from django.conf import settings
        from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
        from django.urls import get_resolver
        from django.utils import translation

        get_resolver().reverse_dict  # noqa: B018 (reading it imports and indexes every view)
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                translation.gettext("Home")
        package = Path(__file__).resolve().parent.parent
        engine = engines["django"]
        for folder in package.glob("**/templates"):
            for path in folder.rglob("*.html"):
                try:
                    engine.get_template(path.relative_to(folder).as_posix())
                except (TemplateDoesNotExist, TemplateSyntaxError):  # pragma: no cover
                    continue  # a page names its own mistakes when it is opened
