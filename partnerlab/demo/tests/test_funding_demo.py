"""The demo's donors and funding: six donors of different kinds with priorities, the three
fundable proposals in the pipeline, questions answered, one proposal fully pledged and one in
part, every write in the audit trail, and the demo donor able to ask and pledge."""

from __future__ import annotations

import datetime
import io
from collections import Counter
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from partnerlab.accounts.models import Role, User
from partnerlab.actors.models import Representation
from partnerlab.core.models import AuditEvent
from partnerlab.funding.models import (
    Answer,
    CommitmentPairing,
    DonorProfile,
    Funding,
    FundingStatus,
    Introduction,
    Pledge,
    ProfileRevision,
    QuestionAnswer,
)
from partnerlab.funding.selectors import money_of
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.selectors import readiness

pytestmark = pytest.mark.django_db


def _run() -> None:
    call_command("demo", stdout=io.StringIO())


def test_six_donors_of_different_kinds_recorded_their_priorities_themselves() -> None:
    _run()
    profiles = list(DonorProfile.objects.select_related("organisation").prefetch_related("windows"))
    kinds = Counter(p.kind for p in profiles)
    assert len(profiles) == 6
    assert kinds["bilateral"] >= 2 and kinds["foundation"] >= 1
    assert kinds["pooled"] >= 1 and kinds["bank"] >= 1
    assert all(p.objectives.exists() and p.version == 1 for p in profiles)
    assert ProfileRevision.objects.count() == 6
    created = AuditEvent.objects.filter(action="donor_profile.create").select_related("actor")
    assert created.count() == 6 and {e.actor.role for e in created} == {Role.DONOR}
    demo_donor = Representation.objects.get(user__email="donor@lab.example.org").organisation
    assert DonorProfile.objects.filter(organisation=demo_donor).exists()
    today = timezone.localdate()
    windows = [w for p in profiles for w in p.windows.all()]
    assert any(w.opens_on <= today <= w.closes_on for w in windows)
    assert any(today < w.opens_on <= today + datetime.timedelta(days=90) for w in windows)
    assert any(p.excluded_types or p.excluded_objectives.exists() for p in profiles)


def test_the_three_fundable_proposals_are_published_by_their_lead_partners() -> None:
    _run()
    designed = Partnership.objects.filter(stage="design")
    fundable = {idea.pk for idea in designed if readiness(idea).fundable}
    published = Funding.objects.filter(published_at__isnull=False).select_related("partnership")
    assert len(fundable) == 3 and {f.partnership_id for f in published} == fundable
    for funding in published:
        lead = funding.partnership.partners.get(role="lead").organisation
        assert Representation.objects.filter(user=funding.published_by, organisation=lead).exists()
    assert AuditEvent.objects.filter(action="funding.publish").count() == 3


def test_one_proposal_is_fully_pledged_one_in_part_and_questions_are_answered() -> None:
    _run()
    fundings = list(Funding.objects.select_related("partnership"))
    money = {f.status: money_of(f.partnership, f) for f in fundings}
    full, part = money[FundingStatus.FULLY_PLEDGED], money[FundingStatus.PARTLY_PLEDGED]
    assert full.gap == Decimal("0.00") and full.pledged == full.requested == Decimal("155000")
    assert part.pledged == Decimal("210000") and part.gap == Decimal("215000.00")
    pledges = list(Pledge.objects.all())
    assert {p.kind for p in pledges} == {"cash", "in_kind"}
    assert all(p.conditions and p.budget_lines.exists() for p in pledges)
    assert CommitmentPairing.objects.count() == 1
    answers = QuestionAnswer.objects.select_related("question", "answered_by")
    assert answers.count() == 2 and {a.question.funding_id for a in answers} != {None}
    assert all(a.answered_by.role == Role.PARTNER for a in answers)
    declined = Introduction.objects.get(answer=Answer.DECLINED)
    assert declined.reason and Introduction.objects.filter(answer=Answer.INTERESTED).count() >= 3
    # The status history shows each move with its reason.
    fully = next(f for f in fundings if f.status == FundingStatus.FULLY_PLEDGED)
    moves = [c.to_status for c in reversed(fully.history.all())]
    assert moves == ["fundable", "presented", "in_discussion", "partly_pledged", "fully_pledged"]
    actions = Counter(AuditEvent.objects.values_list("action", flat=True))
    assert actions["funding.pledge"] == 3 and actions["funding.answer"] == 2
    assert actions["funding.ask"] == 2 and actions["funding.decline"] == 1
    assert actions["funding.introduce"] >= 2 and actions["funding.pair"] == 1


def test_the_demo_donor_finds_its_matches_asks_and_pledges_and_a_second_run_changes_nothing():
    _run()
    counts = (Pledge.objects.count(), QuestionAnswer.objects.count(), AuditEvent.objects.count())
    _run()
    assert counts == (
        Pledge.objects.count(),
        QuestionAnswer.objects.count(),
        AuditEvent.objects.count(),
    )
    donor = Client()
    assert donor.login(username="donor@lab.example.org", password="lab-demo-2026")
    organisation = Representation.objects.get(user__email="donor@lab.example.org").organisation
    priorities = donor.get(f"/api/v1/donors/{organisation.pk}/priorities").json()
    assert priorities["kind"] == "pooled" and priorities["version"] == 1
    pipeline = donor.get("/api/v1/pipeline").json()
    assert pipeline["count"] == 3
    partly = next(p for p in pipeline["items"] if p["funding_status"] == "partly_pledged")
    asked = donor.post(
        f"/api/v1/partnerships/{partly['id']}/questions",
        {"text": "Can the desks start before the second quarter?"},
        content_type="application/json",
    )
    assert asked.status_code == 201, asked.content
    pledged = donor.post(
        f"/api/v1/partnerships/{partly['id']}/pledges",
        {"amount": "215000", "kind": "cash", "conditions": "Annual reports."},
        content_type="application/json",
    )
    assert pledged.status_code == 201, pledged.content
    after = donor.get(f"/api/v1/partnerships/{partly['id']}/pledges").json()
    assert Decimal(after["gap"]) == 0
    assert Funding.objects.get(partnership_id=partly["id"]).status == "fully_pledged"
    assert User.objects.filter(role=Role.DONOR, email__endswith="@donors.example.org").count() == 5
