"""Parsing one line of JSON Lines from an uploaded file, whatever its nesting.

Python's json module answers a value nested a few thousand levels deep with RecursionError,
not with a decoding error; every reader of user-supplied JSON goes through here so that such
a line is reported like any other bad line.
"""

from __future__ import annotations

import json
from typing import Any


class TooDeep(ValueError):
    """The JSON value is nested too deeply to parse."""


def json_value(text: str) -> Any:
    """The JSON value in `text`; json.JSONDecodeError if it is not JSON, TooDeep if it is
    nested too deeply to read."""
    try:
        return json.loads(text)
    except RecursionError:
        raise TooDeep("nested too deeply") from None
