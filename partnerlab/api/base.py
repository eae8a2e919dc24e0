"""Authentication, the error shape and pagination shared by every endpoint."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Annotated, Any

from django.core.exceptions import (
    BadRequest,
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
)
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import PageNumberPagination
from ninja.security import HttpBearer, SessionAuth
from ninja.utils import check_csrf
from pydantic import Field

from partnerlab.accounts.services import user_for_api_token
from partnerlab.core.errors import Conflict, DomainError, NotAllowed
from partnerlab.core.forms import MAX_ID
from partnerlab.core.integrity import duplicate_error
from partnerlab.core.limits import RateLimited

log = logging.getLogger(__name__)


class ErrorItem(Schema):
    field: str
    message: str


class Error(Schema):
    """Every error the API returns has this shape."""

    status: int
    code: str
    message: str
    errors: list[ErrorItem]


class PersonOut(Schema):
    """A person as the viewer may see them: `email` is null unless the viewer may see contacts
    (facilitators, the person, representatives of the same organisation)."""

    id: int
    name: str
    email: str | None


class ConflictError(Error):
    current_version: int
    current: dict[str, Any]


class TokenAuth(HttpBearer):
    """`Authorization: Bearer plab_…` with a personal API token."""

    openapi_scheme = "bearer"

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_api_token(token)
        if user is not None:
            request.user = user
        return user


class CsrfFailed(NotAllowed):
    code = "csrf_failed"


class BrowserSessionAuth(SessionAuth):
    """The signed-in browser session. Without one the request is simply unauthenticated (401),
    whatever its method; with one, unsafe methods also need the CSRF token (a clear 403)."""

    def __init__(self) -> None:
        super().__init__(csrf=False)  # checked below, once we know there is a session

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if not request.user.is_authenticated:
            return None
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise CsrfFailed(
                _(
                    "A signed-in browser session must send its CSRF token (X-CSRFToken header) "
                    "with this method; scripts should use an API token instead."
                )
            )
        return request.user


# Token first, then the browser session.
AUTH = [TokenAuth(), BrowserSessionAuth()]


SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def one_transaction(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Every change made through the API is one transaction, undone when the answer is a server
    error: a client is never told "500" about something that was in fact saved (and a retry then
    refused as a duplicate). Reads run as they are."""
    operation = getattr(run, "__self__", None)
    if operation is not None and set(operation.methods) <= SAFE_METHODS:
        return run

    @functools.wraps(run)
    def run_in_one_transaction(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with transaction.atomic():
            response = run(request, *args, **kwargs)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response

    return run_in_one_transaction


# Every whole number a client sends is bounded, so none can overflow a database column (a
# test walks the OpenAPI schema for any that is not).
Id = Annotated[int, Field(ge=1, le=MAX_ID)]  # a record's id, in a path, a query or a body
Version = Annotated[int, Field(ge=0, le=MAX_ID)]  # the version edited (0: none yet)
Year = Annotated[int, Field(ge=1, le=9999)]


class Pagination(PageNumberPagination):
    """`?page=N&page_size=M` (at most 200); answers `{"items": [...], "count": total}`. A page
    past the last is empty; a page number no database could reach is refused (422)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_ID)
        page_size: int | None = Field(None, ge=1, le=MAX_ID)


def error_body(
    status: int, code: str, message: str, errors: list[dict[str, str]] | None = None
) -> dict[str, Any]:
    return {"status": status, "code": code, "message": message, "errors": errors or []}


def _location(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "payload", "data")]
    return ".".join(parts) or "__all__"


def install_error_handlers(api: NinjaAPI) -> None:
    def respond(request: HttpRequest, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=body["status"])

    @api.exception_handler(Conflict)
    def conflict(request: HttpRequest, exc: Conflict) -> HttpResponse:
        body = error_body(409, exc.code, exc.message)
        body.update(current_version=exc.current_version, current=exc.current)
        return respond(request, body)

    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = respond(request, error_body(429, exc.code, exc.message))
        response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(DomainError)
    def domain(request: HttpRequest, exc: DomainError) -> HttpResponse:
        errors = [{"field": e.field, "message": e.message} for e in exc.errors]
        return respond(request, error_body(exc.status, exc.code, exc.message, errors))

    @api.exception_handler(NinjaValidationError)
    def invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors = [
            {"field": _location(e.get("loc", ())), "message": str(e.get("msg", ""))}
            for e in exc.errors
        ]
        return respond(
            request, error_body(422, "validation_error", _("The request is not valid."), errors)
        )

    _install_http_handlers(api, respond)


def _install_http_handlers(api: NinjaAPI, respond: Any) -> None:
    """Errors raised by Django or django-ninja rather than by our services."""

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
        return respond(
            request,
            error_body(
                401,
                "not_authenticated",
                _("Sign in or send an API token: Authorization: Bearer <token>."),
            ),
        )

    @api.exception_handler(NotAllowed)
    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
        message = getattr(exc, "message", "") or _("You may not do this.")
        return respond(request, error_body(403, getattr(exc, "code", "forbidden"), message))

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        return respond(request, error_body(404, "not_found", _("Not found.")))

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        codes = {
            400: "bad_request",
            401: "not_authenticated",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
            409: "conflict",
            429: "rate_limited",
        }
        return respond(
            request, error_body(exc.status_code, codes.get(exc.status_code, "error"), str(exc))
        )

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
        return respond(request, error_body(413, "too_large", _("The request is too large.")))

    # A body Django cannot parse (a multipart upload without its boundary, too many fields):
    # the client's mistake, whichever endpoint it was sent to.
    @api.exception_handler(MultiPartParserError)
    @api.exception_handler(SuspiciousOperation)
    @api.exception_handler(BadRequest)
    def unreadable(request: HttpRequest, exc: Exception) -> HttpResponse:
        message = _("The request body could not be read: %(reason)s") % {"reason": exc}
        return respond(request, error_body(400, "bad_request", message))

    @api.exception_handler(IntegrityError)
    def duplicate(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
        refusal = duplicate_error(exc)
        if refusal is None:
            return server_error(request, exc)
        errors = [{"field": e.field, "message": e.message} for e in refusal.errors]
        return respond(request, error_body(422, refusal.code, refusal.message, errors))

    @api.exception_handler(Exception)
    def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        log.exception("API error on %s %s", request.method, request.path)
        return respond(
            request, error_body(500, "server_error", _("Something went wrong on our side."))
        )


ERRORS = {400: Error, 401: Error, 403: Error, 404: Error, 422: Error}
LIMITED_ERRORS = {**ERRORS, 429: Error}
