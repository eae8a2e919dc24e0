"""The funding status as a state machine: which moves are allowed and what each requires."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from partnerlab.core import audit
from partnerlab.core.errors import FieldError, ValidationFailed
from partnerlab.funding.models import Funding, FundingStatus, StatusChange

S = FundingStatus

# Every status can also move to WITHDRAWN (except COMPLETED and WITHDRAWN itself); a withdrawn
# proposal may come back to the pipeline as fundable.
NEXT: dict[str, set[str]] = {
    S.FUNDABLE: {S.PRESENTED, S.IN_DISCUSSION, S.PARTLY_PLEDGED, S.FULLY_PLEDGED},
    S.PRESENTED: {S.FUNDABLE, S.IN_DISCUSSION, S.PARTLY_PLEDGED, S.FULLY_PLEDGED},
    S.IN_DISCUSSION: {S.PRESENTED, S.PARTLY_PLEDGED, S.FULLY_PLEDGED},
    S.PARTLY_PLEDGED: {S.IN_DISCUSSION, S.FULLY_PLEDGED},
    S.FULLY_PLEDGED: {S.PARTLY_PLEDGED, S.IN_DISCUSSION, S.AGREEMENT_SIGNED},
    S.AGREEMENT_SIGNED: {S.IMPLEMENTING},
    S.IMPLEMENTING: {S.COMPLETED},
    S.COMPLETED: set(),
    S.WITHDRAWN: {S.FUNDABLE},
}
for _status, _moves in NEXT.items():
    if _status not in (S.COMPLETED, S.WITHDRAWN):
        _moves.add(S.WITHDRAWN)

# Statuses in which donors may still pledge.
OPEN_FOR_PLEDGES = {S.FUNDABLE, S.PRESENTED, S.IN_DISCUSSION, S.PARTLY_PLEDGED, S.FULLY_PLEDGED}
# Statuses the pledges decide: moved automatically as pledges come and go.
SET_BY_PLEDGES = {S.PARTLY_PLEDGED, S.FULLY_PLEDGED}


def label(status: str) -> str:
    return str(dict(FundingStatus.choices).get(status, status))


def allowed_moves(status: str) -> list[str]:
    return [s for s in FundingStatus.values if s in NEXT.get(status, set())]


def check_move(
    funding: Funding, target: str, *, requested: Any, pledged: Any, fundable: bool
) -> None:
    """Refuse a move the machine does not allow or whose preconditions do not hold."""
    if target not in FundingStatus.values:
        raise ValidationFailed(
            _("Unknown funding status."),
            errors=[FieldError("to", ", ".join(FundingStatus.values))],
        )
    if target not in NEXT.get(funding.status, set()):
        raise ValidationFailed(
            _("A proposal %(current)s cannot move to “%(target)s”.")
            % {"current": label(funding.status).lower(), "target": label(target)},
            errors=[FieldError("to", _("Not allowed from the current status."))],
        )
    problem = None
    if target in (S.PRESENTED, S.FUNDABLE) and not fundable:
        problem = _("The proposal is no longer fundable: every partner must sign every element.")
    elif target == S.PARTLY_PLEDGED and not (0 < pledged < requested):
        problem = _("Partly pledged needs pledges that cover part of the amount requested.")
    elif target == S.FULLY_PLEDGED and not (requested and pledged >= requested):
        problem = _("Fully pledged needs pledges covering the whole amount requested.")
    elif target == S.AGREEMENT_SIGNED and pledged < requested:
        problem = _("An agreement is signed once the amount requested is fully pledged.")
    if problem:
        raise ValidationFailed(problem, errors=[FieldError("to", problem)])


def move(funding: Funding, target: str, *, reason: str, by: Any) -> StatusChange:
    """Record the move (history and audit) and save the new status. Callers check first."""
    before = funding.status
    change = StatusChange.objects.create(
        funding=funding,
        from_status=before,
        to_status=target,
        reason=reason,
        by=by if getattr(by, "is_authenticated", False) else None,
    )
    funding.status = target
    funding.version += 1
    funding.save(update_fields=["status", "version", "updated_at"])
    audit.record(
        actor=by,
        action="funding.status",
        target=funding,
        before={"status": before},
        after={"status": target, "reason": reason},
    )
    return change


def follow_pledges(funding: Funding, *, requested: Any, pledged: Any, by: Any, reason: str) -> None:
    """Partly or fully pledged follow the pledges: a pledge moves the status forward, a
    withdrawn one moves it back (to in discussion when nothing is left)."""
    if funding.status not in OPEN_FOR_PLEDGES:
        return
    if requested and pledged >= requested:
        target = S.FULLY_PLEDGED
    elif pledged > 0:
        target = S.PARTLY_PLEDGED
    elif funding.status in SET_BY_PLEDGES:
        target = S.IN_DISCUSSION
    else:
        return
    if target != funding.status:
        move(funding, target, reason=reason, by=by)
