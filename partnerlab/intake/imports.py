"""Importing consultation inputs from CSV, XLSX or JSON Lines.

One service behind the command line, the web upload and the API: the whole file is checked
first; if any row is wrong nothing is written and every problem is reported by line and
column. Organisations are matched by name or id; a name not in the directory is kept as
given and reported. Re-importing a file adds nothing: a row is already there when its
external id is (or, without one, the same text is) in the cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation
from partnerlab.core import audit
from partnerlab.core.errors import NotAllowed
from partnerlab.core.permissions import is_facilitator_or_system
from partnerlab.core.tabular import InvalidFile, Preview, RowError, parse_choice, read_table
from partnerlab.cycles.models import Cycle
from partnerlab.intake.language import detect_language
from partnerlab.intake.models import (
    STAKEHOLDER_KINDS,
    Answers,
    Consultation,
    Input,
    Language,
    Source,
    content_hash,
)
from partnerlab.reference.countries import country_code

REQUIRED_COLUMNS = {"text"}
MAX_ROWS = 100_000
# The columns of the template file offered on the import page, in its order.
TEMPLATE_COLUMNS = [
    "external_id",
    "text",
    "answers",
    "language",
    "organisation",
    "stakeholder_kind",
    "country",
    "consultation",
]
KNOWN_COLUMNS = {*TEMPLATE_COLUMNS, "id", "cycle"}  # `id` for external_id; `cycle` to check
TEMPLATE_EXAMPLE = {
    "external_id": "survey-001",
    "text": "Recruitment fees keep workers in debt for years after they arrive.",
    "answers": "problem",
    "language": "en",
    "stakeholder_kind": "civil_society",
    "country": "GH",
}
LANGUAGE_NAMES = {
    "english": "en",
    "anglais": "en",
    "inglés": "en",
    "french": "fr",
    "français": "fr",
    "francés": "fr",
    "spanish": "es",
    "espagnol": "es",
    "español": "es",
}


@dataclass
class InputImportReport:
    dry_run: bool
    added: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    languages: dict[str, int] = field(default_factory=dict)
    unlinked_organisations: set[str] = field(default_factory=set)
    preview: Preview = field(default_factory=lambda: Preview(columns=_preview_columns()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "added": self.added,
            "skipped": len(self.skipped),
            "skipped_rows": [{"line": line, "reason": why} for line, why in self.skipped[:200]],
            "languages": self.languages,
            "unlinked_organisations": sorted(self.unlinked_organisations),
        }


class _Lookups:
    """Everything a row may refer to, read once per file."""

    def __init__(self, cycle: Cycle) -> None:
        self.organisations = {o.name.casefold(): o for o in Organisation.objects.all()}
        self.organisations_by_id = {str(o.pk): o for o in self.organisations.values()}
        self.consultations = {c.title.casefold(): c for c in cycle.consultations.all()}
        self.consultations_by_id = {str(c.pk): c for c in self.consultations.values()}
        self.external_ids = set(
            cycle.inputs.exclude(external_id="").values_list("external_id", flat=True)
        )
        self.hashes = set(
            cycle.inputs.filter(external_id="").values_list("content_hash", flat=True)
        )

    def organisation(self, value: str) -> Organisation | None:
        if not value:
            return None
        return self.organisations.get(value.casefold()) or self.organisations_by_id.get(value)

    def consultation(self, value: str) -> Consultation | None:
        return self.consultations.get(value.casefold()) or self.consultations_by_id.get(value)


class _RowReader:
    """Turns one row into an unsaved Input, or into the errors that prevent it."""

    def __init__(self, cycle: Cycle, lookups: _Lookups) -> None:
        self.cycle = cycle
        self.lookups = lookups

    def read(self, line: int, row: dict[str, str]) -> tuple[Input | None, list[RowError]]:
        text = row.get("text", "")
        organisation = self.lookups.organisation(row.get("organisation", ""))
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        checks = {
            "text": lambda: (text, "" if text else _("the text is empty")),
            "cycle": lambda: self._cycle(row.get("cycle", "")),
            "answers": lambda: self._answers(row.get("answers", "")),
            "language": lambda: self._language(row.get("language", ""), text),
            "stakeholder_kind": lambda: self._stakeholder_kind(
                row.get("stakeholder_kind", ""), organisation
            ),
            "country": lambda: self._country(row.get("country", "")),
            "consultation": lambda: self._consultation(row.get("consultation", "")),
            "external_id": lambda: self._external_id(row.get("external_id") or row.get("id", "")),
        }
        for column, check in checks.items():
            value, problem = check()
            if problem:
                errors.append(RowError(line, column, problem))
            values[column] = value
        if errors:
            return None, errors
        values.pop("cycle")
        return Input(
            cycle=self.cycle,
            organisation=organisation,
            organisation_name="" if organisation else row.get("organisation", "")[:200],
            content_hash=content_hash(text),
            source=Source.IMPORT,
            **values,
        ), []

    def _cycle(self, value: str) -> tuple[str, str]:
        if value and value != self.cycle.slug:
            return value, _("this row belongs to cycle “%(other)s”, not “%(this)s”") % {
                "other": value,
                "this": self.cycle.slug,
            }
        return value, ""

    @staticmethod
    def _answers(value: str) -> tuple[str, str]:
        code = parse_choice(value or Answers.NOTE, Answers.choices)
        if code not in Answers.values:
            return code, _("use one of: %(values)s") % {"values": ", ".join(Answers.values)}
        return code, ""

    @staticmethod
    def _country(value: str) -> tuple[str, str]:
        code = country_code(value)
        if code is None:
            return "", _("unknown country “%(value)s”") % {"value": value}
        return code, ""

    def _consultation(self, value: str) -> tuple[Consultation | None, str]:
        if not value:
            return None, ""
        consultation = self.lookups.consultation(value)
        if consultation is None:
            return None, _("no consultation “%(name)s” in this cycle") % {"name": value}
        return consultation, ""

    @staticmethod
    def _external_id(value: str) -> tuple[str, str]:
        return value, _("longer than 120 characters") if len(value) > 120 else ""

    @staticmethod
    def _language(value: str, text: str) -> tuple[str, str]:
        value = value.strip().casefold()
        if not value:
            return (detect_language(text) if text else Language.OTHER), ""
        value = LANGUAGE_NAMES.get(value, value)
        if value not in Language.values:
            return value, _("use en, fr, es or other")
        return value, ""

    @staticmethod
    def _stakeholder_kind(value: str, organisation: Organisation | None) -> tuple[str, str]:
        if not value:
            return (organisation.kind if organisation else ""), ""
        code = parse_choice(value, STAKEHOLDER_KINDS)
        if code not in dict(STAKEHOLDER_KINDS):
            return code, _("use one of: %(values)s") % {
                "values": ", ".join(c for c, _label in STAKEHOLDER_KINDS)
            }
        return code, ""


def import_inputs(
    *, by: Any, cycle: Cycle, data: bytes, filename: str, dry_run: bool = False
) -> InputImportReport:
    """Check a file of inputs and, unless `dry_run`, add its new rows to the cycle.

    `by` is the facilitator importing, or None when an operator runs the command line.
    """
    if not is_facilitator_or_system(by):
        raise NotAllowed(_("Only facilitators may import consultation input."))
    table = read_table(
        data, filename=filename, required=REQUIRED_COLUMNS, known=KNOWN_COLUMNS, max_rows=MAX_ROWS
    )
    lookups = _Lookups(cycle)
    reader = _RowReader(cycle, lookups)
    report = InputImportReport(dry_run=dry_run)
    errors: list[RowError] = []
    new: list[Input] = []
    seen_ids: dict[str, int] = {}
    for line, row in table.rows:
        item, row_errors = reader.read(line, row)
        if item is None:
            errors.extend(row_errors)
            continue
        why = _already_there(item, line, lookups, seen_ids, errors)
        report.preview.add(line, _preview_cells(item, row), why or _("new"))
        if why:
            report.skipped.append((line, why))
            continue
        new.append(item)
        if item.organisation_name:
            report.unlinked_organisations.add(item.organisation_name)
        report.languages[item.language] = report.languages.get(item.language, 0) + 1
    if errors:
        raise InvalidFile(
            _("%(count)d problem(s) found; nothing was imported.") % {"count": len(errors)},
            row_errors=errors,
        )
    report.added = len(new)
    if not dry_run and new:
        _write(by=by, cycle=cycle, items=new, filename=filename, report=report)
    return report


def _already_there(
    item: Input, line: int, lookups: _Lookups, seen_ids: dict[str, int], errors: list[RowError]
) -> str:
    """Why this row adds nothing ("" if it is new); records a clash within the file."""
    if item.external_id:
        if item.external_id in lookups.external_ids:
            return _("external id %(id)s is already in the cycle") % {"id": item.external_id}
        if item.external_id in seen_ids:
            errors.append(
                RowError(
                    line,
                    "external_id",
                    _("the same id is on line %(line)d") % {"line": seen_ids[item.external_id]},
                )
            )
            return ""
        seen_ids[item.external_id] = line
        return ""
    if item.content_hash in lookups.hashes:
        return _("the same text is already in the cycle")
    lookups.hashes.add(item.content_hash)
    return ""


def _preview_columns() -> list[str]:
    return [
        _("Text"),
        _("Answers"),
        _("Language"),
        _("Organisation"),
        _("Stakeholder kind"),
        _("Country"),
        _("Consultation"),
        _("External id"),
    ]


def _preview_cells(item: Input, row: dict[str, str]) -> list[str]:
    """The row as it will be saved: choices by their labels, what was matched or detected."""
    language = item.get_language_display()
    if not row.get("language", "").strip():
        language = _("%(language)s (detected)") % {"language": language}
    if item.organisation is not None:
        organisation = item.organisation.name
    elif item.organisation_name:
        organisation = _("%(name)s (not in the directory)") % {"name": item.organisation_name}
    else:
        organisation = "—"
    kinds = dict(STAKEHOLDER_KINDS)
    return [
        item.text if len(item.text) <= 200 else item.text[:199] + "…",
        item.get_answers_display(),
        language,
        organisation,
        str(kinds.get(item.stakeholder_kind, "—")),
        item.country.name or "—",
        item.consultation.title if item.consultation else "—",
        item.external_id or "—",
    ]


@transaction.atomic
def _write(
    *, by: Any, cycle: Cycle, items: list[Input], filename: str, report: InputImportReport
) -> None:
    for item in items:
        item.created_by = by if getattr(by, "is_authenticated", False) else None
    Input.objects.bulk_create(items, batch_size=2000)
    audit.record(
        actor=by,
        action="input.import",
        target=cycle,
        after={
            "file": filename,
            "added": report.added,
            "skipped": len(report.skipped),
            "languages": report.languages,
        },
    )
