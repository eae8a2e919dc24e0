from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerlab.partnerships"
    label = "partnerships"
    verbose_name = _("Partnerships")

    def ready(self) -> None:
        from partnerlab.core import actions
        from partnerlab.partnerships.elements import ELEMENTS

        def element_kind(code: str) -> str | None:
            """partnership.<element>.<verb>: the element's name ("cause", "budget line")."""
            key = code.split(".")[1] if code.count(".") == 2 else ""
            spec = ELEMENTS.get(key)
            return str(spec.label if spec else _("partnership idea")) if key else None

        actions.register("partnership.", namer=element_kind)
