"""Someone removes an element while another person edits it: the page says so and keeps what
was typed, ready to be added again; removing it a second time just says it is gone."""

from __future__ import annotations

from typing import Any

import pytest

from partnerlab.partnerships import editing
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.models import Cause
from partnerlab.testing.workspace import Workspace, make_designed, typed_field

HX = {"HTTP_HX_REQUEST": "true"}
TYPED = "Typed with care, never lost"


@pytest.fixture
def designed(cast) -> Workspace:  # type: ignore[no-untyped-def]
    return make_designed(cast)


def _one(kind: str, ws: Workspace, cast: Any) -> Any:
    """An element of each kind that can be removed, with the field a person types into."""
    idea = ws.idea
    lead = idea.partners.get(role="lead").pk
    data = {
        "partners": {"organisation": cast.accra.pk, "role": "partner", "gains": "x"},
        "wanted": {"kind": "business", "brings": "Jobs"},
        "causes": {"text": "Visas lapse"},
        "options": {"title": "Desks", "source": "new"},
        "authorizations": {"partner": lead, "authorizer": "Cabinet", "status": "not_asked"},
        "activities": {"title": "Pilot"},
        "objectives": {"text": "Claims paid"},
        "indicators": {"name": "Claims"},
        "budget": {"partner": lead, "description": "Travel", "kind": "cash", "amount": 5},
        "tasks": {"kind": "other", "title": "Call"},
        "check-ins": {"held_on": "2027-01-05", "progress": "Met"},
    }[kind]
    return editing.create_element(by=cast.facilitator, partnership=idea, kind=kind, data=data)


REMOVABLE = sorted(set(ELEMENTS) - {"problem", "strands"})


@pytest.mark.parametrize("kind", REMOVABLE)
@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "plain"])
def test_editing_what_someone_just_removed_keeps_the_text(cast, designed, client_for, kind, htmx):
    element = _one(kind, designed, cast)
    spec = ELEMENTS[kind]
    typed = {k: ("" if v is None else v) for k, v in editing.form_data(spec, element).items()}
    typed[typed_field(kind)] = TYPED
    editing.delete_element(by=cast.facilitator, element=element, expected_version=1)
    page = client_for(cast.ghana)
    response = page.post(
        f"/partnerships/{designed.idea.pk}/e/{kind}/{element.pk}/",
        {**typed, "version": 1},
        **(HX if htmx else {}),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "removed this" in html and "What you typed is kept" in html
    assert TYPED in html
    assert f'action="/partnerships/{designed.idea.pk}/e/{kind}/add"' in html
    assert ("<html" in html) is not htmx  # a fragment for htmx, the whole page otherwise
    # Adding it again from that form is one click: the form's fields as they are.
    again = {f"new-{kind}-{k}": v for k, v in typed.items() if v not in (False, None)}
    readded = page.post(f"/partnerships/{designed.idea.pk}/e/{kind}/add", again, **HX)
    assert readded.status_code == 200 and TYPED in readded.content.decode()


@pytest.mark.parametrize("kind", REMOVABLE)
def test_removing_what_is_already_removed_says_so(cast, designed, client_for, kind):
    element = _one(kind, designed, cast)
    editing.delete_element(by=cast.facilitator, element=element, expected_version=1)
    page = client_for(cast.ghana)
    url = f"/partnerships/{designed.idea.pk}/e/{kind}/{element.pk}/remove"
    fragment = page.post(url, {"version": 1}, **HX)
    assert fragment.status_code == 200
    assert "has already been removed" in fragment.content.decode()
    plain = page.post(url, {"version": 1})
    assert plain.status_code == 302
    assert "has already been removed" in page.get(plain["Location"]).content.decode()


def test_opening_the_editor_of_a_removed_cause_shows_the_fishbone_again(cast, ws, client_for):
    cause = editing.create_element(
        by=cast.mexico, partnership=ws.idea, kind="causes", data={"text": "Gone soon"}
    )
    editing.delete_element(by=cast.mexico, element=cause, expected_version=1)
    response = client_for(cast.ghana).get(f"/partnerships/{ws.idea.pk}/e/causes/{cause.pk}/", **HX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#section-causes"
    assert "has already been removed" in response.content.decode()


def test_rating_a_strand_whose_cause_was_removed_keeps_the_notes(cast, ws, client_for):
    bone = editing.create_element(
        by=cast.mexico, partnership=ws.idea, kind="causes", data={"text": "Bone"}
    )
    editing.delete_element(by=cast.mexico, element=bone, expected_version=1)
    response = client_for(cast.ghana).post(
        f"/partnerships/{ws.idea.pk}/strands/{bone.pk}/rate",
        {f"strand-{bone.pk}-acceptance_note": TYPED, "version": 0},
        **HX,
    )
    assert response.status_code == 200
    assert "removed this cause" in response.content.decode()
    assert TYPED in response.content.decode()


def test_an_element_that_never_existed_is_still_not_found(cast, ws, client_for):
    page = client_for(cast.ghana)
    for url in (
        f"/partnerships/{ws.idea.pk}/e/causes/987654/",
        f"/partnerships/{ws.idea.pk}/e/causes/987654/remove",
        f"/partnerships/{ws.idea.pk}/strands/987654/rate",
    ):
        assert page.post(url, {"text": "x", "version": 1}).status_code == 404


def test_a_change_racing_a_removal_is_refused_as_removed(cast, ws):
    cause = editing.create_element(
        by=cast.mexico, partnership=ws.idea, kind="causes", data={"text": "Racing"}
    )
    stale = Cause.objects.get(pk=cause.pk)
    editing.delete_element(by=cast.mexico, element=cause, expected_version=1)
    with pytest.raises(Exception, match="just been removed") as caught:
        editing.update_element(by=cast.ghana, element=stale, data={"text": "y"}, expected_version=1)
    assert getattr(caught.value, "status", None) == 404
