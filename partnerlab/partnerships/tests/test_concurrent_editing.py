"""A second person editing the same element never silently overwrites the first."""

import pytest

from partnerlab.core.errors import Conflict, ValidationFailed
from partnerlab.partnerships import editing


@pytest.fixture
def cause(cast, ws):
    return editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "Visas lapse"}
    )


def test_saving_over_a_newer_version_is_refused_with_what_is_saved_now(cast, cause):
    editing.update_element(
        by=cast.ghana, element=cause, data={"text": "Visas lapse on dismissal"}, expected_version=1
    )
    with pytest.raises(Conflict) as caught:
        editing.update_element(
            by=cast.mexico, element=cause, data={"text": "Mexico's wording"}, expected_version=1
        )
    assert caught.value.current_version == 2
    assert caught.value.current["text"] == "Visas lapse on dismissal"
    cause.refresh_from_db()
    assert cause.text == "Visas lapse on dismissal"


def test_an_edit_without_a_version_is_refused(cast, cause):
    with pytest.raises(ValidationFailed, match="version"):
        editing.update_element(
            by=cast.ghana, element=cause, data={"text": "x"}, expected_version=None
        )


def test_removing_a_changed_element_is_refused(cast, cause):
    editing.update_element(by=cast.ghana, element=cause, data={"text": "New"}, expected_version=1)
    with pytest.raises(Conflict):
        editing.delete_element(by=cast.mexico, element=cause, expected_version=1)
    assert type(cause).objects.filter(pk=cause.pk).exists()


def test_the_page_shows_both_versions_and_keeps_what_was_typed(cast, ws, cause, client_for):
    url = f"/partnerships/{ws.idea.pk}/e/causes/{cause.pk}/"
    first = client_for(cast.ghana).post(
        url, {"text": "Ghana's wording", "version": "1"}, HTTP_HX_REQUEST="true"
    )
    assert first.status_code == 200 and first["HX-Retarget"] == "#section-causes"
    second = client_for(cast.mexico).post(
        url, {"text": "Mexico's careful wording", "version": "1"}, HTTP_HX_REQUEST="true"
    )
    html = second.content.decode()
    assert "Someone else saved this cause" in html
    assert "Ghana&#x27;s wording" in html  # what is saved now
    assert "Mexico&#x27;s careful wording" in html  # what Mexico typed, still in the form
    assert 'name="version" value="2"' in html  # saving again is a deliberate choice
    cause.refresh_from_db()
    assert cause.text == "Ghana's wording"
    third = client_for(cast.mexico).post(
        url, {"text": "Mexico's careful wording", "version": "2"}, HTTP_HX_REQUEST="true"
    )
    assert third["HX-Retarget"] == "#section-causes"
    cause.refresh_from_db()
    assert (cause.text, cause.version) == ("Mexico's careful wording", 3)


def test_the_api_answers_409_with_the_current_version(cast, ws, cause, client_for):
    api = client_for(cast.mexico)
    url = f"/api/v1/partnerships/{ws.idea.pk}/causes/{cause.pk}"
    ok = api.patch(url, {"text": "Renamed", "version": 1}, content_type="application/json")
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = api.patch(url, {"text": "Stale", "version": 1}, content_type="application/json")
    assert stale.status_code == 409
    body = stale.json()
    assert body["code"] == "conflict" and body["current_version"] == 2
    assert body["current"]["text"] == "Renamed"


def test_the_problem_form_refuses_a_stale_save(cast, ws, client_for):
    url = f"/partnerships/{ws.idea.pk}/e/problem/{ws.idea.problem.pk}/"
    client_for(cast.ghana).post(url, {"statement": "First", "version": "1"}, HTTP_HX_REQUEST="true")
    second = client_for(cast.mexico).post(
        url, {"statement": "Second", "version": "1"}, HTTP_HX_REQUEST="true"
    )
    assert "Someone else saved" in second.content.decode()
    ws.idea.problem.refresh_from_db()
    assert ws.idea.problem.statement == "First"
