"""`{% load display %}`: values stored as data, shown to people."""

from __future__ import annotations

from django import template

from partnerlab.core.formatting import human_dates

register = template.Library()


@register.filter(name="human_dates")
def human_dates_filter(value: object) -> str:
    """ISO dates inside a stored text, written as "3 Dec 2026" in the reader's language."""
    return human_dates("" if value is None else str(value))
