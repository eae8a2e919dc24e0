"""The import pages and the import API: clear refusals, one import per kept file, a preview of
rows as they will be read and template files that import as they are."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerlab.actors.models import Organisation
from partnerlab.core.models import AuditEvent, StagedFile
from partnerlab.intake.models import Input
from partnerlab.testing.files import xlsx

pytestmark = pytest.mark.django_db

INPUTS_PAGE = "/cycles/lab-2026/inputs/import/"
ORGANISATIONS_PAGE = "/organisations/import/"
CSV = (
    b"id,text,answers,organisation,country\n"
    b"r1,Les frais de recrutement endettent les travailleurs,problem,City of Accra,GH\n"
    b"r2,Open one-stop desks for returnees,solution,Harbour Workers Club,\n"
)
ORGANISATIONS = b"name,kind,country\nSeafarers Aid,civil_society,PH\n"


def _upload(client, url: str, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


@pytest.mark.parametrize(
    "url",
    [
        INPUTS_PAGE,
        ORGANISATIONS_PAGE,
        "/organisations/new/",  # any form page: the body is read before the view runs
        "/api/v1/cycles/lab-2026/inputs/import",
        "/api/v1/organisations",
    ],
)
def test_an_upload_without_its_boundary_is_refused_clearly(cast, client_for, cycle, url) -> None:
    client = client_for(cast.facilitator)
    response = client.post(url, data=b"--x\r\nbroken", content_type="multipart/form-data")
    assert response.status_code == 400
    if url.startswith("/api/"):
        body = response.json()
        assert body["code"] == "bad_request" and body["message"]
    else:
        assert "upload was malformed" in response.content.decode()
    assert not Input.objects.exists() and Organisation.objects.count() == 6


@pytest.mark.parametrize("staged", ["abc", "99999999999999999999", "-1", "0", ""])
@pytest.mark.parametrize("url", [INPUTS_PAGE, ORGANISATIONS_PAGE])
def test_a_reference_to_no_kept_file_is_refused_clearly(cast, client_for, cycle, url, staged):  # type: ignore[no-untyped-def]
    response = client_for(cast.facilitator).post(url, {"staged": staged})
    assert response.status_code == 404
    assert "no longer kept" in response.content.decode()
    assert "<form" in response.content.decode()  # the page again, to choose the file anew


def test_a_kept_file_is_only_its_owners_for_its_page(cast, client_for, cycle) -> None:
    preview = _upload(client_for(cast.facilitator), INPUTS_PAGE, "in.csv", CSV)
    staged = preview.context["staged"].pk
    other = client_for(cast.facilitator)  # the same person in another browser: still theirs
    colleague = type(cast.facilitator).objects.create_user(
        "bea@lab.test", "pw-123456789", role="facilitator"
    )
    assert client_for(colleague).post(INPUTS_PAGE, {"staged": staged}).status_code == 404
    assert other.post(ORGANISATIONS_PAGE, {"staged": staged}).status_code == 404
    assert not Input.objects.exists()
    assert other.post(INPUTS_PAGE, {"staged": staged}).status_code == 302


@pytest.mark.parametrize(
    ("url", "name", "data", "count"),
    [
        (INPUTS_PAGE, "in.csv", CSV, lambda: Input.objects.count()),
        (ORGANISATIONS_PAGE, "orgs.csv", ORGANISATIONS, lambda: Organisation.objects.count()),
    ],
    ids=["inputs", "organisations"],
)
def test_confirming_again_after_back_says_it_was_already_imported(  # type: ignore[no-untyped-def]
    cast, client_for, cycle, url, name, data, count
) -> None:
    client = client_for(cast.facilitator)
    staged = _upload(client, url, name, data).context["staged"].pk
    before = count()
    assert client.post(url, {"staged": staged}).status_code == 302
    after = count()
    audits = AuditEvent.objects.count()
    again = client.post(url, {"staged": staged})
    assert again.status_code == 409
    assert "already imported" in again.content.decode()
    assert ("2 input(s) added" if url == INPUTS_PAGE else "1 organisation(s) added") in (
        again.content.decode()
    )
    assert after > before and count() == after and AuditEvent.objects.count() == audits


def test_a_confirmation_that_fails_leaves_the_file_to_try_again(cast, client_for, cycle) -> None:
    data = b"text,consultation\nA problem,Breakout on wages\n"
    client = client_for(cast.facilitator)
    consultation = cycle.consultations.create(kind="survey", title="Breakout on wages")
    staged = _upload(client, INPUTS_PAGE, "in.csv", data).context["staged"].pk
    consultation.delete()  # the file now names a consultation that is gone
    failed = client.post(INPUTS_PAGE, {"staged": staged})
    assert failed.status_code == 200 and "no consultation" in failed.content.decode()
    assert StagedFile.objects.get().used_at is None and not Input.objects.exists()


def test_the_inputs_preview_shows_rows_as_they_will_be_read(cast, client_for, cycle) -> None:
    preview = _upload(client_for(cast.facilitator), INPUTS_PAGE, "in.csv", CSV)
    rows = preview.context["report"].preview.rows
    assert rows == [
        (
            2,
            [
                "Les frais de recrutement endettent les travailleurs",
                "Problem",
                "French (detected)",
                "City of Accra",
                "Local or regional government",
                "Ghana",
                "—",
                "r1",
            ],
            "new",
        ),
        (
            3,
            [
                "Open one-stop desks for returnees",
                "Solution",
                "English (detected)",
                "Harbour Workers Club (not in the directory)",
                "—",
                "—",
                "—",
                "r2",
            ],
            "new",
        ),
    ]
    page = preview.content.decode()
    assert "French (detected)" in page and "Harbour Workers Club (not in the directory)" in page


def test_the_organisations_preview_shows_rows_as_they_will_be_read(cast, client_for) -> None:
    data = (
        b"name,kind,membership,country,contact_name,contact_email\n"
        b"Seafarers Aid,Civil society,,PHL,Ana Cruz,ana@seafarers.test\n"
        b"city of accra,local_government,,,,\n"
    )
    preview = _upload(client_for(cast.facilitator), ORGANISATIONS_PAGE, "orgs.csv", data)
    assert preview.context["report"].preview.rows == [
        (
            2,
            [
                "Seafarers Aid",
                "—",
                "Civil society",
                "Not a member",
                "Philippines",
                "Ana Cruz, ana@seafarers.test",
            ],
            "new",
        ),
        (3, ["city of accra", "", "local_government", "", "", ""], "already present, skipped"),
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_inputs_template_imports_as_it_is(cast, client_for, cycle, fmt) -> None:
    client = client_for(cast.facilitator)
    page = client.get(INPUTS_PAGE).content.decode()
    assert f"/cycles/lab-2026/inputs/import/template.{fmt}" in page
    template = client.get(f"/cycles/lab-2026/inputs/import/template.{fmt}")
    assert template.status_code == 200
    assert f'filename="inputs-template.{fmt}"' in template["Content-Disposition"]
    preview = _upload(client, INPUTS_PAGE, f"template.{fmt}", template.content)
    assert "Ready to add 1 input" in preview.content.decode()
    assert preview.context["report"].preview.rows[0][1][0].startswith("Recruitment fees")
    assert (
        client_for(cast.ghana).get(f"/cycles/lab-2026/inputs/import/template.{fmt}").status_code
        == 403
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_organisations_template_imports_as_it_is(cast, client_for, fmt) -> None:
    client = client_for(cast.facilitator)
    assert (
        f"/organisations/import/template.{fmt}" in client.get(ORGANISATIONS_PAGE).content.decode()
    )
    template = client.get(f"/organisations/import/template.{fmt}")
    staged = _upload(client, ORGANISATIONS_PAGE, f"template.{fmt}", template.content)
    assert "Ready to add 1 organisation" in staged.content.decode()
    assert (
        client.post(ORGANISATIONS_PAGE, {"staged": staged.context["staged"].pk}).status_code == 302
    )
    added = Organisation.objects.get(name="Example Association of Migrant Workers")
    assert added.contacts.get().email == "amina@example.org"
    assert client_for(cast.ghana).get(f"/organisations/import/template.{fmt}").status_code == 403


def test_a_template_in_another_format_is_not_found(cast, client_for, cycle) -> None:
    client = client_for(cast.facilitator)
    assert client.get("/organisations/import/template.pdf").status_code == 404
    assert client.get("/cycles/lab-2026/inputs/import/template.exe").status_code == 404


def test_organisations_import_from_a_workbook(cast, client_for) -> None:
    book = xlsx([["Name", "Kind", "Country"], ["Seafarers Aid", "civil_society", "PH"]])
    client = client_for(cast.facilitator)
    staged = _upload(client, ORGANISATIONS_PAGE, "orgs.xlsx", book).context["staged"].pk
    client.post(ORGANISATIONS_PAGE, {"staged": staged})
    assert Organisation.objects.get(name="Seafarers Aid").country.code == "PH"


def test_an_oversized_upload_is_refused_on_the_page_and_in_the_api(
    cast, client_for, cycle, settings
) -> None:
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # big uploads go to a temporary file
    big = b"text\n" + b"An answer that repeats\n" * (21 * 1024 * 1024 // 23)
    client = client_for(cast.facilitator)
    page = _upload(client, INPUTS_PAGE, "big.csv", big)
    assert "larger than 20 MB" in page.content.decode() and "staged" not in page.context
    api = client.post(
        "/api/v1/cycles/lab-2026/inputs/import", {"file": SimpleUploadedFile("big.csv", big)}
    )
    assert api.status_code == 422 and "larger than 20 MB" in api.json()["message"]
    assert not Input.objects.exists() and not StagedFile.objects.exists()


def test_a_damaged_workbook_is_refused_by_the_api(cast, client_for, cycle) -> None:
    book = io.BytesIO()
    openpyxl.Workbook().save(book)
    cut = SimpleUploadedFile("in.xlsx", book.getvalue()[:-30])
    response = client_for(cast.facilitator).post(
        "/api/v1/cycles/lab-2026/inputs/import", {"file": cut}
    )
    assert response.status_code == 422 and response.json()["code"] == "invalid_file"


def test_a_json_body_nested_100000_deep_is_refused_by_the_api(cast, client_for) -> None:
    deep = '{"name": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = client_for(cast.facilitator).post(
        "/api/v1/organisations", data=deep, content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["code"] == "bad_request"
    assert Organisation.objects.count() == 6
