"""Values stored as data shown to people: ISO dates in text become dates in the reader's format.

History entries, audit values and signed proposal lines keep dates as ISO text (stable, and
the same whoever wrote them); they are turned into "3 Dec 2026" only when shown.
"""

from __future__ import annotations

import datetime
import re

from django.utils import formats, timezone

ISO = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b"
)


def _shown(match: re.Match[str]) -> str:
    text = match.group(0)
    try:
        if match.group(4) is None:
            return formats.date_format(datetime.date.fromisoformat(text), "DATE_FORMAT")
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text  # looks like a date but is none (2026-13-40): leave it as written
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "SHORT_DATETIME_FORMAT")


def human_dates(text: str) -> str:
    """`text` with every ISO date or date-time in it written in the active language's format."""
    return ISO.sub(_shown, text) if text else text
