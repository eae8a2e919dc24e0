"""Every write to proposals: their statements, sign-offs, clearing them, the typology override."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.actors.models import Representation
from partnerlab.core import audit
from partnerlab.core.errors import Conflict, FieldError, NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.permissions import require_facilitator
from partnerlab.partnerships import permissions
from partnerlab.partnerships.models import Partnership, PartnershipPartner, Stage
from partnerlab.proposals.content import content_hash, element_lines, proposal_of
from partnerlab.proposals.models import (
    Notice,
    PartnershipType,
    Proposal,
    ProposalElement,
    SignOff,
)

PROPOSAL_FIELDS = [
    "goal",
    "novelty",
    "novelty_note",
    "benefits_origin",
    "benefits_destination",
    "benefits_migrants",
]
BASE_TYPES = [t for t in PartnershipType.values if t != PartnershipType.HYBRID]


def _lock_idea(partnership: Partnership) -> None:
    """Writers of an idea's elements update its row too: locking it orders sign-offs, proposal
    creation and edits one after another."""
    Partnership.objects.select_for_update().filter(pk=partnership.pk).first()


def _locked(partnership: Partnership, expected_version: int | None, *, by: Any) -> Proposal:
    _lock_idea(partnership)
    current = Proposal.objects.select_for_update().filter(partnership=partnership).first()
    current = current or Proposal(partnership=partnership, version=0)
    if expected_version is None:
        raise ValidationFailed(
            _("Send the version you edited, so nobody's work is overwritten."),
            errors=[FieldError("version", _("Required."))],
        )
    if expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_(
                "Someone else changed the proposal while you were editing it; nothing was saved."
            ),
            current_version=current.version,
            current=audit.snapshot(current, PROPOSAL_FIELDS),
        )
    return current


@transaction.atomic
def update_proposal(
    *, by: Any, partnership: Partnership, data: dict[str, Any], expected_version: int | None
) -> Proposal:
    """The goal, what is new, and the benefits for origin, destination and migrants."""
    from partnerlab.proposals.forms import ProposalForm

    if not permissions.can_edit(by, partnership):
        raise NotAllowed(_("Only the group's members and facilitators may change this proposal."))
    current = _locked(partnership, expected_version, by=by)
    before = audit.snapshot(current, PROPOSAL_FIELDS)
    form = ProposalForm(data={**before, **data}, instance=current)
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    proposal: Proposal = form.save(commit=False)
    if audit.snapshot(proposal, PROPOSAL_FIELDS) == before and proposal.pk:
        return proposal
    proposal.version = current.version + 1
    proposal.save()
    audit.record(
        actor=by,
        action="proposal.update",
        target=proposal,
        before=before,
        after=audit.snapshot(proposal, PROPOSAL_FIELDS),
    )
    refresh_sign_offs(partnership=partnership, by=by)
    return proposal


def _partner_for(by: Any, partnership: Partnership, partner: int | None) -> PartnershipPartner:
    mine = partnership.partners.filter(
        organisation_id__in=permissions.organisation_ids(by)
    ).select_related("organisation")
    if partner is not None:
        mine = mine.filter(organisation_id=partner)
    choices = list(mine)
    if not getattr(by, "is_partner", False) or not choices:
        raise NotAllowed(_("Only a partner's own representative signs off for it."))
    if len(choices) > 1:
        raise ValidationFailed(
            _("You speak for several partners of this idea: say which one signs."),
            errors=[FieldError("partner", _("Choose the organisation."))],
        )
    return choices[0]


@transaction.atomic
def sign_off_element(
    *,
    by: Any,
    partnership: Partnership,
    element: str,
    partner: int | None = None,
    seen_hash: str | None = None,
) -> SignOff:
    """A partner's representative agrees to an element as it stands now. With `seen_hash` (the
    version shown to them), a change made in between is refused rather than signed unseen."""
    if element not in ProposalElement.values:
        raise ValidationFailed(
            _("Unknown element."), errors=[FieldError("element", ", ".join(ProposalElement.values))]
        )
    signer = _partner_for(by, partnership, partner)
    _lock_idea(partnership)
    if partnership.stage != Stage.DESIGN:
        raise ValidationFailed(_("Partners sign off once the group has reached the design stage."))
    lines = element_lines(partnership, element)
    digest = content_hash(lines)
    if seen_hash and seen_hash != digest:
        raise Conflict(
            _("This element changed since you opened the page; read it again before signing."),
            current_version=0,
            current={"element": element, "lines": [list(line) for line in lines]},
        )
    valid = SignOff.objects.select_for_update().filter(
        partnership=partnership, element=element, partner=signer, cleared_at=None
    )
    existing = valid.first()
    if existing is not None and existing.content_hash == digest:
        return existing  # signing the same thing twice changes nothing
    valid.update(cleared_at=timezone.now())
    sign_off = SignOff.objects.create(
        partnership=partnership,
        element=element,
        partner=signer,
        signed_by=by,
        content=[list(line) for line in lines],
        content_hash=digest,
    )
    # The partner has agreed to the element as it now stands: what the notices asked is done.
    Notice.objects.filter(
        sign_off__partnership=partnership,
        sign_off__element=element,
        sign_off__partner=signer,
        resolved_by=None,
    ).update(resolved_by=sign_off)
    audit.record(
        actor=by,
        action="proposal.sign_off",
        target=sign_off,
        after={"element": element, "partner": signer.organisation_id, "hash": digest},
    )
    return sign_off


def refresh_sign_offs(*, partnership: Partnership, by: Any = None) -> list[SignOff]:
    """Clear the sign-offs of every element that changed since it was signed, and tell the
    partners' representatives (each notice shows what changed)."""
    valid = list(
        SignOff.objects.select_for_update()
        .filter(partnership=partnership, cleared_at=None)
        .select_related("partner")
    )
    if not valid:
        return []
    hashes: dict[str, str] = {}
    cleared = []
    for sign_off in valid:
        if sign_off.element not in hashes:
            hashes[sign_off.element] = content_hash(element_lines(partnership, sign_off.element))
        if hashes[sign_off.element] != sign_off.content_hash:
            sign_off.cleared_at = timezone.now()
            sign_off.save(update_fields=["cleared_at"])
            cleared.append(sign_off)
    users = Representation.objects.filter(
        organisation_id__in={s.partner.organisation_id for s in cleared}, user__is_active=True
    ).values_list("organisation_id", "user_id")
    by_org: dict[int, list[int]] = {}
    for org, user in users:
        by_org.setdefault(org, []).append(user)
    Notice.objects.bulk_create(
        [
            Notice(user_id=user, sign_off=s)
            for s in cleared
            for user in by_org.get(s.partner.organisation_id, [])
        ]
    )
    for s in cleared:
        audit.record(
            actor=by,
            action="proposal.sign_off_cleared",
            target=s,
            after={"element": s.element, "partner": s.partner.organisation_id},
        )
    return cleared


