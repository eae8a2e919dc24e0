"""Domain errors raised by service functions and turned into messages by views and the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class DomainError(Exception):
    """A request the domain refuses; `code` is stable, `message` is for people."""

    code = "invalid"
    status = 400

    def __init__(self, message: str, *, errors: list[FieldError] | None = None) -> None:
        super().__init__(str(message))
        self.message = str(message)
        self.errors = list(errors or [])


class ValidationFailed(DomainError):
    code = "validation_error"
    status = 422


class NotAllowed(DomainError, PermissionDenied):
    code = "forbidden"
    status = 403


class NotFound(DomainError, Http404):
    code = "not_found"
    status = 404


class Conflict(DomainError):
    """Someone else saved a newer version: nothing is overwritten, both versions are returned."""

    code = "conflict"
    status = 409

    def __init__(self, message: str, *, current_version: int, current: dict[str, Any]) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.current = current
