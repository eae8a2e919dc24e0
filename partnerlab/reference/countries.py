"""Countries: read from what people type (ISO codes or English names), and listed to choose."""

from __future__ import annotations

import functools

import pycountry
from django.utils import translation
from django_countries import countries


def country_code(value: str) -> str | None:
    """The ISO alpha-2 code for an alpha-2 or alpha-3 code or an English name; None if unknown.

    An empty value gives "" (no country).
    """
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        return None


@functools.cache
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    with translation.override(language):
        return tuple((code, str(name)) for code, name in countries)


def country_choices() -> list[tuple[str, str]]:
    """Every country as (code, name) in the interface language, sorted by that name; made once
    a language (django-countries translates and sorts the whole list on each use)."""
    return list(_country_choices(translation.get_language() or "en"))
