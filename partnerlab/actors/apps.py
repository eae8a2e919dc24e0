from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    name = "partnerlab.actors"
    label = "actors"
    verbose_name = _("Actors")

    def ready(self) -> None:
        from partnerlab.actors import receivers  # noqa: F401
