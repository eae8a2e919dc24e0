"""Importing organisations from CSV, XLSX or JSON Lines: all rows valid, or nothing written."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from partnerlab.accounts.models import User
from partnerlab.actors import permissions
from partnerlab.actors.forms import ContactForm, OrganisationForm
from partnerlab.actors.models import Contact, Membership, Organisation, OrganisationKind
from partnerlab.actors.services import ORGANISATION_FIELDS
from partnerlab.core import audit
from partnerlab.core.errors import NotAllowed
from partnerlab.core.tabular import (
    ImportReport,
    InvalidFile,
    Preview,
    RowError,
    parse_choice,
    read_table,
)
from partnerlab.reference.countries import country_code

REQUIRED_COLUMNS = {"name", "kind"}
MAX_ROWS = 5_000
CONTACT_COLUMNS = {"contact_name": "name", "contact_title": "title", "contact_email": "email"}
# Every column, in the order of the template file offered on the import page.
TEMPLATE_COLUMNS = [
    "name",
    "acronym",
    "kind",
    "membership",
    "country",
    "website",
    "description",
    *CONTACT_COLUMNS,
]
KNOWN_COLUMNS = set(TEMPLATE_COLUMNS)
TEMPLATE_EXAMPLE = {
    "name": "Example Association of Migrant Workers",
    "acronym": "EAMW",
    "kind": "civil_society",
    "membership": "civil_society_mechanism",
    "country": "KE",
    "website": "https://example.org",
    "description": "Advice and legal aid for workers abroad and after their return.",
    "contact_name": "Amina Example",
    "contact_title": "Programme lead",
    "contact_email": "amina@example.org",
}


def _country(value: str) -> str:
    code = country_code(value)
    return "?" + value if code is None else code


def _row_data(row: dict[str, str]) -> dict[str, str]:
    return {
        "name": row.get("name", ""),
        "acronym": row.get("acronym", ""),
        "kind": parse_choice(row.get("kind", ""), OrganisationKind.choices),
        "membership": parse_choice(
            row.get("membership") or Membership.NON_MEMBER, Membership.choices
        ),
        "country": _country(row.get("country", "")),
        "website": row.get("website", ""),
        "description": row.get("description", ""),
    }


class _ImportForm(OrganisationForm):
    """Names were already checked against the directory and the file, once for all rows."""

    def validate_unique(self) -> None:
        return None


Checked = tuple[Organisation, Contact | None]


def _check_row(
    line: int, row: dict[str, str], data: dict[str, str]
) -> tuple[Checked | None, list[RowError]]:
    if data["country"].startswith("?"):
        message = _(
            "unknown country “%(value)s”; use an ISO code such as KE or KEN, or the English name"
        ) % {"value": data["country"][1:]}
        return None, [RowError(line, "country", message)]
    form = _ImportForm(data=data)
    errors = [RowError(line, f, str(m)) for f, ms in form.errors.items() for m in ms]
    contact_data = {key: row.get(col, "") for col, key in CONTACT_COLUMNS.items()}
    contact_form = ContactForm(data=contact_data) if any(contact_data.values()) else None
    if contact_form is not None:
        errors.extend(
            RowError(line, "contact_" + f, str(m))
            for f, ms in contact_form.errors.items()
            for m in ms
        )
    if errors:
        return None, errors
    contact = contact_form.save(commit=False) if contact_form is not None else None
    return (form.save(commit=False), contact), []


def import_organisations(
    *, by: User, data: bytes, filename: str = "organisations.csv", dry_run: bool = False
) -> ImportReport:
    """Import a file of organisations; existing names are skipped, never overwritten."""
    if not permissions.can_create_organisation(by):
        raise NotAllowed(_("Only facilitators may import organisations."))
    table = read_table(
        data, filename=filename, required=REQUIRED_COLUMNS, known=KNOWN_COLUMNS, max_rows=MAX_ROWS
    )
    existing = {n.lower() for n in Organisation.objects.values_list("name", flat=True)}
    seen: dict[str, int] = {}
    errors: list[RowError] = []
    report = ImportReport(dry_run=dry_run, preview=Preview(columns=_preview_columns()))
    to_create: list[Checked] = []
    for line, row in table.rows:
        data_row = _row_data(row)
        key = data_row["name"].strip().lower()
        if key in seen:
            errors.append(
                RowError(line, "name", _("the same name is on line %(line)d") % {"line": seen[key]})
            )
            continue
        seen[key] = line
        if key and key in existing:
            report.skipped.append(data_row["name"])
            report.preview.add(line, _preview_cells(row), _("already present, skipped"))
            continue
        checked, row_errors = _check_row(line, row, data_row)
        errors.extend(row_errors)
        if checked is not None:
            to_create.append(checked)
            report.added.append(data_row["name"])
            report.preview.add(line, _preview_cells(row, checked), _("new"))
    if errors:
        raise InvalidFile(
            _("%(count)d problem(s) found; nothing was imported.") % {"count": len(errors)},
            row_errors=errors,
        )
    if not dry_run:
        _write(by=by, rows=to_create, report=report)
    return report


def _preview_columns() -> list[str]:
    return [_("Name"), _("Acronym"), _("Kind"), _("Membership"), _("Country"), _("Contact")]


def _preview_cells(row: dict[str, str], checked: Checked | None = None) -> list[str]:
    """The row as it will be saved: kinds and countries by their names, the contact read."""
    if checked is None:  # already in the directory: shown as written
        return [row.get(c, "") for c in ("name", "acronym", "kind", "membership", "country")] + [""]
    organisation, contact = checked
    contact_text = ", ".join(v for v in (contact.name, contact.email) if v) if contact else "—"
    return [
        organisation.name,
        organisation.acronym or "—",
        organisation.get_kind_display(),
        organisation.get_membership_display(),
        organisation.country.name or "—",
        contact_text,
    ]


@transaction.atomic
def _write(*, by: User, rows: list[Checked], report: ImportReport) -> None:
    """Write all rows at once, with one audit record per organisation and contact."""
    organisations = Organisation.objects.bulk_create([o for o, _c in rows])
    contacts = []
    for organisation, contact in zip(organisations, (c for _o, c in rows), strict=True):
        if contact is not None:
            contact.organisation = organisation
            contacts.append(contact)
    Contact.objects.bulk_create(contacts)
    audit.record_many(
        actor=by, action="organisation.create", targets=organisations, fields=ORGANISATION_FIELDS
    )
    audit.record_many(
        actor=by,
        action="contact.create",
        targets=contacts,
        fields=["organisation_id", "name", "title", "email"],
    )
    audit.record(
        actor=by,
        action="organisation.import",
        object_type="actors.organisation",
        after={"added": len(report.added), "skipped": len(report.skipped)},
    )
