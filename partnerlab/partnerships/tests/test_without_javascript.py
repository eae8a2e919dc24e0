"""Every form of the workspace works as a plain form post, without JavaScript: a save goes back
to the page it came from, a refusal shows the whole page with the errors and what was typed."""

from __future__ import annotations

from typing import Any

import pytest

from partnerlab.partnerships import editing, element_views
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.models import Cause, Partnership
from partnerlab.testing.workspace import Workspace, make_designed, typed_field

PAGE = {  # where each kind of element is shown
    "partners": "",
    "wanted": "",
    "tasks": "",
    "check-ins": "",
    "problem": "stages/problem/",
    "causes": "stages/fishbone/",
    "strands": "stages/sequencing/",
    "options": "stages/design_space/",
    "authorizations": "stages/authorization/",
    "objectives": "stages/design/",
    "activities": "stages/design/",
    "indicators": "stages/design/",
    "budget": "stages/design/",
}


@pytest.fixture
def designed(cast) -> Workspace:  # type: ignore[no-untyped-def]
    return make_designed(cast)


def _new(kind: str, idea: Partnership, cast: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(a valid new element, a refused one) of each kind, as its add form sends them."""
    lead = idea.partners.get(role="lead").pk
    return {
        "partners": ({"organisation": cast.accra.pk, "role": "partner"}, {"role": "partner"}),
        "wanted": ({"kind": "business", "brings": "Jobs for returnees"}, {"kind": "business"}),
        "causes": ({"text": "No shared register"}, {"text": ""}),
        "options": ({"title": "Data desks", "source": "new"}, {"title": "Data desks"}),
        "authorizations": (
            {"partner": lead, "authorizer": "Cabinet", "status": "not_asked"},
            {"authorizer": "Cabinet", "status": "not_asked"},
        ),
        "activities": ({"title": "Pilot desks"}, {"title": "Pilot", "ends_on": "someday"}),
        "objectives": ({"text": "Claims are paid quickly"}, {"text": ""}),
        "indicators": ({"name": "Claims filed"}, {"name": ""}),
        "budget": (
            {"partner": lead, "description": "Travel", "kind": "cash", "amount": "900"},
            {"partner": lead, "description": "Travel", "kind": "cash", "amount": "-1"},
        ),
        "tasks": ({"kind": "information", "title": "Ask the ministry"}, {"kind": "information"}),
        "check-ins": ({"held_on": "2027-03-01", "progress": "Met twice"}, {"progress": "Met"}),
        "strands": (
            {"acceptance": "high", "authority": "low", "ability": "medium", "version": 0},
            {"acceptance": "enormous", "version": 0},
        ),
        "problem": ({"statement": "Wages stay abroad"}, {"area": "999999"}),
    }[kind]


def _add_url(kind: str, idea: Partnership) -> str:
    if kind == "strands":
        return f"/partnerships/{idea.pk}/strands/{idea.causes.get(text='Root').pk}/rate"
    if kind == "problem":
        return f"/partnerships/{idea.pk}/e/problem/{idea.problem.pk}/"
    return f"/partnerships/{idea.pk}/e/{kind}/add"


def _form(kind: str, idea: Partnership, values: dict[str, Any]) -> dict[str, Any]:
    if kind == "strands":
        bone = idea.causes.get(text="Root")
        return {f"strand-{bone.pk}-{k}" if k != "version" else k: v for k, v in values.items()}
    if kind == "problem":
        return {**values, "version": idea.problem.version}
    return {f"new-{kind}-{k}": v for k, v in values.items()}


def _as_posted(values: dict[str, Any]) -> dict[str, Any]:
    return {k: ("" if v is None else v) for k, v in values.items() if v is not False}


@pytest.mark.parametrize("kind", sorted(ELEMENTS))
def test_every_kind_is_added_and_changed_with_plain_form_posts(cast, designed, client_for, kind):
    idea = designed.idea
    Cause.objects.create(partnership=idea, text="Root")
    page = client_for(cast.ghana)
    valid, _refused = _new(kind, idea, cast)
    added = page.post(_add_url(kind, idea), _form(kind, idea, valid))
    assert added.status_code == 302, added.content.decode()[:3000]
    assert added["Location"] == f"/partnerships/{idea.pk}/{PAGE[kind]}#section-{kind}"
    assert page.get(added["Location"]).status_code == 200
    spec = ELEMENTS[kind]
    element = spec.model.objects.filter(**_owner(kind, idea)).latest("id")
    if kind == "strands":
        return  # a strand's rating is changed by rating it again, through the same form
    text_field = typed_field(kind)
    values = {**_as_posted(editing.form_data(spec, element)), text_field: "Changed plainly"}
    changed = page.post(
        f"/partnerships/{idea.pk}/e/{kind}/{element.pk}/", {**values, "version": element.version}
    )
    assert changed.status_code == 302, changed.content.decode()[:3000]
    assert changed["Location"].endswith(f"#section-{kind}")
    assert "Changed plainly" in page.get(changed["Location"]).content.decode()


def _owner(kind: str, idea: Partnership) -> dict[str, Any]:
    return {"cause__partnership": idea} if kind == "strands" else {"partnership": idea}


@pytest.mark.parametrize("kind", sorted(ELEMENTS))
def test_a_refused_plain_post_shows_the_whole_page_with_the_errors(
    cast, designed, client_for, kind
):
    idea = designed.idea
    Cause.objects.create(partnership=idea, text="Root")
    _valid, refused = _new(kind, idea, cast)
    response = client_for(cast.ghana).post(_add_url(kind, idea), _form(kind, idea, refused))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html and "</nav>" in html  # the whole page, not a fragment
    assert 'class="error"' in html or "form-errors" in html
    for value in refused.values():
        if isinstance(value, str) and value and not value.isdigit():
            assert f'value="{value}"' in html or f">{value}<" in html or value in html


@pytest.mark.parametrize("kind", sorted(set(ELEMENTS) - {"problem", "strands"}))
def test_every_kind_is_removed_with_a_plain_form_post(cast, designed, client_for, kind):
    idea = designed.idea
    page = client_for(cast.ghana)
    valid, _refused = _new(kind, idea, cast)
    page.post(_add_url(kind, idea), _form(kind, idea, valid))
    element = ELEMENTS[kind].model.objects.filter(partnership=idea).latest("id")
    removed = page.post(
        f"/partnerships/{idea.pk}/e/{kind}/{element.pk}/remove", {"version": element.version}
    )
    assert removed.status_code == 302
    assert removed["Location"] == f"/partnerships/{idea.pk}/{PAGE[kind]}#section-{kind}"
    assert not type(element).objects.filter(pk=element.pk).exists()


def test_edit_links_work_without_javascript(cast, designed, client_for):
    """Edit is a link to the element's own page; htmx only swaps it in place."""
    idea = designed.idea
    cause = Cause.objects.create(partnership=idea, text="Root")
    page = client_for(cast.ghana)
    edit_url = f"/partnerships/{idea.pk}/e/causes/{cause.pk}/"
    assert (
        f'href="{edit_url}"'
        in page.get(f"/partnerships/{idea.pk}/stages/fishbone/").content.decode()
    )
    activity = idea.activities.get()
    design = page.get(f"/partnerships/{idea.pk}/stages/design/").content.decode()
    assert f'href="/partnerships/{idea.pk}/e/activities/{activity.pk}/"' in design
    form_page = page.get(edit_url).content.decode()
    assert "<html" in form_page and f'href="/partnerships/{idea.pk}/stages/fishbone/' in form_page


def test_a_page_that_fails_after_saving_saves_nothing(cast, ws, client_for, monkeypatch):
    """Fault injected after the save, while the answer is built: the cause is not kept."""

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the answer could not be built")

    monkeypatch.setattr(element_views.sections, "build", broken)
    page = client_for(cast.ghana)
    page.raise_request_exception = False
    response = page.post(
        f"/partnerships/{ws.idea.pk}/e/causes/add",
        {"new-causes-text": "Lost wages"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 500
    assert not Cause.objects.filter(text="Lost wages").exists()
