"""What donors and partners exchange about a published proposal: introductions and answers,
questions and their threads, pledges, and policy commitments paired with pledges."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, NotFound, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.funding import notices, permissions
from partnerlab.funding import status as machine
from partnerlab.funding.forms import PledgeForm, TextForm
from partnerlab.funding.models import (
    Answer,
    CommitmentPairing,
    Funding,
    FundingStatus,
    Introduction,
    NoticeKind,
    Pledge,
    Question,
    QuestionAnswer,
)
from partnerlab.funding.selectors import money_of
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.selectors import readiness

S = FundingStatus


def _published(partnership: Partnership, *, lock: bool = True) -> Funding:
    if lock:
        Partnership.objects.select_for_update().filter(pk=partnership.pk).first()
    funding = Funding.objects.filter(partnership=partnership)
    funding = funding.select_for_update() if lock else funding
    found = funding.first()
    if found is None or not found.is_published:
        raise ValidationFailed(_("This proposal is not published to the pipeline."))
    return found


def _text(value: str, field: str = "text") -> str:
    form = TextForm(data={"text": value or ""})
    if not form.is_valid():
        raise ValidationFailed(
            _("Some fields need attention."),
            errors=[FieldError(field, e.message) for e in form_errors(form)],
        )
    return str(form.cleaned_data["text"]).strip()


def _engage(funding: Funding, by: Any, reason: str) -> None:
    """A donor's first interest or question moves a fundable or presented proposal into
    discussion."""
    if funding.status in (S.FUNDABLE, S.PRESENTED):
        machine.move(funding, S.IN_DISCUSSION, reason=reason, by=by)


# --- Introductions ----------------------------------------------------------------------------


@transaction.atomic
def introduce(
    *, by: Any, partnership: Partnership, donor: Organisation, note: str = ""
) -> Introduction:
    """A facilitator introduces a donor to a published proposal; the donor is told."""
    if not permissions.is_facilitator(by):
        raise NotAllowed(_("Only facilitators introduce donors to proposals."))
    funding = _published(partnership)
    donor = permissions.acting_donor(by, donor.pk)
    intro, created = Introduction.objects.get_or_create(
        funding=funding, donor=donor, defaults={"introduced_by": by, "note": note.strip()}
    )
    if not created:
        raise ValidationFailed(
            _("%(donor)s was already introduced to this proposal.") % {"donor": donor},
            errors=[FieldError("donor", _("Already introduced."))],
        )
    if funding.status == S.FUNDABLE:
        machine.move(
            funding, S.PRESENTED, reason=_("Introduced to %(donor)s.") % {"donor": donor}, by=by
        )
    audit.record(
        actor=by, action="funding.introduce", target=intro, after={"donor": donor.pk, "note": note}
    )
    notices.notify(
        notices.donor_people(donor),
        kind=NoticeKind.INTRODUCED,
        funding=funding,
        donor=donor,
        detail=note,
    )
    return intro


@transaction.atomic
def answer_introduction(
    *,
    by: Any,
    partnership: Partnership,
    interested: bool,
    reason: str = "",
    donor: int | None = None,
) -> Introduction:
    """A donor says it is interested in a proposal, or declines it with a reason; the
    partners are told. A donor may show interest without an introduction."""
    acting = permissions.acting_donor(by, donor)
    funding = _published(partnership)
    reason = (reason or "").strip()
    if not interested and not reason:
        raise ValidationFailed(
            _("Say why you decline, so the partners can learn from it."),
            errors=[FieldError("reason", _("Required when declining."))],
        )
    if reason:
        reason = _text(reason, "reason")
    intro = Introduction.objects.select_for_update().filter(funding=funding, donor=acting).first()
    if intro is None:
        intro = Introduction(funding=funding, donor=acting)
    before = {"answer": intro.answer, "reason": intro.reason} if intro.pk else None
    intro.answer = Answer.INTERESTED if interested else Answer.DECLINED
    intro.reason = reason
    intro.answered_by = by
    intro.answered_at = timezone.now()
    intro.save()
    if interested:
        _engage(funding, by, _("%(donor)s is interested.") % {"donor": acting})
    audit.record(
        actor=by,
        action="funding.interest" if interested else "funding.decline",
        target=intro,
        before=before,
        after={"answer": intro.answer, "reason": reason},
    )
    notices.notify(
        notices.partner_people(funding),
        kind=NoticeKind.INTEREST if interested else NoticeKind.DECLINED,
        funding=funding,
        donor=acting,
        detail=reason,
    )
    return intro


# --- Questions -------------------------------------------------------------------------------


@transaction.atomic
def ask_question(
    *, by: Any, partnership: Partnership, text: str, donor: int | None = None
) -> Question:
    """A donor asks the partners of a published proposal a question; the partners are told."""
    acting = permissions.acting_donor(by, donor)
    funding = _published(partnership)
    question = Question.objects.create(funding=funding, donor=acting, asked_by=by, text=_text(text))
    _engage(funding, by, _("%(donor)s asked a question.") % {"donor": acting})
    audit.record(
        actor=by,
        action="funding.ask",
        target=question,
        after={"donor": acting.pk, "text": question.text},
    )
    notices.notify(
        notices.partner_people(funding),
        kind=NoticeKind.QUESTION,
        funding=funding,
        donor=acting,
        detail=question.text,
    )
    return question


@transaction.atomic
def answer_question(
    *, by: Any, question: Question, text: str, partner: int | None = None
) -> QuestionAnswer:
    """One of the idea's partners answers, as its own organisation; the donor is told."""
    funding = question.funding
    partnership = funding.partnership
    speaker = permissions.answering_partner(by, partnership, partner)
    _published(partnership)
    answer = QuestionAnswer.objects.create(
        question=question, partner=speaker, answered_by=by, text=_text(text)
    )
    audit.record(
        actor=by,
        action="funding.answer",
        target=answer,
        after={"question": question.pk, "partner": speaker.organisation_id, "text": answer.text},
    )
    donor = question.donor
    notices.notify(
        notices.donor_people(donor),
        kind=NoticeKind.ANSWERED,
        funding=funding,
        donor=donor,
        detail=answer.text,
    )
    return answer