@transaction.atomic
def set_typology(
    *,
    by: Any,
    partnership: Partnership,
    type: str,
    components: list[str],
    reason: str,
    expected_version: int | None,
) -> Proposal:
    """A facilitator sets the type (with a reason) or, with an empty type, goes back to the
    computed one."""
    require_facilitator(by)
    current = _locked(partnership, expected_version, by=by)
    errors = []
    if type and type not in PartnershipType.values:
        errors.append(FieldError("type", _("Choose one of the five types.")))
    if type and not reason.strip():
        errors.append(FieldError("reason", _("Say why the type differs from the computed one.")))
    parts = [c for c in dict.fromkeys(components) if c]
    if any(c not in BASE_TYPES for c in parts):
        errors.append(FieldError("components", _("Components are the four base types.")))
    if type == PartnershipType.HYBRID and len(parts) < 2:
        errors.append(FieldError("components", _("A hybrid combines at least two types.")))
    if errors:
        raise ValidationFailed(_("Some fields need attention."), errors=errors)
    before = {"type": current.override_type, "components": current.override_components}
    current.override_type = type
    current.override_components = (
        parts if type == PartnershipType.HYBRID else ([type] if type else [])
    )
    current.override_reason = reason.strip() if type else ""
    current.overridden_by = by if type else None
    current.version = current.version + 1
    current.save()
    audit.record(
        actor=by,
        action="proposal.typology",
        target=current,
        before=before,
        after={"type": type, "components": current.override_components, "reason": reason},
    )
    return current


def proposal(partnership: Partnership) -> Proposal:
    return proposal_of(partnership)
