"""Who may read and change donors' priorities and the funding of proposals.

Donors speak for the donor organisations they represent; facilitators act for any donor.
Partners act on their own idea, each for its own organisation. The pipeline is read by donors,
observers and facilitators; an idea's partners read the funding of their own idea.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.partnerships.models import Partnership, PartnershipPartner
from partnerlab.partnerships.permissions import in_group, is_facilitator, organisation_ids


def donor_ids(user: Any) -> set[int]:
    """The donor organisations `user` represents (none unless they have the donor role)."""
    if not getattr(user, "is_donor", False):
        return set()
    ids = organisation_ids(user)
    return set(
        Organisation.objects.filter(pk__in=ids, kind=OrganisationKind.DONOR).values_list(
            "pk", flat=True
        )
    )


def can_edit_profile(user: Any, organisation: Organisation) -> bool:
    return is_facilitator(user) or organisation.pk in donor_ids(user)


def can_see_pipeline(user: Any) -> bool:
    return bool(
        getattr(user, "is_facilitator", False)
        or getattr(user, "is_donor", False)
        or getattr(user, "is_observer", False)
    )


def is_idea_partner(user: Any, partnership: Partnership) -> bool:
    """A representative of one of the idea's partners (and a member of its group)."""
    if not getattr(user, "is_partner", False) or not in_group(user, partnership.group):
        return False
    mine = organisation_ids(user)
    return any(p.organisation_id in mine for p in partnership.partners.all())


def can_view_funding(user: Any, partnership: Partnership, published: bool) -> bool:
    if is_facilitator(user) or is_idea_partner(user, partnership):
        return True
    return published and can_see_pipeline(user)


def acting_donor(user: Any, donor: int | None = None) -> Organisation:
    """The donor organisation `user` acts for: its own, or (for a facilitator) the one named."""
    if is_facilitator(user):
        if donor is None:
            raise ValidationFailed(
                _("Say which donor this is for."),
                errors=[FieldError("donor", _("Choose the donor."))],
            )
        found = Organisation.objects.filter(pk=donor, kind=OrganisationKind.DONOR).first()
        if found is None:
            raise ValidationFailed(
                _("No such donor."), errors=[FieldError("donor", _("Choose a donor."))]
            )
        return found
    mine = donor_ids(user)
    if not mine:
        raise NotAllowed(_("Only a donor's representatives and facilitators may do this."))
    if donor is not None:
        if donor not in mine:
            raise NotAllowed(_("You may act only for the donor you represent."))
        return Organisation.objects.get(pk=donor)
    if len(mine) > 1:
        raise ValidationFailed(
            _("You represent several donors: say which one this is for."),
            errors=[FieldError("donor", _("Choose the donor."))],
        )
    return Organisation.objects.get(pk=next(iter(mine)))


def answering_partner(
    user: Any, partnership: Partnership, partner: int | None = None
) -> PartnershipPartner:
    """The partner of the idea `user` answers for: only its own organisation."""
    mine = organisation_ids(user) if getattr(user, "is_partner", False) else set()
    own = [
        p
        for p in partnership.partners.select_related("organisation")
        if p.organisation_id in mine and in_group(user, partnership.group)
    ]
    if not own:
        raise NotAllowed(_("Only the idea's partners answer, each for its own organisation."))
    if partner is not None:
        chosen = [p for p in own if p.organisation_id == partner or p.pk == partner]
        if not chosen:
            raise NotAllowed(_("You may answer only for an organisation you represent."))
        return chosen[0]
    if len(own) > 1:
        raise ValidationFailed(
            _("You speak for several partners of this idea: say which one answers."),
            errors=[FieldError("partner", _("Choose the organisation."))],
        )
    return own[0]
