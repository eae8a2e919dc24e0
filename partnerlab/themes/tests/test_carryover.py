"""Finding themes again keeps the facilitators' curation: names, merges, drops and published
areas follow the themes they match, what cannot follow is listed with the reason, and a run
over a curated map starts only once the facilitator has seen what is new and confirmed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.test import TestCase

from partnerlab.core.models import AuditEvent, Job
from partnerlab.intake.models import Input, content_hash
from partnerlab.testing.workspace import make_cycle
from partnerlab.themes import carryover, services
from partnerlab.themes.carryover import ConfirmationRequired, match_themes
from partnerlab.themes.models import CommonArea, ThemeAssignment, ThemeMap


def test_a_theme_that_only_grew_matches_one_to_one() -> None:
    # Inputs 20 and 21 are new: left out of the new themes before comparing.
    found = match_themes(
        old={1: {1, 2, 3, 4}, 2: {5, 6, 7}},
        merged=set(),
        new={10: {1, 2, 3, 20, 21}, 11: {4, 5, 6, 7}},
        added={20, 21},
    )
    assert found[1].new == (10,) and found[1].overlap == 0.75
    assert found[2].new == (11,) and found[2].overlap == 0.75


def test_a_merged_theme_matches_every_new_theme_inside_it() -> None:
    found = match_themes(
        old={1: {1, 2, 3, 4, 5, 6}},
        merged={1},
        new={10: {1, 2, 3}, 11: {4, 5, 6, 7}, 12: {8, 9}},
        added=set(),
    )
    assert found[1].new == (10, 11)


def test_a_theme_spread_over_several_new_ones_is_not_carried() -> None:
    found = match_themes(
        old={1: {1, 2, 3, 4}, 2: set()}, merged=set(), new={10: {1, 2, 9}, 11: {3, 4, 8}}
    )
    assert found[1].new == () and found[1].reason == "no_match"
    assert found[2].reason == "vanished"


def test_an_exact_tie_is_ambiguous() -> None:
    found = match_themes(old={1: {1, 2}}, merged=set(), new={10: {1}, 11: {2}}, threshold=0.5)
    assert found[1].reason == "ambiguous"


# The worker runs in this process and closes connections between jobs: commit the data.
@pytest.mark.django_db(transaction=True)
def test_finding_themes_again_carries_rename_merge_drop_and_area_over(
    cast, flushable_db, client_for, monkeypatch
) -> None:
    from partnerlab.analysis.synthetic import generate
    from partnerlab.core import jobs

    cycle = make_cycle("lab")
    # Four well separated topics: re-run on 8 more answers, discovery finds the same four.
    answers = generate(48, seed=4, n_topics=4, noise=0.0, mixed=0.0, languages=("en",))

    def add(items):  # type: ignore[no-untyped-def]
        Input.objects.bulk_create(
            Input(cycle=cycle, text=a.text, language=a.language, content_hash=content_hash(a.text))
            for a in items
        )

    add(answers[:40])
    _run(lambda: services.start_discovery(by=cast.facilitator, cycle=cycle, n_themes=4))
    v1 = cycle.theme_maps.get()
    first, second, third, fourth = list(v1.themes.order_by("position"))
    members = {
        t.pk: set(t.assignments.filter(primary=True).values_list("input_id", flat=True))
        for t in (first, second, third, fourth)
    }
    services.rename_theme(by=cast.facilitator, theme=first, label="Fair recruitment")
    area = services.publish_theme(by=cast.facilitator, theme=first, name="Recruitment costs")
    merged = services.merge_themes(by=cast.facilitator, themes=[second, third], label="Wages")
    services.drop_theme(by=cast.facilitator, theme=fourth, reason="out of scope")

    add(answers[40:])
    with pytest.raises(ConfirmationRequired):
        services.start_discovery(by=cast.facilitator, cycle=cycle, n_themes=4)
    steps: list[tuple[int, str]] = []
    report = jobs.report
    monkeypatch.setattr(
        jobs, "report", lambda job_id, p, m="": (steps.append((p, m)), report(job_id, p, m))
    )
    job = _run(
        lambda: services.start_discovery(
            by=cast.facilitator, cycle=cycle, n_themes=4, confirmed=True
        )
    )
    assert job.result["carried_over"] == 3 and job.result["not_carried_over"] == 0
    assert "Carrying over your curation" in [m for _p, m in steps]
    assert [p for p, _m in steps] == sorted(p for p, _m in steps)

    v2 = cycle.theme_maps.get(version=2)
    renamed = v2.themes.get(label="Fair recruitment")
    assert renamed.renamed and renamed.status == "active"
    assert CommonArea.objects.get() == area  # the same area, not a copy
    area.refresh_from_db()
    assert area.source_theme == renamed
    wages = v2.themes.get(label="Wages")
    assert wages.merged
    assert _shared(members[second.pk] | members[third.pk], wages) >= 0.8
    # The new run found the two parts apart again: they were merged again.
    remerged = AuditEvent.objects.get(action="theme_map.merge", object_id=v2.pk)
    assert remerged.after["theme"] == wages.pk and len(remerged.after["merged"]) == 1
    dropped = v2.themes.get(status="dropped")
    assert dropped.drop_reason == "out of scope"
    assert _shared(members[fourth.pk], dropped) >= 0.8
    assert v2.carryover["from_version"] == 1 and v2.carryover["not_carried"] == []
    assert {e["label"] for e in v2.carryover["carried"]} == {
        "Fair recruitment",
        "Wages",
        fourth.label,
    }
    # The earlier version stays as it was.
    assert v1.themes.get(pk=merged.pk).label == "Wages"
    assert AuditEvent.objects.filter(action="common_area.carry_over", object_id=area.pk).exists()
    page = client_for(cast.facilitator).get("/cycles/lab/themes/").content.decode()
    assert "Curation carried over from version 1" in page
    assert "Could not carry over" not in page


def _shared(inputs: set[int], theme) -> float:  # type: ignore[no-untyped-def]
    """The share of `inputs` whose main theme is `theme`."""
    found = set(theme.assignments.filter(primary=True).values_list("input_id", flat=True))
    return len(inputs & found) / len(inputs)


def _run(start: Callable[[], Job]) -> Job:
    with TestCase.captureOnCommitCallbacks(execute=True):
        job = start()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    job.refresh_from_db()
    assert job.status == "done", job.error
    return job


TEXTS = [f"Answer number {n} about recruitment fees and wages." for n in range(8)]


@pytest.fixture
def curated(cast, db):  # type: ignore[no-untyped-def]
    """Version 1 by hand: "fees" (inputs 0, 1) renamed and published, "wages" (2 to 4),
    "visas" (5 to 7) renamed."""
    cycle = make_cycle("lab")
    inputs = [
        Input.objects.create(cycle=cycle, text=t, language="en", content_hash=content_hash(t))
        for t in TEXTS
    ]
    v1 = _save(cast, cycle, {"fees": inputs[:2], "wages": inputs[2:5], "visas": inputs[5:]})
    fees, _wages, visas = v1.themes.order_by("position")
    services.rename_theme(by=cast.facilitator, theme=fees, label="Recruitment fees")
    services.publish_theme(by=cast.facilitator, theme=fees, name="Fees area")
    services.rename_theme(by=cast.facilitator, theme=visas, label="Visas")
    return cycle, inputs


def _save(cast, cycle, themes) -> ThemeMap:  # type: ignore[no-untyped-def]
    return services.save_discovery(
        by=cast.facilitator,
        cycle=cycle,
        params={},
        input_count=cycle.inputs.count(),
        themes=[
            {"label": label, "keywords": [label], "members": [i.pk for i in items]}
            for label, items in themes.items()
        ],
    )


def test_a_theme_whose_inputs_vanished_is_listed_as_not_carried(cast, curated, client_for):
    cycle, inputs = curated
    Input.objects.filter(pk__in=[i.pk for i in inputs[:2]]).delete()
    v2 = _save(cast, cycle, {"a": inputs[2:6], "b": inputs[6:7], "c": inputs[7:]})
    outcome = carryover.carry_over_curation(by=cast.facilitator, theme_map=v2)
    reasons = {e["label"]: e["reason"] for e in outcome["not_carried"]}
    assert reasons == {"Recruitment fees": "vanished", "Visas": "no_match"}
    area = CommonArea.objects.get()
    assert area.source_theme.theme_map.version == 1  # kept, not lost
    page = client_for(cast.facilitator).get("/cycles/lab/themes/").content.decode()
    assert "Could not carry over:" in page
    assert "theme “Recruitment fees” (renamed, published) — none of its inputs are left" in page
    assert "theme “Visas” (renamed) — no new theme shares enough of its inputs" in page
    assert "could not be" in page  # the history says so too


def test_a_refused_change_is_listed_and_the_others_are_still_carried(cast, curated):
    cycle, inputs = curated
    v2 = _save(cast, cycle, {"a": inputs[:2], "b": inputs[2:5], "c": inputs[5:]})
    outcome = carryover.carry_over_curation(by=cast.ghana, theme_map=v2)  # not a facilitator
    assert outcome["carried"] == []
    assert {e["reason"] for e in outcome["not_carried"]} == {"refused"}
    assert ThemeAssignment.objects.filter(theme__theme_map=v2).count() == 8
    assert CommonArea.objects.get().source_theme.theme_map.version == 1
    outcome = carryover.carry_over_curation(by=cast.facilitator, theme_map=v2)
    assert len(outcome["carried"]) == 2
    assert CommonArea.objects.get().source_theme.label == "Recruitment fees"


def test_the_page_asks_for_confirmation_and_shows_what_is_new(cast, curated, client_for):
    cycle, _inputs = curated
    Input.objects.create(
        cycle=cycle, text="A brand new answer.", language="en", content_hash=content_hash("new")
    )
    client = client_for(cast.facilitator)
    page = client.post("/cycles/lab/themes/discover/", {"min_size": "2"})
    text = page.content.decode()
    assert page.status_code == 200 and not Job.objects.exists()
    assert "1 input added." in text and "A brand new answer." in text
    assert "“Recruitment fees” — renamed, published" in text and "“Fees area”" in text
    assert 'name="confirm" value="yes"' in text
    started = client.post("/cycles/lab/themes/discover/", {"min_size": "2", "confirm": "yes"})
    job = Job.objects.get()
    assert started.status_code == 302 and started["Location"].endswith(f"?job={job.pk}")
    assert client_for(cast.ghana).post("/cycles/lab/themes/discover/").status_code == 403


def test_the_api_needs_confirm_only_when_there_is_curation(cast, curated, client_for):
    cycle, _inputs = curated
    client = client_for(cast.facilitator)
    preview = client.get("/api/v1/cycles/lab/theme-map/discover/preview").json()
    assert preview["needs_confirmation"] and preview["previous_version"] == 1
    assert [c["curation"] for c in preview["curated"]] == [["renamed", "published"], ["renamed"]]
    url = "/api/v1/cycles/lab/theme-map/discover"
    refused = client.post(url, {"min_size": 2}, content_type="application/json")
    assert refused.status_code == 409 and refused.json()["code"] == "confirmation_required"
    assert not Job.objects.exists()
    started = client.post(url, {"min_size": 2, "confirm": True}, content_type="application/json")
    assert started.status_code == 202
    _save(cast, cycle, {"x": list(cycle.inputs.all())})  # a newer version, not curated
    plain = client.post(url, {"min_size": 2}, content_type="application/json")
    assert plain.status_code == 202  # callers that never confirm keep working
    assert client.get("/api/v1/cycles/lab/theme-map").json()["carryover"] is None
    forbidden = client_for(cast.ghana).get("/api/v1/cycles/lab/theme-map/discover/preview")
    assert forbidden.status_code == 403


def test_a_failed_carry_over_is_marked_and_the_next_run_starts_from_the_curated_version(
    cast, flushable_db, curated, client_for, monkeypatch
):
    cycle, inputs = curated
    v2 = _save(cast, cycle, {"a": inputs[:2], "b": inputs[2:5], "c": inputs[5:]})

    def broken(**kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug")

    monkeypatch.setattr(carryover, "_carry_one", broken)
    with pytest.raises(RuntimeError):
        carryover.carry_over_curation(by=cast.facilitator, theme_map=v2)
    v2.refresh_from_db()
    assert v2.carryover == {"failed": True}
    assert CommonArea.objects.get().source_theme.theme_map.version == 1
    assert carryover.preview(cycle).previous.version == 1
    page = client_for(cast.facilitator).get("/cycles/lab/themes/").content.decode()
    assert "could not be carried over to this one" in page
    api = client_for(cast.facilitator).get("/api/v1/cycles/lab/theme-map").json()
    assert api["carryover"]["failed"] is True


@pytest.mark.django_db(transaction=True)
def test_curation_made_before_the_upgrade_is_read_back_from_the_history(cast, flushable_db):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    cycle = make_cycle("lab")
    inputs = [
        Input.objects.create(cycle=cycle, text=t, language="en", content_hash=content_hash(t))
        for t in TEXTS
    ]
    v1 = _save(cast, cycle, {"fees": inputs[:2], "wages": inputs[2:5], "visas": inputs[5:]})
    fees, wages, visas = v1.themes.order_by("position")
    services.rename_theme(by=cast.facilitator, theme=fees, label="Recruitment fees")
    services.merge_themes(by=cast.facilitator, themes=[wages, visas])
    services.drop_theme(by=cast.facilitator, theme=wages, reason="out of scope")
    old, new = [("themes", "0001_initial")], [("themes", "0002_curation_carryover")]
    executor = MigrationExecutor(connection)
    executor.migrate(old)
    try:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(new)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    fees.refresh_from_db()
    wages.refresh_from_db()
    assert fees.renamed and not fees.merged
    assert wages.merged and wages.drop_reason == "out of scope" and not wages.renamed
