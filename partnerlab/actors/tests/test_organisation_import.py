"""Importing organisations from CSV: every bad row reported, nothing half-written."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerlab.actors.imports import import_organisations
from partnerlab.actors.models import Contact, Organisation
from partnerlab.core.errors import NotAllowed
from partnerlab.core.models import AuditEvent
from partnerlab.core.tabular import InvalidFile

pytestmark = pytest.mark.django_db

GOOD = (
    "name,kind,membership,country,acronym,contact_name,contact_email\n"
    "Ministry of Labour, Nepal,national_government,member_state,NPL,MoLESS,Sita Rai,sita@np.test\n"
    "Pacific Workers Union,Civil society,civil_society_mechanism,Fiji,,,\n"
    "Lagos State Government,local_government,,NG,,,\n"
)


def _quote_first_field(text: str) -> str:
    # The first data row's name contains a comma; quote it as a spreadsheet would.
    return text.replace("Ministry of Labour, Nepal", '"Ministry of Labour, Nepal"')


def _problems(error: InvalidFile) -> set[tuple[int, str]]:
    return {(e.line, e.column) for e in error.row_errors}


def test_a_valid_file_imports_every_row_with_contacts(cast) -> None:
    report = import_organisations(by=cast.facilitator, data=_quote_first_field(GOOD).encode())
    assert len(report.added) == 3 and not report.skipped
    nepal = Organisation.objects.get(name="Ministry of Labour, Nepal")
    assert (nepal.kind, nepal.membership, nepal.country.code) == (
        "national_government",
        "member_state",
        "NP",
    )
    assert Organisation.objects.get(name="Pacific Workers Union").country.code == "FJ"
    assert Contact.objects.get(organisation=nepal).email == "sita@np.test"
    assert AuditEvent.objects.filter(action="organisation.import").count() == 1


def test_a_dry_run_writes_nothing(cast) -> None:
    report = import_organisations(
        by=cast.facilitator, data=_quote_first_field(GOOD).encode(), dry_run=True
    )
    assert len(report.added) == 3 and Organisation.objects.count() == 6


def test_importing_the_same_file_again_adds_nothing(cast) -> None:
    data = _quote_first_field(GOOD).encode()
    import_organisations(by=cast.facilitator, data=data)
    again = import_organisations(by=cast.facilitator, data=data)
    assert not again.added and len(again.skipped) == 3
    assert Organisation.objects.count() == 9


def test_every_bad_row_is_reported_and_nothing_is_written(cast) -> None:
    data = (
        b"name,kind,membership,country,website,contact_email\n"
        b"Good Org,business,business_mechanism,KE,,\n"
        b",business,,KE,,\n"
        b"Bad Kind,spaceship,,KE,,\n"
        b"Bad Membership,business,member_state,KE,,\n"
        b"Bad Country,business,,Atlantis,,\n"
        b"Bad Web,business,,KE,not a url,\n"
        b"Bad Mail,business,,KE,,not-an-email\n"
        b"Good Org,business,,KE,,\n"
    )
    with pytest.raises(InvalidFile) as caught:
        import_organisations(by=cast.facilitator, data=data)
    assert _problems(caught.value) == {
        (3, "name"),
        (4, "kind"),
        (5, "membership"),
        (6, "country"),
        (7, "website"),
        (8, "contact_email"),
        (8, "contact_name"),
        (9, "name"),
    }
    assert "Atlantis" in " ".join(e.message for e in caught.value.row_errors)
    assert Organisation.objects.count() == 6


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"name,kind\n", "no rows"),
        (b"title,kind\nX,business\n", "required"),
        ("name,kind\nCaf\u00e9,business\n".encode("latin-1"), "UTF-8"),
        (b"name,kind,colour\nX,business,red\n", "unknown column"),
        (b"name,kind,kind\nX,business,other\n", "twice"),
    ],
)
def test_unusable_files_get_a_clear_message(cast, data: bytes, expected: str) -> None:
    with pytest.raises(InvalidFile) as caught:
        import_organisations(by=cast.facilitator, data=data)
    text = caught.value.message + " ".join(e.message for e in caught.value.row_errors)
    assert expected in text
    assert Organisation.objects.count() == 6


def test_only_facilitators_import(cast) -> None:
    with pytest.raises(NotAllowed):
        import_organisations(by=cast.ghana, data=GOOD.encode())


def test_the_page_previews_then_imports_on_confirmation(cast, client_for) -> None:
    client = client_for(cast.facilitator)
    data = _quote_first_field(GOOD).encode()
    preview = client.post(
        "/organisations/import/", {"file": SimpleUploadedFile("orgs.csv", data), "confirm": "no"}
    )
    assert preview.status_code == 200 and "Ready to add 3" in preview.content.decode()
    assert Organisation.objects.count() == 6
    done = client.post("/organisations/import/", {"staged": preview.context["staged"].pk})
    assert done.status_code == 302 and Organisation.objects.count() == 9


def test_the_page_lists_problems_by_line_and_column(cast, client_for) -> None:
    bad = b"name,kind\nX,spaceship\n"
    response = client_for(cast.facilitator).post(
        "/organisations/import/", {"file": SimpleUploadedFile("orgs.csv", bad), "confirm": "yes"}
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<td>2</td><td>kind</td>" in body
    assert Organisation.objects.count() == 6
    assert client_for(cast.observer).get("/organisations/import/").status_code == 403


def test_spreadsheet_quirks_are_read_as_meant(cast) -> None:
    data = (
        "\ufeffname;kind;description;;\r\n"
        "Alpha Org;business;'We said, hello' to partners;;\r\n"
        '"Beta; Org";other;"two\nlines";;\r\n'
    ).encode()
    report = import_organisations(by=cast.facilitator, data=data)
    assert sorted(report.added) == ["Alpha Org", "Beta; Org"]
    assert Organisation.objects.get(name="Alpha Org").description == "'We said, hello' to partners"
    assert Organisation.objects.get(name="Beta; Org").description == "two\nlines"
