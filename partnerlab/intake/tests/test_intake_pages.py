"""Consultations, the import page with its preview, the public survey and the API."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from partnerlab.core.models import StagedFile
from partnerlab.intake import services
from partnerlab.intake.models import Consultation, Input

pytestmark = pytest.mark.django_db

CSV = b"id,text,answers\nx1,Recruitment agencies charge illegal fees,problem\n"


@pytest.fixture
def survey_link(cast, cycle):  # type: ignore[no-untyped-def]
    consultation = Consultation.objects.create(cycle=cycle, kind="survey", title="Survey 2026")
    return services.open_survey_link(by=cast.facilitator, consultation=consultation)


def test_facilitators_add_consultations_and_others_may_not(cast, client_for, cycle) -> None:
    data = {
        "kind": "regional_consultation",
        "title": "Africa consultation",
        "mode": "hybrid",
        "region": "Africa",
        "held_on": "2026-03-10",
    }
    assert (
        client_for(cast.facilitator).post("/cycles/lab-2026/consultations/", data).status_code
        == 302
    )
    assert Consultation.objects.get().region == "Africa"
    for persona in ("ghana", "donor", "observer"):
        client = client_for(getattr(cast, persona))
        assert client.get("/cycles/lab-2026/consultations/").status_code == 403
        assert client.get("/cycles/lab-2026/inputs/").status_code == 403


def test_the_import_page_previews_then_imports_the_kept_file(cast, client_for, cycle) -> None:
    client = client_for(cast.facilitator)
    preview = client.post(
        "/cycles/lab-2026/inputs/import/", {"file": SimpleUploadedFile("in.csv", CSV)}
    )
    assert "Ready to add 1 input" in preview.content.decode() and not Input.objects.exists()
    staged = preview.context["staged"]
    assert (
        client_for(cast.ghana)
        .post("/cycles/lab-2026/inputs/import/", {"staged": staged.pk})
        .status_code
        == 403
    )
    done = client.post("/cycles/lab-2026/inputs/import/", {"staged": staged.pk})
    assert done.status_code == 302 and Input.objects.count() == 1
    assert StagedFile.objects.get().data == b""  # used: only what it did is kept


def test_the_import_page_lists_problems(cast, client_for, cycle) -> None:
    response = client_for(cast.facilitator).post(
        "/cycles/lab-2026/inputs/import/",
        {"file": SimpleUploadedFile("in.csv", b"text,answers\nHello there,opinion\n")},
    )
    assert "<td>2</td><td>answers</td>" in response.content.decode()
    assert "staged" not in response.context or response.context.get("staged") is None


def test_inputs_are_listed_and_filtered(cast, client_for, cycle) -> None:
    client_for(cast.facilitator).post(
        "/cycles/lab-2026/inputs/import/", {"file": SimpleUploadedFile("in.csv", CSV)}
    )
    staged = StagedFile.objects.get()
    client_for(cast.facilitator).post("/cycles/lab-2026/inputs/import/", {"staged": staged.pk})
    page = client_for(cast.facilitator).get("/cycles/lab-2026/inputs/", {"answers": "problem"})
    assert "illegal fees" in page.content.decode()
    none = client_for(cast.facilitator).get("/cycles/lab-2026/inputs/", {"answers": "solution"})
    assert "illegal fees" not in none.content.decode()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_public_survey_turns_answers_into_inputs(cast, survey_link, language) -> None:
    client = Client()
    client.cookies["django_language"] = language
    url = f"/survey/{survey_link.token}/"
    page = client.get(url)
    assert page.status_code == 200 and f'<html lang="{language}">' in page.content.decode()
    sent = client.post(
        url,
        {
            "problem": "Returning migrants cannot find work at home",
            "solution": "Ventanillas únicas de empleo en los municipios, con el sector privado",
            "organisation_name": "City of Accra",
            "stakeholder_kind": "",
            "country": "GH",
        },
    )
    assert sent.status_code == 200
    problem, solution = Input.objects.order_by("answers")
    assert (problem.answers, solution.answers) == ("problem", "solution")
    assert problem.response_key == solution.response_key and problem.source == "survey"
    assert problem.organisation == cast.accra and solution.language == "es"
    assert problem.country.code == "GH"


def test_a_survey_needs_both_answers_and_a_closed_link_refuses(cast, survey_link) -> None:
    url = f"/survey/{survey_link.token}/"
    response = Client().post(url, {"problem": "Only a problem"})
    assert response.status_code == 200 and not Input.objects.exists()
    services.close_survey_link(by=cast.facilitator, link=survey_link)
    assert Client().get(url).status_code == 410
    assert Client().get("/survey/not-a-token/").status_code == 404


def test_the_api_imports_a_file_with_a_dry_run_first(cast, client_for, cycle) -> None:
    client = client_for(cast.facilitator)
    url = "/api/v1/cycles/lab-2026/inputs/import"
    dry = client.post(url + "?dry_run=true", {"file": SimpleUploadedFile("in.csv", CSV)})
    assert dry.status_code == 200 and dry.json()["added"] == 1 and not Input.objects.exists()
    done = client.post(url, {"file": SimpleUploadedFile("in.csv", CSV)})
    assert done.json()["added"] == 1 and Input.objects.count() == 1
    again = client.post(url, {"file": SimpleUploadedFile("in.csv", CSV)}).json()
    assert again["added"] == 0 and again["skipped"] == 1
    listed = client.get("/api/v1/cycles/lab-2026/inputs").json()
    assert listed["count"] == 1 and listed["items"][0]["external_id"] == "x1"


def test_the_api_reports_bad_rows_in_the_error_shape(cast, client_for, cycle) -> None:
    response = client_for(cast.facilitator).post(
        "/api/v1/cycles/lab-2026/inputs/import",
        {"file": SimpleUploadedFile("in.csv", b"text,country\nHello,Atlantis\n")},
    )
    body = response.json()
    assert response.status_code == 422 and body["code"] == "invalid_file"
    assert body["errors"] == [
        {"field": "line 2, country", "message": "unknown country \u201cAtlantis\u201d"}
    ]
    assert (
        client_for(cast.ghana)
        .post("/api/v1/cycles/lab-2026/inputs/import", {"file": SimpleUploadedFile("in.csv", CSV)})
        .status_code
        == 403
    )
