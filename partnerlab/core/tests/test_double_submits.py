"""Two submissions of the same form or API call at the same moment create one object.

The requests run in two threads against a committed database, as two browser tabs or a double
click reach a real server: each thread has its own database connection.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from partnerlab.accounts.services import create_api_token
from partnerlab.core.models import StagedFile, Submission
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input
from partnerlab.intake.services import open_survey_link
from partnerlab.partnerships.models import Cause, Partnership
from partnerlab.testing.personas import Cast, make_cast
from partnerlab.testing.workspace import Workspace, make_workspace


@pytest.fixture
def workspace(flushable_db: None) -> tuple[Cast, Workspace]:
    cast = make_cast()
    return cast, make_workspace(cast)


def _signed_in(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def at_once(*requests: Callable[[], object]) -> list[object]:
    """Run the requests in threads released together; their answers, in order."""
    start = threading.Barrier(len(requests), timeout=30)
    answers: list[object] = [None] * len(requests)

    def run(index: int) -> None:
        try:
            start.wait()
            answers[index] = requests[index]()
        except Exception as error:  # reported by the assertions on the answers
            answers[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


def test_a_cause_submitted_twice_at_once_is_added_once(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    tabs = [_signed_in(cast.ghana), _signed_in(cast.ghana)]
    form = tabs[0].get(f"/partnerships/{ws.idea.pk}/stages/fishbone/").content.decode()
    assert 'name="submission"' in form
    url = f"/partnerships/{ws.idea.pk}/e/causes/add"
    data = {"new-causes-text": "Wages are paid in cash", "submission": "tab-1-form-1"}
    first, second = at_once(*(lambda tab=tab: tab.post(url, data) for tab in tabs))
    assert Cause.objects.filter(partnership=ws.idea, text="Wages are paid in cash").count() == 1
    assert first.status_code == second.status_code == 302  # type: ignore[attr-defined]
    assert first["Location"] == second["Location"]  # type: ignore[index]
    replayed = [r for r in (first, second) if r.get("Idempotent-Replayed") == "true"]  # type: ignore[attr-defined]
    assert len(replayed) == 1


def test_a_cause_added_twice_with_htmx_answers_the_same_section(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    tabs = [_signed_in(cast.ghana), _signed_in(cast.ghana)]
    url = f"/partnerships/{ws.idea.pk}/e/causes/add"
    data = {"new-causes-text": "No payslips", "submission": "htmx-1"}
    answers = at_once(
        *(lambda tab=tab: tab.post(url, data, HTTP_HX_REQUEST="true") for tab in tabs)
    )
    assert Cause.objects.filter(partnership=ws.idea, text="No payslips").count() == 1
    first, second = answers
    assert first.content == second.content and b"No payslips" in first.content  # type: ignore[attr-defined]
    assert first["HX-Retarget"] == second["HX-Retarget"] == "#section-causes"  # type: ignore[index]


def test_a_form_sent_again_with_other_text_is_a_new_submission(workspace) -> None:  # type: ignore[no-untyped-def]
    # Back, change the text, send: the same key with other content must not replay the first
    # answer (that would drop what was typed the second time).
    cast, ws = workspace
    client = _signed_in(cast.ghana)
    url = f"/partnerships/{ws.idea.pk}/e/causes/add"
    client.post(url, {"new-causes-text": "Fees charged", "submission": "back-1"})
    again = client.post(url, {"new-causes-text": "Fees charged twice", "submission": "back-1"})
    assert "Idempotent-Replayed" not in again
    texts = set(Cause.objects.filter(partnership=ws.idea).values_list("text", flat=True))
    assert {"Fees charged", "Fees charged twice"} <= texts


def test_an_idea_started_twice_at_once_is_started_once(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    tabs = [_signed_in(cast.ghana), _signed_in(cast.ghana)]
    assert 'name="submission"' in tabs[0].get(f"/groups/{ws.group.pk}/").content.decode()
    data = {
        "title": "Wage claims desk",
        "summary": "",
        "lead": ws.group.members.first().pk,  # type: ignore[union-attr]
        "submission": "idea-form-1",
    }
    url = f"/groups/{ws.group.pk}/ideas"
    first, second = at_once(*(lambda tab=tab: tab.post(url, data) for tab in tabs))
    ideas = Partnership.objects.filter(title="Wage claims desk")
    assert ideas.count() == 1
    assert first["Location"] == second["Location"]  # type: ignore[index]
    assert f"/partnerships/{ideas.get().pk}/" in first["Location"]  # type: ignore[index]


def test_an_api_call_sent_twice_with_one_idempotency_key_creates_once(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    _token, secret = create_api_token(user=cast.ghana, name="script")
    headers = {"Authorization": f"Bearer {secret}", "Idempotency-Key": "cause-42"}
    url = f"/api/v1/partnerships/{ws.idea.pk}/causes"

    def send() -> object:
        return Client().post(
            url, {"text": "Debt bondage"}, content_type="application/json", headers=headers
        )

    first, second = at_once(send, send)
    assert Cause.objects.filter(text="Debt bondage").count() == 1
    assert first.status_code == second.status_code == 201  # type: ignore[attr-defined]
    assert first.json() == second.json()  # type: ignore[attr-defined]
    again = Client().post(
        url, {"text": "Debt bondage"}, content_type="application/json", headers=headers
    )
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert Cause.objects.filter(text="Debt bondage").count() == 1


def test_a_key_sent_with_another_request_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    client = _signed_in(cast.ghana)
    url = f"/api/v1/partnerships/{ws.idea.pk}/causes"
    key = {"Idempotency-Key": "k1"}
    client.post(url, {"text": "One"}, content_type="application/json", headers=key)
    other = client.post(url, {"text": "Two"}, content_type="application/json", headers=key)
    assert other.status_code == 422 and other.json()["errors"][0]["field"] == "Idempotency-Key"
    assert not Cause.objects.filter(text="Two").exists()


def test_a_refused_request_keeps_nothing_so_its_key_may_be_sent_again(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    client = _signed_in(cast.ghana)
    url = f"/api/v1/partnerships/{ws.idea.pk}/causes"
    key = {"Idempotency-Key": "retry-me"}
    refused = client.post(url, {"text": ""}, content_type="application/json", headers=key)
    assert refused.status_code == 422 and not Submission.objects.exists()
    fixed = client.post(url, {"text": ""}, content_type="application/json", headers=key)
    assert fixed.status_code == 422  # the same request again is checked again, not replayed
    assert "Idempotent-Replayed" not in fixed


def test_keys_belong_to_their_sender(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    url = f"/api/v1/partnerships/{ws.idea.pk}/causes"
    for user in (cast.ghana, cast.facilitator):
        answer = _signed_in(user).post(
            url,
            {"text": "Same key"},
            content_type="application/json",
            headers={"Idempotency-Key": "1"},
        )
        assert answer.status_code == 201
    assert Cause.objects.filter(text="Same key").count() == 2


def test_without_a_key_each_submission_counts(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    client = _signed_in(cast.ghana)
    url = f"/partnerships/{ws.idea.pk}/e/causes/add"
    for _ in range(2):
        client.post(url, {"new-causes-text": "Said twice on purpose"})
    assert Cause.objects.filter(text="Said twice on purpose").count() == 2


def test_a_public_survey_answer_sent_twice_at_once_is_kept_once(workspace) -> None:  # type: ignore[no-untyped-def]
    cast, ws = workspace
    link = open_survey_link(by=cast.facilitator, consultation=ws.cycle.consultations.get())
    url = f"/survey/{link.token}/"
    assert 'name="submission"' in Client().get(url).content.decode()
    data = {"problem": "Fees", "solution": "Caps on fees", "submission": "survey-tab"}
    at_once(lambda: Client().post(url, data), lambda: Client().post(url, data))
    assert Input.objects.filter(text="Caps on fees").count() == 1


def test_confirming_a_kept_import_twice_at_once_imports_once(flushable_db) -> None:  # type: ignore[no-untyped-def]
    cast = make_cast()
    Cycle.objects.create(
        name="Lab", slug="lab", year=2026, starts_on="2026-01-01", ends_on="2026-12-31"
    )
    tabs = [_signed_in(cast.facilitator), _signed_in(cast.facilitator)]
    data = b"text\nFirst answer\nSecond answer\n"
    tabs[0].post("/cycles/lab/inputs/import/", {"file": SimpleUploadedFile("a.csv", data)})
    staged = StagedFile.objects.get().pk
    answers = at_once(
        *(
            lambda tab=tab: tab.post("/cycles/lab/inputs/import/", {"staged": staged})
            for tab in tabs
        )
    )
    assert Input.objects.count() == 2
    assert sorted(a.status_code for a in answers) == [302, 409]  # type: ignore[attr-defined]


CREATE_FORMS = [
    # (page, the create form's action, or "" for the page itself)
    ("/organisations/new/", ""),
    ("/organisations/{org}/", ""),
    ("/people/", ""),
    ("/cycles/new/", ""),
    ("/cycles/lab-test/", ""),
    ("/cycles/lab-test/consultations/", ""),
    ("/cycles/lab-test/consultations/{survey}/", ""),
    ("/cycles/lab-test/groups/", ""),
    ("/cycles/lab-test/interest/", ""),
    ("/cycles/lab-test/themes/", "/cycles/lab-test/themes/discover/"),
    ("/account/", ""),
    ("/groups/{group}/", "/groups/{group}/ideas"),
    ("/partnerships/{idea}/stages/fishbone/", "/partnerships/{idea}/e/causes/add"),
    ("/partnerships/{idea}/stages/design/", "/partnerships/{idea}/e/activities/add"),
]


@pytest.mark.parametrize(("page", "action"), CREATE_FORMS)
def test_every_create_form_carries_a_one_time_key(cast, client_for, page, action) -> None:  # type: ignore[no-untyped-def]
    ws = make_workspace(cast)
    ids = {
        "org": cast.accra.pk,
        "survey": ws.cycle.consultations.get().pk,
        "group": ws.group.pk,
        "idea": ws.idea.pk,
    }
    html = client_for(cast.facilitator).get(page.format(**ids)).content.decode()
    forms = re.findall(r"<form [^>]*method=\"post\"[^>]*>.*?</form>", html, flags=re.S)
    target = f'action="{action.format(**ids)}"' if action else ""
    creating = [
        form for form in forms if (target in form if action else 'action="' not in form[:200])
    ]
    assert creating, "the page shows no such form"
    for form in creating:
        keys = re.findall(r'name="submission" value="([0-9a-f]{32})"', form)
        assert len(keys) == 1
    again = client_for(cast.facilitator).get(page.format(**ids)).content.decode()
    assert keys[0] not in again  # a new key each time the form is shown
