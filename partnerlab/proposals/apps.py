from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "partnerlab.proposals"
    label = "proposals"
    verbose_name = _("Proposals")

    def ready(self) -> None:
        from partnerlab.proposals import receivers  # noqa: F401

    def warm_up(self) -> None:
        """Load the typology model and the PDF engine before the first proposal is opened."""
        import weasyprint  # noqa: F401

        from partnerlab.analysis.typology import default_classifier

        default_classifier()