# --- Pledges ---------------------------------------------------------------------------------


@transaction.atomic
def pledge(
    *,
    by: Any,
    partnership: Partnership,
    amount: Any,
    kind: str,
    conditions: str = "",
    budget_lines: list[int] | None = None,
    confirm_over_gap: bool = False,
    donor: int | None = None,
) -> Pledge:
    """A donor pledges cash or in-kind support to a published, fundable proposal. A pledge
    larger than the funding gap is refused unless confirmed; the status follows the pledges."""
    acting = permissions.acting_donor(by, donor)
    funding = _published(partnership)
    if not readiness(partnership).fundable:
        raise ValidationFailed(
            _(
                "Pledges go to fundable proposals only: this one is waiting for its partners "
                "to sign it again."
            )
        )
    if funding.status not in machine.OPEN_FOR_PLEDGES:
        raise ValidationFailed(
            _("This proposal no longer takes pledges (it is %(status)s).")
            % {"status": machine.label(funding.status).lower()}
        )
    lines = list(partnership.budget_lines.select_related("partner__organisation"))
    form = PledgeForm(
        data={
            "amount": str(amount) if amount is not None else "",
            "kind": kind,
            "conditions": conditions or "",
            "budget_lines": [str(x) for x in budget_lines or []],
            "confirm_over_gap": confirm_over_gap,
        },
        lines=lines,
    )
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    value = form.cleaned_data["amount"]
    money = money_of(partnership, funding)
    if value > money.gap and not form.cleaned_data["confirm_over_gap"]:
        raise ValidationFailed(
            _(
                "This pledge (%(amount)s) is larger than the funding gap (%(gap)s). Confirm "
                "that you mean to pledge more than is missing, or lower the amount."
            )
            % {"amount": value, "gap": money.gap},
            errors=[
                FieldError("amount", _("Larger than the funding gap: confirm it or lower it."))
            ],
        )
    made = Pledge.objects.create(
        funding=funding,
        donor=acting,
        pledged_by=by,
        amount=value,
        kind=form.cleaned_data["kind"],
        conditions=form.cleaned_data["conditions"].strip(),
        over_gap_confirmed=value > money.gap,
    )
    made.budget_lines.set(form.cleaned_data["budget_lines"])
    audit.record(
        actor=by,
        action="funding.pledge",
        target=made,
        after={
            "donor": acting.pk,
            "amount": value,
            "kind": made.kind,
            "conditions": made.conditions,
            "budget_lines": sorted(form.cleaned_data["budget_lines"]),
            "over_gap_confirmed": made.over_gap_confirmed,
        },
    )
    machine.follow_pledges(
        funding,
        requested=money.requested,
        pledged=money.pledged + value,
        by=by,
        reason=_("%(donor)s pledged %(amount)s %(currency)s.")
        % {"donor": acting, "amount": value, "currency": partnership.currency},
    )
    notices.notify(
        notices.partner_people(funding),
        kind=NoticeKind.PLEDGE,
        funding=funding,
        donor=acting,
        detail=f"{value} {partnership.currency}",
    )
    return made


