"""Importing organisations from CSV: all rows valid, or nothing written."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from partnerlab.accounts.models import User
from partnerlab.actors import permissions
from partnerlab.actors.forms import ContactForm, OrganisationForm
from partnerlab.actors.models import Membership, Organisation, OrganisationKind
from partnerlab.actors.services import add_contact, create_organisation
from partnerlab.core import audit
from partnerlab.core.errors import NotAllowed
from partnerlab.core.tabular import ImportReport, InvalidFile, RowError, parse_choice, read_csv
from partnerlab.reference.countries import country_code

REQUIRED_COLUMNS = {"name", "kind"}
CONTACT_COLUMNS = {"contact_name": "name", "contact_title": "title", "contact_email": "email"}
KNOWN_COLUMNS = {
    "name",
    "acronym",
    "kind",
    "membership",
    "country",
    "website",
    "description",
    *CONTACT_COLUMNS,
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


def _row_errors(line: int, row: dict[str, str], data: dict[str, str]) -> list[RowError]:
    if data["country"].startswith("?"):
        return [
            RowError(
                line,
                "country",
                _(
                    "unknown country “%(value)s”; use an ISO code "
                    "such as KE or KEN, or the English name"
                )
                % {"value": data["country"][1:]},
            )
        ]
    errors = [
        RowError(line, field, str(message))
        for field, messages in OrganisationForm(data=data).errors.items()
        for message in messages
    ]
    contact = {key: row.get(col, "") for col, key in CONTACT_COLUMNS.items()}
    if any(contact.values()):
        errors.extend(
            RowError(line, "contact_" + field, str(message))
            for field, messages in ContactForm(data=contact).errors.items()
            for message in messages
        )
    return errors


def import_organisations(*, by: User, data: bytes, dry_run: bool = False) -> ImportReport:
    """Import a CSV of organisations; existing names are skipped, never overwritten."""
    if not permissions.can_create_organisation(by):
        raise NotAllowed(_("Only facilitators may import organisations."))
    table = read_csv(data, required=REQUIRED_COLUMNS, known=KNOWN_COLUMNS)
    existing = {n.lower() for n in Organisation.objects.values_list("name", flat=True)}
    seen: dict[str, int] = {}
    errors: list[RowError] = []
    report = ImportReport(dry_run=dry_run)
    to_create: list[tuple[dict[str, str], dict[str, str]]] = []
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
            continue
        row_errors = _row_errors(line, row, data_row)
        errors.extend(row_errors)
        if not row_errors:
            contact = {key: row.get(col, "") for col, key in CONTACT_COLUMNS.items()}
            to_create.append((data_row, contact))
            report.added.append(data_row["name"])
    if errors:
        raise InvalidFile(
            _("%(count)d problem(s) found; nothing was imported.") % {"count": len(errors)},
            row_errors=errors,
        )
    if not dry_run:
        _write(by=by, rows=to_create, report=report)
    return report


@transaction.atomic
def _write(
    *, by: User, rows: list[tuple[dict[str, str], dict[str, str]]], report: ImportReport
) -> None:
    for data, contact in rows:
        organisation = create_organisation(by=by, data=data)
        if any(contact.values()):
            add_contact(by=by, organisation=organisation, data=contact)
    audit.record(
        actor=by,
        action="organisation.import",
        object_type="actors.organisation",
        after={"added": len(report.added), "skipped": len(report.skipped)},
    )
