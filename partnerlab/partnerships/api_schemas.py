"""API schemas for the elements, made from the same forms the services validate with, so the
JSON field names are the form's (`partner`, `cited_inputs`…) and nothing drifts."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from django import forms
from ninja import Schema
from pydantic import Field, create_model

from partnerlab.core.forms import MAX_ID
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec
from partnerlab.partnerships.models import Partnership

Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _python_type(field: forms.Field) -> Any:
    if isinstance(field, forms.ModelMultipleChoiceField):
        return list[Id]
    if isinstance(field, forms.ModelChoiceField):
        return Id | None
    if isinstance(field, forms.BooleanField):
        return bool
    if isinstance(field, forms.DateField):
        return datetime.date | None
    if isinstance(field, forms.DecimalField):
        return Decimal
    if isinstance(field, forms.IntegerField):
        return Annotated[int, Field(ge=0, le=MAX_ID)] | None
    return str


def _fields(spec: ElementSpec) -> dict[str, forms.Field]:
    form = spec.form(partnership=Partnership(pk=0, cycle_id=0))  # lazy querysets: no query
    return dict(form.fields)


def out_schema(spec: ElementSpec) -> type[Schema]:
    fields: dict[str, Any] = {"id": (int, ...), "version": (int, ...)}
    if spec.key == "strands":
        fields["cause"] = (int, ...)
    for name, field in _fields(spec).items():
        fields[name] = (_python_type(field), None)
    return create_model(f"{_camel(spec.key)}Out", __base__=Schema, **fields)  # type: ignore[call-overload,no-any-return]


def in_schema(spec: ElementSpec, *, patch: bool) -> type[Schema]:
    fields: dict[str, Any] = {}
    if patch:
        fields["version"] = (int, ...)
    if spec.key == "strands" and not patch:
        fields["cause"] = (int, ...)
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
