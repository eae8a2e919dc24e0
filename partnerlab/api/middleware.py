"""Errors that never reach the API's own handlers (unknown paths, wrong methods) still get
the API's error shape; input no database can store is refused before any view sees it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.defaults import bad_request

from partnerlab.api.base import error_body

API_PREFIX = "/api/"


class ApiErrorShapeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400:
            return response
        if response.get("Content-Type", "").startswith("application/json"):
            return response
        messages = {
            404: ("not_found", _("Not found.")),
            405: ("method_not_allowed", _("This method is not allowed here.")),
        }
        code, message = messages.get(response.status_code, ("error", response.reason_phrase))
        return JsonResponse(
            error_body(response.status_code, code, message), status=response.status_code
        )


NUL = "\x00"


def _nul_in_data(value: Any, where: str = "") -> str | None:
    """Where in parsed JSON a text holds a NUL character (dotted, as the API names fields)."""
    if isinstance(value, str):
        return where if NUL in value else None
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, inner in items:
        here = f"{where}.{key}" if where else str(key)
        found = here if NUL in str(key) else _nul_in_data(inner, here)
        if found:
            return found.replace(NUL, "")
    return None


def _nul_in_pairs(pairs: Any) -> str | None:
    for key, values in pairs:
        if NUL in key or any(NUL in v for v in values):
            return str(key).replace(NUL, "")
    return None


class RefuseUnstorableInputMiddleware:
    """Text with a NUL character, which PostgreSQL cannot store and nobody types, and JSON
    nested deeper than can be read are refused before any view sees them: in the API a 422
    naming the field (a 400 `bad_request` for JSON that cannot be read), a 400 page elsewhere.
    (Uploaded files are not looked at: a file may hold any byte, and their own parsers judge
    them.)"""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = self.problem(request)
        if problem is None:
            return self.get_response(request)
        field, message = problem
        if request.path.startswith(API_PREFIX) and field is None:
            return JsonResponse(error_body(400, "bad_request", message), status=400)
        if request.path.startswith(API_PREFIX):
            errors = [{"field": field, "message": message}]
            body = error_body(422, "validation_error", _("The request is not valid."), errors)
            return JsonResponse(body, status=422)
        return bad_request(request, SuspiciousOperation(message))

    def problem(self, request: HttpRequest) -> tuple[str | None, str] | None:
        """The field at fault and why; no field when the body as a whole cannot be read."""
        no_nul = _("Remove the invisible NUL character from this text.")
        field = "path" if NUL in request.path else _nul_in_pairs(request.GET.lists())
        if field is None and request.method not in ("GET", "HEAD", "OPTIONS"):
            try:
                field = self.body_field(request)
            except RecursionError:
                return None, _("The JSON is nested too deeply.")
            except (ValueError, RequestDataTooBig):
                return None  # the view answers: invalid JSON (422) or too large (413)
        return None if field is None else (field, no_nul)

    def body_field(self, request: HttpRequest) -> str | None:
        content_type = request.content_type or ""
        if content_type == "application/x-www-form-urlencoded":
            return _nul_in_pairs(request.POST.lists())
        if content_type.endswith("json") and request.body:
            return _nul_in_data(json.loads(request.body))
        return None
