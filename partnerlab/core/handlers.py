from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils.translation import gettext as _


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = ""
    if isinstance(exception, MultiPartParserError):
        message = _(
            "The form and its file could not be read: the upload was malformed or cut off. "
            "Go back, choose the file again and send it once more."
        )
    return render(request, "400.html", {"message": message}, status=400)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    message = getattr(exception, "message", "") if exception else ""
    return render(request, "403.html", {"message": message}, status=403)
