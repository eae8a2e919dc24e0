"""Reading a country from what people type: ISO codes or English names."""

from __future__ import annotations

import pycountry


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
