from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "partnerlab.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from partnerlab.core import converters

        converters.register()  # before any URLconf is loaded