@transaction.atomic
def withdraw_pledge(*, by: Any, pledge: Pledge, reason: str) -> Pledge:
    """The donor (or a facilitator) withdraws a pledge with a reason: the gap opens again."""
    current = Pledge.objects.select_for_update().filter(pk=pledge.pk).first()
    if current is None:
        raise NotFound(_("No such pledge."))
    if not (permissions.is_facilitator(by) or current.donor_id in permissions.donor_ids(by)):
        raise NotAllowed(_("Only the donor that pledged, or a facilitator, withdraws a pledge."))
    if current.withdrawn_at is not None:
        raise ValidationFailed(_("This pledge was already withdrawn."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(
            _("Say why the pledge is withdrawn."), errors=[FieldError("reason", _("Required."))]
        )
    reason = _text(reason, "reason")
    funding = _published(current.funding.partnership)
    current.withdrawn_at = timezone.now()
    current.withdrawn_by = by
    current.withdrawn_reason = reason
    current.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason"])
    audit.record(
        actor=by,
        action="funding.withdraw_pledge",
        target=current,
        before={"withdrawn_at": None},
        after={"withdrawn_at": current.withdrawn_at, "reason": reason},
    )
    money = money_of(funding.partnership, funding)
    machine.follow_pledges(
        funding,
        requested=money.requested,
        pledged=money.pledged,
        by=by,
        reason=_("A pledge of %(amount)s was withdrawn: %(reason)s")
        % {"amount": current.amount, "reason": reason},
    )
    return current


@transaction.atomic
def pair_commitment(
    *, by: Any, pledge: Pledge, partner: int, commitment: str = ""
) -> CommitmentPairing:
    """Pair a partner's policy commitment (its obligations in the proposal, or the text given)
    with a donor's financial pledge: facilitators, the pledging donor, or that partner."""
    current = Pledge.objects.select_related("funding__partnership").filter(pk=pledge.pk).first()
    if current is None or current.withdrawn_at is not None:
        raise ValidationFailed(_("Only an active pledge is paired with a commitment."))
    partnership = current.funding.partnership
    found = partnership.partners.filter(pk=partner).select_related("organisation").first()
    if found is None:
        raise ValidationFailed(
            _("Choose one of the proposal's partners."),
            errors=[FieldError("partner", _("Not a partner of this proposal."))],
        )
    own_partner = permissions.is_idea_partner(by, partnership) and found.organisation_id in (
        permissions.organisation_ids(by)
    )
    if not (
        permissions.is_facilitator(by)
        or current.donor_id in permissions.donor_ids(by)
        or own_partner
    ):
        raise NotAllowed(
            _("Facilitators, the pledging donor or that partner pair a commitment with a pledge.")
        )
    text = (commitment or "").strip() or found.obligations.strip()
    if not text:
        raise ValidationFailed(
            _("State the policy commitment: this partner has recorded no obligations."),
            errors=[FieldError("commitment", _("Required."))],
        )
    text = _text(text, "commitment")
    _published(partnership)
    if CommitmentPairing.objects.filter(pledge=current, partner=found).exists():
        raise ValidationFailed(
            _("This partner's commitment is already paired with this pledge."),
            errors=[FieldError("partner", _("Already paired."))],
        )
    pairing = CommitmentPairing.objects.create(
        pledge=current, partner=found, commitment=text, paired_by=by
    )
    audit.record(
        actor=by,
        action="funding.pair",
        target=pairing,
        after={"pledge": current.pk, "partner": found.organisation_id, "commitment": text},
    )
    return pairing
