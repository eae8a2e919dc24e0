"""API schemas for the elements, made from the same forms the services validate with, so the
JSON field names are the form's (`partner`, `cited_inputs`…) and nothing drifts.

What a client may send follows the form (with bounds no database column overflows); what the
API answers follows the column, so every value the database can hold is a valid answer (an
empty `expected_benefit` is `null`, not a refused answer after a save).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from django import forms
from ninja import Schema
from pydantic import Field, create_model

from partnerlab.api.base import Id, Version
from partnerlab.core.forms import MAX_ID
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec
from partnerlab.partnerships.models import Partnership

Count = Annotated[int, Field(ge=0, le=MAX_ID)]

# (form field, what a client sends, what the column holds), the most specific field first.
TYPES: list[tuple[type[forms.Field], Any, Any]] = [
    (forms.ModelMultipleChoiceField, list[Id], list[int]),
    (forms.ModelChoiceField, Id | None, int),
    (forms.BooleanField, bool, bool),
    (forms.DateField, datetime.date | None, datetime.date),
    (forms.DecimalField, Decimal, Decimal),
    (forms.IntegerField, Count | None, int),
]


def _types(field: forms.Field) -> tuple[Any, Any]:
    for field_class, sent, held in TYPES:
        if isinstance(field, field_class):
            return sent, held
    return str, str


def _python_type(field: forms.Field) -> Any:
    return _types(field)[0]


def _answer_type(spec: ElementSpec, name: str, field: forms.Field) -> Any:
    """What the column holds, without the form's bounds; null where the column allows it."""
    held = _types(field)[1]
    return held | None if spec.model._meta.get_field(name).null else held


def _fields(spec: ElementSpec) -> dict[str, forms.Field]:
    form = spec.form(partnership=Partnership(pk=0, cycle_id=0))  # lazy querysets: no query
    return dict(form.fields)


def out_schema(spec: ElementSpec) -> type[Schema]:
    fields: dict[str, Any] = {"id": (int, ...), "version": (int, ...)}
    if spec.key == "strands":
        fields["cause"] = (int, ...)
    for name, field in _fields(spec).items():
        fields[name] = (_answer_type(spec, name, field), ...)
    return create_model(f"{_camel(spec.key)}Out", __base__=Schema, **fields)  # type: ignore[call-overload,no-any-return]


def in_schema(spec: ElementSpec, *, patch: bool) -> type[Schema]:
    fields: dict[str, Any] = {}
    if patch:
        fields["version"] = (Version, ...)
    if spec.key == "strands" and not patch:
        fields["cause"] = (Id, ...)
    for name, field in _fields(spec).items():
        kind = _python_type(field)
        required = field.required and not patch
        fields[name] = (kind, ...) if required else (kind | None, None)
    suffix = "Patch" if patch else "In"
    return create_model(f"{_camel(spec.key)}{suffix}", __base__=Schema, **fields)  # type: ignore[call-overload,no-any-return]


def _camel(key: str) -> str:
    return "".join(part.capitalize() for part in key.replace("-", "_").split("_"))


OUT = {key: out_schema(spec) for key, spec in ELEMENTS.items()}
IN = {key: in_schema(spec, patch=False) for key, spec in ELEMENTS.items()}
PATCH = {key: in_schema(spec, patch=True) for key, spec in ELEMENTS.items()}
