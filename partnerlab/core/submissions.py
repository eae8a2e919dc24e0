"""Each submission creates once: a double click, a retry or Back-and-submit gets the first answer.

Create forms carry a one-time key in a hidden field (`{% submission_token %}`); API clients may
send an `Idempotency-Key` header with a POST (the IETF httpapi draft, as Stripe uses it). The
first request with a key records it, runs the view and records the answer, all in one
transaction; the unique constraint on the key makes a concurrent second request wait for that
transaction and then answer what the first answered, marked `Idempotent-Replayed: true`.
An answer of 400 or more is not kept (its transaction is rolled back), so the same key may be
sent again once the problem is fixed.
"""

from __future__ import annotations

import datetime
import hashlib
import uuid
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.core.models import Submission

FIELD = "submission"
HEADER = "Idempotency-Key"
KEEP_FOR = datetime.timedelta(hours=24)
MAX_KEY = 200
REPLAYED_HEADERS = ("Content-Type", "Location")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
API_PREFIX = "/api/"


def new_token() -> str:
    return uuid.uuid4().hex


class SubmitOnceMiddleware:
    """Runs a POST that carries a submission key at most once per key."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _key(request) if request.method == "POST" else ""
        if not key:
            return self.get_response(request)
        if len(key) > MAX_KEY or not key.isprintable():
            return _refuse(request, _("The submission key must be 1 to 200 printable characters."))
        with transaction.atomic():
            claim, first = _claim(scope=_scope(request), key=key, fingerprint=_fingerprint(request))
            if not first and claim.request != _fingerprint(request) and not _is_api(request):
                # A form sent again with other content (Back, edit, send): the person meant a
                # new submission, so it runs as one; replaying the first answer would drop it.
                return self.get_response(request)
            if not first:
                return _replay(request, claim)
            response = self.get_response(request)
            if response.status_code >= 400 or response.streaming:
                transaction.set_rollback(True)  # nothing kept: the same key may be sent again
                return response
            _record(claim, response)
        return response


def _key(request: HttpRequest) -> str:
    header = request.headers.get(HEADER, "").strip()
    if header or _is_api(request):  # the API reads its own bodies
        return header
    if request.content_type in FORM_TYPES:
        return str(request.POST.get(FIELD, "")).strip()
    return ""


def _scope(request: HttpRequest) -> str:
    """Whose key it is: keys chosen by API clients only have to be unique for their sender."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    authorization = request.headers.get("Authorization", "")
    if authorization:  # an API token, resolved by the API itself later
        return "auth:" + hashlib.sha256(authorization.encode()).hexdigest()[:40]
    return "anonymous"  # public forms: their keys are random and never shown to anyone else


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith(API_PREFIX)


def _fingerprint(request: HttpRequest) -> str:
    digest = hashlib.sha256(f"{request.method} {request.path}".encode())
    if request.content_type not in FORM_TYPES:  # an API body
        digest.update(request.body)
        return digest.hexdigest()
    # A form's fields as sent (not the CSRF token, which may be rotated between two sends).
    fields = sorted(
        (k, v) for k, vs in request.POST.lists() for v in vs if k != "csrfmiddlewaretoken"
    )
    files = sorted((k, f.name or "", f.size or 0) for k, fs in request.FILES.lists() for f in fs)
    digest.update(repr((fields, files)).encode())
    return digest.hexdigest()


def _claim(*, scope: str, key: str, fingerprint: str) -> tuple[Submission, bool]:
    """This key's record and whether it is new; else, once the first request's transaction
    has ended (the unique constraint makes this one wait), the answer it recorded."""
    try:
        with transaction.atomic():
            claim = Submission.objects.create(scope=scope, key=key, request=fingerprint)
    except IntegrityError:
        return Submission.objects.get(scope=scope, key=key), False
    Submission.objects.filter(created_at__lt=timezone.now() - KEEP_FOR).delete()
    return claim, True


def _record(claim: Submission, response: HttpResponse) -> None:
    headers = {name: response[name] for name in REPLAYED_HEADERS if name in response}
    headers.update({k: v for k, v in response.headers.items() if k.lower().startswith("hx-")})
    Submission.objects.filter(pk=claim.pk).update(
        status=response.status_code, headers=headers, body=response.content
    )


def _replay(request: HttpRequest, claim: Submission) -> HttpResponse:
    if claim.request != _fingerprint(request):
        return _refuse(request, _("This submission key was already used for another request."))
    response = HttpResponse(bytes(claim.body), status=claim.status)
    for name, value in claim.headers.items():
        response[name] = value
    response["Idempotent-Replayed"] = "true"
    return response


def _refuse(request: HttpRequest, message: str) -> HttpResponse:
    if not _is_api(request):
        return render(request, "400.html", {"message": message}, status=422)
    field = HEADER if HEADER in request.headers else FIELD
    body = {"status": 422, "code": "validation_error", "message": message}
    return JsonResponse({**body, "errors": [{"field": field, "message": message}]}, status=422)
