"""Uniqueness the database enforces, turned into a refusal that names the field.

Services check the rules people meet every day with friendly words; two requests at once can
still both pass those checks, and then the database's constraint decides. Its error names the
constraint (PostgreSQL, SQLite for expression indexes) or the table and columns (SQLite): from
either we find the model's field, and the person gets a 422 naming it instead of a 500.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import IntegrityError, models, transaction
from django.db.models.expressions import F
from django.utils.translation import gettext as _

from partnerlab.core.errors import FieldError, ValidationFailed

SQLITE_COLUMNS = re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")
POSTGRES_KEY = re.compile(r"Key \(([^)=]+)\)=")
POSTGRES_NAME = re.compile(r'unique constraint "([^"]+)"')


def _referenced(expression: object) -> Iterator[str]:
    if isinstance(expression, F):
        yield expression.name
    for inner in getattr(expression, "get_source_expressions", list)():
        yield from _referenced(inner)


def _constraint_fields(constraint: models.BaseConstraint) -> list[str]:
    if not isinstance(constraint, models.UniqueConstraint):
        return []
    if constraint.fields:
        return list(constraint.fields)
    return [name for e in constraint.expressions for name in _referenced(e)]


@cache
def _by_constraint_name() -> dict[str, tuple[type[models.Model], list[str]]]:
    named = {}
    for model in apps.get_models():
        for constraint in model._meta.constraints:
            fields = _constraint_fields(constraint)
            if fields:
                named[constraint.name] = (model, fields)
    return named


def _by_table() -> dict[str, type[models.Model]]:
    return {m._meta.db_table: m for m in apps.get_models(include_auto_created=True)}


def _field_names(model: type[models.Model], columns: list[str]) -> list[str]:
    by_column = {
        f.column: f.name for f in model._meta.concrete_fields if getattr(f, "column", None)
    }
    return [by_column.get(c.strip(), c.strip()) for c in columns]


def duplicate_fields(error: Exception) -> tuple[type[models.Model], list[str]] | None:
    """The model and fields whose uniqueness `error` reports, or None for other errors."""
    text = str(error)
    named = POSTGRES_NAME.search(text) or re.search(r"index '([^']+)'", text)
    if named and named.group(1) in _by_constraint_name():
        return _by_constraint_name()[named.group(1)]
    sqlite = SQLITE_COLUMNS.search(text)
    if sqlite:
        pairs = [item.rsplit(".", 1) for item in sqlite.group(1).split(", ")]
        model = _by_table().get(pairs[0][0])
        return (model, _field_names(model, [c for _t, c in pairs])) if model else None
    key = POSTGRES_KEY.search(text)
    if named and key:
        tables = [t for t in _by_table() if named.group(1).startswith(f"{t}_")]
        if tables:
            model = _by_table()[max(tables, key=len)]
            return model, _field_names(model, key.group(1).split(","))
    return None


def duplicate_error(error: Exception) -> ValidationFailed | None:
    """A 422 naming the field a person chose (the last of the constraint: `organisation` in
    partnership + organisation), or None when `error` is not about uniqueness."""
    found = duplicate_fields(error)
    if found is None:
        return None
    found_model, fields = found
    field = fields[-1]
    try:
        label = str(found_model._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:  # a column we could not map back: name it as the database does
        label = field
    return ValidationFailed(
        _("There is already one with this %(field)s.") % {"field": label},
        errors=[FieldError(field, _("Already taken: choose another."))],
    )


@contextmanager
def refusing_duplicates() -> Iterator[None]:
    """Run writes in a savepoint; a uniqueness violation becomes a 422 naming the field."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        refusal = duplicate_error(error)
        if refusal is None:
            raise
        raise refusal from error
