"""Finding themes as a background job, then curating them, with every change in the history."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.test import TestCase

from partnerlab.analysis.gcm import default_tagger
from partnerlab.analysis.synthetic import generate
from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input, content_hash
from partnerlab.reference.data import gcm_objectives
from partnerlab.reference.models import GcmObjective
from partnerlab.themes import selectors, services
from partnerlab.themes.models import CommonArea, Theme, ThemeAssignment

# The task worker runs here, in this process, and closes database connections between jobs,
# as it does in production: so these tests commit their data instead of running inside one
# transaction (which PostgreSQL would lose with the connection).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def cycle(flushable_db: None) -> Cycle:
    # Committed-data tests start from an emptied database: put the reference data back.
    for number, title in gcm_objectives():
        GcmObjective.objects.update_or_create(number=number, defaults={"title": title})
    cycle = Cycle.objects.create(
        name="Lab",
        slug="lab",
        year=2026,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    answers = generate(40, seed=4, n_topics=4, noise=0.0, mixed=0.1)
    Input.objects.bulk_create(
        Input(
            cycle=cycle,
            text=a.text,
            language=a.language,
            country="KE" if i % 2 else "MX",
            stakeholder_kind="civil_society",
            content_hash=content_hash(a.text),
        )
        for i, a in enumerate(answers)
    )
    return cycle


def _discover(cast, cycle) -> Job:  # type: ignore[no-untyped-def]
    with TestCase.captureOnCommitCallbacks(execute=True):
        job = services.start_discovery(by=cast.facilitator, cycle=cycle)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    job.refresh_from_db()
    return job


def test_the_worker_finds_themes_and_saves_a_new_version(cast, cycle, client_for) -> None:
    job = _discover(cast, cycle)
    assert job.status == "done", job.error
    assert job.progress == 100 and job.result["version"] == 1
    theme_map = cycle.theme_maps.get()
    themes = list(theme_map.themes.all())
    assert 2 <= len(themes) <= 7 and all(t.label for t in themes)
    # Suggestions are those of the top three scoring above the bar, so most themes have some.
    bar = default_tagger().weights.show_score
    assert sum(bool(t.gcm_suggestions) for t in themes) >= len(themes) / 2
    assert all(g["score"] >= round(bar, 3) for t in themes for g in t.gcm_suggestions)
    primary = ThemeAssignment.objects.filter(theme__theme_map=theme_map, primary=True)
    assert primary.count() == primary.values("input").distinct().count()  # one main theme each
    assert Input.objects.exclude(gcm_suggestions=[]).count() >= 30
    page = client_for(cast.facilitator).get("/cycles/lab/themes/")
    assert page.status_code == 200 and themes[0].label in page.content.decode()
    again = _discover(cast, cycle)
    assert again.result["version"] == 2


def test_the_progress_bar_follows_the_job(cast, cycle, client_for) -> None:
    with TestCase.captureOnCommitCallbacks(execute=True):
        job = services.start_discovery(by=cast.facilitator, cycle=cycle)
    client = client_for(cast.facilitator)
    waiting = client.get(f"/cycles/lab/jobs/{job.pk}/", HTTP_HX_REQUEST="true")
    assert "<progress" in waiting.content.decode() and "HX-Redirect" not in waiting
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    done = client.get(f"/cycles/lab/jobs/{job.pk}/", HTTP_HX_REQUEST="true")
    assert done["HX-Redirect"] == "/cycles/lab/themes/"


def test_only_facilitators_find_and_curate_themes(cast, cycle, client_for) -> None:
    with pytest.raises(NotAllowed):
        services.start_discovery(by=cast.ghana, cycle=cycle)
    assert client_for(cast.ghana).get("/cycles/lab/themes/").status_code == 403
    assert client_for(cast.observer).post("/cycles/lab/themes/discover/").status_code == 403


def test_too_few_inputs_is_a_clear_refusal(cast, cycle) -> None:
    Input.objects.filter(pk__in=list(cycle.inputs.values_list("pk", flat=True)[3:])).delete()
    with pytest.raises(ValidationFailed, match="more inputs"):
        services.start_discovery(by=cast.facilitator, cycle=cycle)


def test_curation_renames_merges_splits_moves_drops_and_publishes(cast, cycle, client_for) -> None:
    _discover(cast, cycle)
    theme_map = cycle.theme_maps.get()
    first, second = list(theme_map.themes.order_by("position"))[:2]
    client = client_for(cast.facilitator)
    client.post(f"/themes/{first.pk}/rename/", {"label": "Fair recruitment"})
    assert Theme.objects.get(pk=first.pk).label == "Fair recruitment"
    sizes = {t.pk: t.assignments.filter(primary=True).count() for t in (first, second)}
    client.post("/cycles/lab/themes/merge/", {"themes": [first.pk, second.pk]})
    merged = Theme.objects.get(pk=first.pk)
    assert merged.assignments.filter(primary=True).count() == sum(sizes.values())
    assert not Theme.objects.filter(pk=second.pk).exists()
    client.post(f"/themes/{merged.pk}/split/")
    assert not Theme.objects.filter(pk=merged.pk).exists()
    part = theme_map.themes.order_by("position").first()
    item = part.assignments.filter(primary=True).first().input
    client.post(f"/themes/{part.pk}/move/", {"input": item.pk, "to": ""})
    assert item in selectors.unassigned_inputs(theme_map)
    other = theme_map.themes.exclude(pk=part.pk).first()
    client.post(f"/themes/{other.pk}/drop/", {"reason": "no interest"})
    assert Theme.objects.get(pk=other.pk).status == "dropped"
    area_theme = theme_map.themes.filter(status="active").first()
    client.post(
        f"/themes/{area_theme.pk}/publish/",
        {"name": "Skills recognition", "gcm": ["18", "5"], "thematic_area": ""},
    )
    area = CommonArea.objects.get()
    assert sorted(area.gcm_objectives.values_list("number", flat=True)) == [5, 18]
    assert area.evidence.count() == area_theme.assignments.filter(primary=True).count()
    actions = [e.action for e in selectors.history(theme_map)]
    for action in ("discover", "rename", "merge", "split", "move", "drop", "publish"):
        assert f"theme_map.{action}" in actions
    assert (
        client_for(cast.ghana).post(f"/themes/{area_theme.pk}/rename/", {"label": "x"}).status_code
        == 403
    )


def test_the_overview_runs_a_fixed_number_of_queries(
    cast, cycle, client_for, django_assert_max_num_queries
) -> None:
    _discover(cast, cycle)
    client = client_for(cast.facilitator)
    client.get("/cycles/lab/themes/")  # the session is warm: count the page's own queries
    with django_assert_max_num_queries(16):
        assert client.get("/cycles/lab/themes/").status_code == 200
    theme = cycle.theme_maps.get().themes.order_by("position").first()
    services.split_theme(by=cast.facilitator, theme=theme)  # one more theme, same queries
    with django_assert_max_num_queries(16):
        assert client.get("/cycles/lab/themes/").status_code == 200


def test_the_api_starts_discovery_follows_the_job_and_reads_the_map(
    cast, cycle, client_for
) -> None:
    client = client_for(cast.facilitator)
    assert client.get("/api/v1/cycles/lab/theme-map").status_code == 422  # none yet
    with TestCase.captureOnCommitCallbacks(execute=True):
        started = client.post(
            "/api/v1/cycles/lab/theme-map/discover", {}, content_type="application/json"
        )
    assert started.status_code == 202 and started.json()["status"] == "queued"
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    job = client.get(f"/api/v1/jobs/{started.json()['id']}").json()
    assert job["status"] == "done" and job["result"]["version"] == 1
    body = client.get("/api/v1/cycles/lab/theme-map").json()
    assert body["version"] == 1 and body["input_count"] == 40
    sizes = sum(t["size"] for t in body["themes"])
    assert sizes + len(body["unassigned"]) == 40
    assert any(t["gcm"] for t in body["themes"])
    assert all(1 <= g["number"] <= 23 for t in body["themes"] for g in t["gcm"])
    assert client_for(cast.ghana).get("/api/v1/cycles/lab/theme-map").status_code == 403


def test_the_api_tags_any_text_with_gcm_objectives(cast, client_for) -> None:
    response = client_for(cast.observer).post(
        "/api/v1/gcm/tag",
        {"texts": ["Lower the cost of remittances sent home."], "top": 2},
        content_type="application/json",
    )
    item = response.json()["items"][0]
    assert response.status_code == 200 and item[0]["number"] == 20 and len(item) <= 2
    too_many = client_for(cast.observer).post(
        "/api/v1/gcm/tag", {"texts": ["x"] * 201}, content_type="application/json"
    )
    assert too_many.status_code == 422


def test_the_api_curates_like_the_pages(cast, cycle, client_for) -> None:
    _discover(cast, cycle)
    theme_map = cycle.theme_maps.get()
    first, second, third = list(theme_map.themes.order_by("position"))[:3]
    client = client_for(cast.facilitator)

    def post(path: str, data: dict | None = None):  # type: ignore[no-untyped-def,type-arg]
        return client.post(path, data or {}, content_type="application/json")

    assert post(f"/api/v1/themes/{first.pk}/rename", {"label": "Fees"}).json()["label"] == "Fees"
    merged = post("/api/v1/cycles/lab/theme-map/merge", {"themes": [first.pk, second.pk]})
    assert merged.status_code == 200 and merged.json()["id"] == first.pk
    parts = post(f"/api/v1/themes/{first.pk}/split").json()
    assert len(parts) == 2
    item = ThemeAssignment.objects.filter(theme_id=parts[0]["id"], primary=True).first().input
    moved = post(f"/api/v1/themes/{parts[0]['id']}/move", {"input": item.pk, "to": third.pk})
    assert moved.status_code == 200
    assert (
        ThemeAssignment.objects.get(input=item, primary=True, theme__theme_map=theme_map).theme_id
        == third.pk
    )
    assert post(f"/api/v1/themes/{third.pk}/drop", {"reason": "x"}).json()["status"] == "dropped"
    assert post(f"/api/v1/themes/{third.pk}/restore").json()["status"] == "active"
    area = post(f"/api/v1/themes/{third.pk}/publish", {"name": "Area", "gcm": [6]})
    assert area.status_code == 201 and area.json()["gcm"] == [6]
    refused = client_for(cast.ngo).post(
        f"/api/v1/themes/{third.pk}/rename", {"label": "x"}, content_type="application/json"
    )
    assert refused.status_code == 403
