"""`partnerlab demo` fills an empty database with a realistic cycle, and only once."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.test import Client

from partnerlab.accounts.models import Role, User
from partnerlab.actors.models import Organisation, OrganisationKind, Representation
from partnerlab.core.models import AuditEvent
from partnerlab.cycles.models import Cycle
from partnerlab.demo.intake_content import THEMES
from partnerlab.demo.loader import DEMO_PASSWORD
from partnerlab.reference import regions

pytestmark = pytest.mark.django_db


def _run() -> str:
    out = io.StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def test_the_demo_has_organisations_of_every_kind_in_every_un_region() -> None:
    _run()
    organisations = list(Organisation.objects.all())
    assert len(organisations) >= 60
    assert {o.kind for o in organisations} == set(OrganisationKind.values)
    assert {o.region for o in organisations} == set(regions.REGION_LABELS)
    assert sum(o.is_state for o in organisations) >= 10


def test_the_demo_has_a_cycle_with_thematic_areas() -> None:
    _run()
    cycle = Cycle.objects.get()
    assert cycle.thematic_areas.count() >= 5


def test_printed_logins_work_for_every_role() -> None:
    output = _run()
    assert DEMO_PASSWORD in output
    for role in Role.values:
        user = (
            User.objects.filter(role=role)
            .exclude(email__endswith="partners.example.org")
            .exclude(email__endswith="donors.example.org")[0]
        )
        assert user.email in output
        assert Client().login(username=user.email, password=DEMO_PASSWORD)
    assert "more partner representatives" in output
    partner = User.objects.filter(role=Role.PARTNER).first()
    assert Representation.objects.filter(user=partner).exists()
    assert "more donor representatives" in output
    donor = User.objects.get(email="donor@lab.example.org")
    assert Representation.objects.get(user=donor).organisation.kind == OrganisationKind.DONOR


def test_running_it_again_changes_nothing() -> None:
    _run()
    counts = (
        Organisation.objects.count(),
        User.objects.count(),
        Cycle.objects.count(),
        AuditEvent.objects.count(),
        Representation.objects.count(),
    )
    _run()
    assert counts == (
        Organisation.objects.count(),
        User.objects.count(),
        Cycle.objects.count(),
        AuditEvent.objects.count(),
        Representation.objects.count(),
    )


def test_demo_writes_are_audited() -> None:
    _run()
    assert AuditEvent.objects.filter(action="organisation.create").count() >= 60
    assert AuditEvent.objects.filter(action="cycle.create").count() == 1


def test_the_demo_loads_after_a_superuser_was_created() -> None:
    User.objects.create_superuser("admin@lab.test", "admin-pass-123", full_name="Admin")
    _run()
    assert Organisation.objects.count() >= 60


def test_the_demo_has_consultations_inputs_and_a_curated_theme_map() -> None:
    _run()
    cycle = Cycle.objects.get()
    kinds = dict(Counter(cycle.consultations.values_list("kind", flat=True)))
    assert kinds == {
        "regional_consultation": 6,
        "thematic_breakout": 18,
        "matching_session": 6,
        "survey": 1,
    }
    survey_answers = cycle.inputs.filter(consultation__kind="survey")
    assert 80 <= survey_answers.count() <= 100
    assert set(cycle.inputs.values_list("language", flat=True)) == {"en", "fr", "es"}
    theme_map = cycle.theme_maps.get()
    labels = set(theme_map.themes.values_list("label", flat=True))
    assert 10 <= len(labels) <= 14 and labels <= set(THEMES)  # curated names
    assert cycle.common_areas.count() >= 4
    assert all(area.gcm_objectives.exists() for area in cycle.common_areas.all())


def test_the_demo_has_groups_and_ideas_in_every_stage_one_of_which_went_back() -> None:
    from partnerlab.partnerships.models import Partnership, Stage, StageChange

    _run()
    cycle = Cycle.objects.get()
    assert cycle.groups.count() >= 3
    ideas = Partnership.objects.filter(cycle=cycle)
    assert 8 <= ideas.count() <= 12
    assert set(ideas.values_list("stage", flat=True)) == set(Stage.values)
    went_back = StageChange.objects.exclude(reason="")
    assert went_back.count() == 1 and went_back.get().to_stage == "design_space"
    designed = ideas.filter(stage="design")
    assert all(i.activities.exists() and i.budget_lines.exists() for i in designed)
    assert all(i.problem.cited_inputs.exists() for i in ideas)
    areas_without_interest = cycle.common_areas.filter(interests=None)
    assert areas_without_interest.count() == 1
    ecuador = Organisation.objects.get(name__startswith="Ministry of Foreign Affairs and Human")
    assert ideas.filter(partners__organisation=ecuador, partners__role="lead").count() >= 2


def test_demo_partners_see_their_groups_ideas_and_not_the_others() -> None:
    _run()
    delegate = Client()
    delegate.force_login(User.objects.get(email="delegate@lab.example.org"))
    listing = delegate.get("/api/v1/partnerships?page_size=50").json()
    observer = Client()
    observer.force_login(User.objects.get(email="observer@lab.example.org"))
    published = observer.get("/api/v1/partnerships?page_size=50").json()
    from partnerlab.partnerships.models import Partnership

    assert 2 <= listing["count"] < Partnership.objects.count()
    assert published["count"] == 2  # only the published ones


def test_the_demo_has_fundable_blocked_and_ineligible_proposals() -> None:
    from partnerlab.partnerships.models import Partnership
    from partnerlab.proposals.selectors import readiness

    _run()
    states = {}
    for idea in Partnership.objects.filter(stage="design"):
        ready = readiness(idea)
        states[idea.title] = (ready.fundable, ready.eligible, len(ready.missing))
    fundable = [t for t, (f, _e, _m) in states.items() if f]
    blocked = [t for t, (f, e, m) in states.items() if not f and e and m]
    ineligible = [t for t, (_f, e, _m) in states.items() if not e]
    assert len(fundable) >= 3 and len(blocked) >= 1 and len(ineligible) >= 1, states
    reasons = [
        c.explanation
        for idea in Partnership.objects.filter(title__in=ineligible)
        for c in readiness(idea).checks
        if not c.passed and c.severity == "error"
    ]
    assert any("Fee-for-service" in r for r in reasons), reasons
