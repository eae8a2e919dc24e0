"""The import pages' shared steps: check an upload and keep it, import the kept file once on
confirmation, and offer a template file to fill in.

Each import page names its service, its template and what to say when done; the steps and
their refusals are the same everywhere: a bad file is listed row by row, a confirmation that
comes again says the file was already imported, and a reference to a file that is not kept
says so. Nothing is written until the confirmation, and then all of it or nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import openpyxl
from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from partnerlab.core import staging
from partnerlab.core.errors import DomainError
from partnerlab.core.tabular import InvalidFile, read_upload

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ImportPage:
    template: str
    purpose: str  # which kept files belong to this page
    run: Callable[..., Any]  # run(data=, filename=, dry_run=) -> the service's report
    done: Callable[[Any], str]  # what the import did, in a sentence
    done_url: str


def import_page(
    request: HttpRequest, page: ImportPage, form: forms.Form, context: dict[str, Any]
) -> HttpResponse:
    """Upload → preview (a dry run; the file is kept) → confirm (the kept file is imported)."""
    context = {"form": form, **context}
    if request.method == "POST" and "staged" in request.POST:
        return _confirm(request, page, context)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            data = read_upload(upload)
            context["report"] = page.run(data=data, filename=upload.name, dry_run=True)
        except InvalidFile as error:
            context["error"] = error
        else:
            context["staged"] = staging.keep(
                owner=request.user, purpose=page.purpose, name=upload.name, data=data
            )
    return render(request, page.template, context)


def _confirm(request: HttpRequest, page: ImportPage, context: dict[str, Any]) -> HttpResponse:
    def run(staged: Any) -> str:
        return page.done(page.run(data=bytes(staged.data), filename=staged.name, dry_run=False))

    try:
        outcome = staging.use(
            owner=request.user, pk=request.POST["staged"], purpose=page.purpose, action=run
        )
    except InvalidFile as error:  # what the file refers to changed since the preview
        return render(request, page.template, {**context, "error": error})
    except DomainError as error:  # not kept, or already imported
        if error.status == 403:
            raise
        return render(request, page.template, {**context, "error": error}, status=error.status)
    messages.success(request, outcome)
    return redirect(page.done_url)


def template_file(columns: list[str], example: dict[str, str], *, name: str, fmt: str) -> Any:
    """A file with the import's header row and one example row, as CSV or XLSX."""
    row = [example.get(column, "") for column in columns]
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows([columns, row])
        response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv")
    elif fmt == "xlsx":
        book = openpyxl.Workbook()
        book.active.append(columns)
        book.active.append(row)
        binary = io.BytesIO()
        book.save(binary)
        response = HttpResponse(binary.getvalue(), content_type=XLSX_TYPE)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
