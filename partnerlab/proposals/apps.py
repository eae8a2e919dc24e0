from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsConfig(AppConfig):
    name = "partnerlab.proposals"
    label = "proposals"
    verbose_name = _("Proposals")

    def ready(self) -> None:
        from partnerlab.core import actions
        from partnerlab.proposals import receivers  # noqa: F401
        from partnerlab.proposals.models import ProposalElement

        def element_names(details: dict[str, object]) -> dict[str, object]:
            names = dict(ProposalElement.choices)
            return {**details, "element": names.get(str(details.get("element")), "…")}

        actions.register("proposal.", reader=element_names)

    def warm_up(self) -> None:
        """Load the typology model and the PDF engine before the first proposal is opened."""
        import weasyprint  # noqa: F401

        from partnerlab.analysis.typology import default_classifier

        default_classifier()
