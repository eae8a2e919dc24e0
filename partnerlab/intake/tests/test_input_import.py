"""One import service for CSV, XLSX and JSON Lines: all rows valid or nothing written."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from partnerlab.core.errors import NotAllowed
from partnerlab.core.tabular import InvalidFile
from partnerlab.intake.imports import import_inputs
from partnerlab.intake.models import Input

pytestmark = pytest.mark.django_db

CSV = (
    "id,text,answers,organisation,country,consultation\n"
    "r1,Recruitment fees keep workers in debt for years,problem,City of Accra,GH,"
    "Breakout on fair recruitment\n"
    "r2,Les transferts d'argent coûtent beaucoup trop cher,problem,Unknown Club,SN,\n"
    "r3,Crear ventanillas únicas para migrantes retornados,solution,,EC,\n"
)


def _problems(error: InvalidFile) -> set[tuple[int, str]]:
    return {(e.line, e.column) for e in error.row_errors}


def test_a_csv_file_is_imported_with_its_links(cast, cycle, breakout) -> None:
    report = import_inputs(
        by=cast.facilitator, cycle=cycle, data=CSV.encode(), filename="inputs.csv"
    )
    assert report.added == 3 and report.unlinked_organisations == {"Unknown Club"}
    first = Input.objects.get(external_id="r1")
    assert first.organisation == cast.accra and first.consultation == breakout
    assert first.stakeholder_kind == "local_government" and first.language == "en"
    assert Input.objects.get(external_id="r2").language == "fr"
    assert Input.objects.get(external_id="r2").organisation_name == "Unknown Club"
    assert Input.objects.get(external_id="r3").language == "es"


def test_importing_the_same_file_again_adds_nothing(cast, cycle, breakout) -> None:
    import_inputs(by=cast.facilitator, cycle=cycle, data=CSV.encode(), filename="a.csv")
    again = import_inputs(by=cast.facilitator, cycle=cycle, data=CSV.encode(), filename="a.csv")
    assert again.added == 0 and len(again.skipped) == 3 and Input.objects.count() == 3


def test_without_ids_the_text_identifies_an_input(cast, cycle) -> None:
    data = b"text\nWe need  local DATA on returnees\nwe need local data on returnees\n"
    report = import_inputs(by=cast.facilitator, cycle=cycle, data=data, filename="a.csv")
    assert report.added == 1 and report.skipped[0][0] == 3


def test_xlsx_and_json_lines_are_read_too(cast, cycle) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Text", "Answers"])
    book.active.append(["Skills are not recognised abroad", "problem"])
    buffer = io.BytesIO()
    book.save(buffer)
    assert (
        import_inputs(
            by=cast.facilitator, cycle=cycle, data=buffer.getvalue(), filename="survey.xlsx"
        ).added
        == 1
    )
    lines = "\n".join(
        json.dumps({"text": t, "id": i})
        for i, t in [
            ("j1", "Visa processes are slow and opaque"),
            ("j2", "Los datos sobre migración no están desagregados"),
        ]
    )
    assert (
        import_inputs(
            by=cast.facilitator, cycle=cycle, data=lines.encode(), filename="answers.jsonl"
        ).added
        == 2
    )


def test_every_bad_row_is_reported_and_nothing_is_written(cast, cycle) -> None:
    data = (
        b"id,text,answers,language,country,consultation,cycle\n"
        b"a,Fine text,problem,en,KE,,\n"
        b"b,,problem,en,KE,,\n"
        b"c,Text,opinion,en,KE,,\n"
        b"d,Text two,problem,klingon,KE,,\n"
        b"e,Text three,problem,en,Atlantis,,\n"
        b"f,Text four,problem,en,KE,No such meeting,\n"
        b"g,Text five,problem,en,KE,,lab-2020\n"
        b"a,Text six,problem,en,KE,,\n"
    )
    with pytest.raises(InvalidFile) as caught:
        import_inputs(by=cast.facilitator, cycle=cycle, data=data, filename="bad.csv")
    assert _problems(caught.value) == {
        (3, "text"),
        (4, "answers"),
        (5, "language"),
        (6, "country"),
        (7, "consultation"),
        (8, "cycle"),
        (9, "external_id"),
    }
    assert "lab-2020" in " ".join(e.message for e in caught.value.row_errors)
    assert not Input.objects.exists()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"", "a.csv", "empty"),
        (b"answers\nproblem\n", "a.csv", "required"),
        ("text\nCaf\u00e9 needed\n".encode("utf-16"), "a.csv", "UTF-8"),
        (b"not a workbook", "a.xlsx", "Excel"),
        (b'{"text": "ok"}\n{broken\n', "a.jsonl", "JSON"),
    ],
)
def test_unusable_files_get_a_clear_message(cast, cycle, data, name, expected) -> None:
    with pytest.raises(InvalidFile) as caught:
        import_inputs(by=cast.facilitator, cycle=cycle, data=data, filename=name)
    assert expected in caught.value.message + " ".join(e.message for e in caught.value.row_errors)
    assert not Input.objects.exists()


def test_a_huge_cell_is_reported_by_line_and_column(cast, cycle) -> None:
    data = b"text\nshort one\n" + b"x" * 5_000_000 + b"\n"
    with pytest.raises(InvalidFile) as caught:
        import_inputs(by=cast.facilitator, cycle=cycle, data=data, filename="big.csv")
    assert _problems(caught.value) == {(3, "text")}
    assert not Input.objects.exists()


def test_too_many_rows_are_refused(cast, cycle, monkeypatch) -> None:
    monkeypatch.setattr("partnerlab.intake.imports.MAX_ROWS", 5)
    data = ("text\n" + "\n".join(f"answer number {i}" for i in range(6))).encode()
    with pytest.raises(InvalidFile, match="more than 5 rows"):
        import_inputs(by=cast.facilitator, cycle=cycle, data=data, filename="many.csv")


def test_a_dry_run_writes_nothing_and_only_facilitators_import(cast, cycle, breakout) -> None:
    report = import_inputs(
        by=cast.facilitator, cycle=cycle, data=CSV.encode(), filename="a.csv", dry_run=True
    )
    assert report.added == 3 and not Input.objects.exists()
    with pytest.raises(NotAllowed):
        import_inputs(by=cast.ghana, cycle=cycle, data=CSV.encode(), filename="a.csv")
