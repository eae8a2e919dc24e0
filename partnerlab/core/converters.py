"""`<id:pk>` in page routes: a record's id, never more than a database column holds.

Django's `<int:…>` takes any number of digits, and a number past what the database holds made
some pages fail (SQLite cannot even bind it). A route with `<id:…>` does not match such a
number, so the page answers "not found" like for any id that does not exist.
"""

from __future__ import annotations

from django.urls import register_converter

from partnerlab.core.forms import MAX_ID


class IdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError(value)  # the route does not match: 404
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))


def register() -> None:
    register_converter(IdConverter, "id")
