from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundingConfig(AppConfig):
    name = "partnerlab.funding"
    label = "funding"
    verbose_name = _("Donors and funding")

    def ready(self) -> None:
        from partnerlab.core import actions
        from partnerlab.funding.status import label

        def status_names(details: dict[str, object]) -> dict[str, object]:
            status = details.get("status")
            return {**details, "status": label(str(status))} if status else details

        actions.register("funding.", reader=status_names)

        # The audit log's words for what this app records (core cannot import this app).
        actions.SENTENCES.update(
            {
                "donor_profile.create": _("Funding priorities of %(object)s recorded"),
                "donor_profile.update": _("Funding priorities of %(object)s changed"),
                "funding.publish": _("“%(object)s” published to the donors' pipeline"),
                "funding.unpublish": _("“%(object)s” taken out of the donors' pipeline"),
                "funding.status": _("Funding status of “%(object)s” changed to %(status)s"),
                "funding.introduce": _("Donor introduced to a proposal: %(object)s"),
                "funding.interest": _("Donor interested: %(object)s"),
                "funding.decline": _("Donor declined: %(object)s"),
                "funding.ask": _("A donor asked the partners a question"),
                "funding.answer": _("Partners answered a donor's question"),
                "funding.pledge": _("Pledge recorded: %(object)s"),
                "funding.withdraw_pledge": _("Pledge withdrawn: %(object)s"),
                "funding.pair": _("Policy commitment paired with a pledge: %(object)s"),
            }
        )
