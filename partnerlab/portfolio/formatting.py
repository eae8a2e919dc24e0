"""Numbers and shares as people read them, in the active language."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from babel.numbers import format_percent
from django.utils import formats
from django.utils.translation import get_language, to_locale


def _locale() -> str:
    return to_locale(get_language() or "en")


def number(value: int | Decimal) -> str:
    """A count or an amount, grouped as the language groups thousands (whole units)."""
    return formats.number_format(value, 0, use_l10n=True, force_grouping=True)


def percent(share: Fraction | None) -> str:
    """A share as a whole percentage ("67 %" in French), or a dash when there is none."""
    if share is None:
        return "—"
    return format_percent(float(share), locale=_locale())


def percent_value(share: Fraction | None) -> float | None:
    """A share as a number of per cent rounded to one decimal, for files and the API."""
    return None if share is None else round(float(share) * 100, 1)
