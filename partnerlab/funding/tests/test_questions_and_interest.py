"""Donors ask, partners answer (each for its own organisation), introductions and answers,
commitments paired with pledges, and the notices each sends."""

import pytest
from django.core import mail

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.core.models import AuditEvent
from partnerlab.funding import dealings
from partnerlab.funding.models import (
    Answer,
    CommitmentPairing,
    Funding,
    FundingNotice,
    FundingStatus,
    NoticeKind,
    QuestionAnswer,
)

S = FundingStatus


def _kinds(user):
    return list(FundingNotice.objects.filter(user=user).values_list("kind", flat=True))


def test_a_donor_asks_and_the_partners_are_told_in_the_platform_and_by_mail(
    cast, ws, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who audits?")
    for partner in (cast.ghana, cast.mexico, cast.igo):
        assert _kinds(partner) == [NoticeKind.QUESTION]
    assert _kinds(cast.donor) == [] and _kinds(cast.city) == []  # Accra is not a partner
    assert {m.to[0] for m in mail.outbox} == {"kofi@lab.test", "lucia@lab.test", "jean@lab.test"}
    assert "Who audits?" in mail.outbox[0].body
    assert Funding.objects.get(pk=published.pk).status == S.IN_DISCUSSION
    assert AuditEvent.objects.filter(action="funding.ask", object_id=str(question.pk)).exists()


def test_a_partner_answers_for_its_own_organisation_and_the_donor_is_told(
    cast, ws, published, django_capture_on_commit_callbacks
):
    question = dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who audits?")
    with django_capture_on_commit_callbacks(execute=True):
        answer = dealings.answer_question(by=cast.mexico, question=question, text="Our auditors.")
    assert answer.partner.organisation == cast.mexico_ministry
    assert _kinds(cast.donor) == [NoticeKind.ANSWERED]
    assert [m.to for m in mail.outbox] == [["erik@lab.test"]]


def test_a_partner_may_not_answer_for_another_organisation(cast, ws, published):
    question = dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who audits?")
    with pytest.raises(NotAllowed, match="only for an organisation you represent"):
        dealings.answer_question(
            by=cast.mexico, question=question, text="Ghana will.", partner=cast.ghana_ministry.pk
        )
    for outsider in (cast.ngo, cast.city, cast.donor, cast.observer):
        with pytest.raises(NotAllowed):
            dealings.answer_question(by=outsider, question=question, text="Me.")
    assert not QuestionAnswer.objects.exists()
    assert _kinds(cast.donor) == []


def test_questions_need_text_and_a_donor(cast, ws, published):
    with pytest.raises(ValidationFailed) as caught:
        dealings.ask_question(by=cast.donor, partnership=ws.idea, text="   ")
    assert caught.value.errors[0].field == "text"
    with pytest.raises(NotAllowed):
        dealings.ask_question(by=cast.ghana, partnership=ws.idea, text="Hello?")


def test_a_facilitator_introduces_a_donor_who_then_answers(cast, ws, published):
    intro = dealings.introduce(
        by=cast.facilitator, partnership=ws.idea, donor=cast.fund, note="Fits"
    )
    assert Funding.objects.get(pk=published.pk).status == S.PRESENTED
    assert _kinds(cast.donor) == [NoticeKind.INTRODUCED]
    with pytest.raises(ValidationFailed, match="already introduced"):
        dealings.introduce(by=cast.facilitator, partnership=ws.idea, donor=cast.fund)
    with pytest.raises(NotAllowed):
        dealings.introduce(by=cast.ghana, partnership=ws.idea, donor=cast.fund)
    dealings.answer_introduction(by=cast.donor, partnership=ws.idea, interested=True)
    intro.refresh_from_db()
    assert intro.answer == Answer.INTERESTED
    assert Funding.objects.get(pk=published.pk).status == S.IN_DISCUSSION
    assert _kinds(cast.ghana) == [NoticeKind.INTEREST]


def test_declining_needs_a_reason_and_tells_the_partners(cast, ws, published):
    with pytest.raises(ValidationFailed, match="Say why you decline"):
        dealings.answer_introduction(by=cast.donor, partnership=ws.idea, interested=False)
    intro = dealings.answer_introduction(
        by=cast.donor, partnership=ws.idea, interested=False, reason="Outside our regions"
    )
    assert intro.answer == Answer.DECLINED and intro.reason == "Outside our regions"
    assert _kinds(cast.mexico) == [NoticeKind.DECLINED]
    assert AuditEvent.objects.filter(action="funding.decline").count() == 1


def test_a_pledge_tells_the_partners(cast, ws, published):
    dealings.pledge(by=cast.donor, partnership=ws.idea, amount="5000", kind="cash")
    assert _kinds(cast.ghana) == [NoticeKind.PLEDGE]


def test_a_partners_policy_commitment_is_paired_with_a_pledge(cast, ws, published):
    pledge = dealings.pledge(by=cast.donor, partnership=ws.idea, amount="5000", kind="cash")
    ghana = ws.idea.partners.get(organisation=cast.ghana_ministry)
    pairing = dealings.pair_commitment(by=cast.ghana, pledge=pledge, partner=ghana.pk)
    assert pairing.commitment == "Share case data"  # the partner's obligations in the proposal
    with pytest.raises(ValidationFailed, match="already paired"):
        dealings.pair_commitment(by=cast.facilitator, pledge=pledge, partner=ghana.pk)
    mexico = ws.idea.partners.get(organisation=cast.mexico_ministry)
    with pytest.raises(NotAllowed):  # Ghana does not commit for Mexico
        dealings.pair_commitment(by=cast.ghana, pledge=pledge, partner=mexico.pk)
    dealings.pair_commitment(
        by=cast.donor, pledge=pledge, partner=mexico.pk, commitment="Recognise payslips"
    )
    assert CommitmentPairing.objects.count() == 2
    assert AuditEvent.objects.filter(action="funding.pair").count() == 2
