from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static

from partnerlab.core.forms import AuditFilterForm
from partnerlab.core.htmx import page_or_partial
from partnerlab.core.permissions import require_facilitator
from partnerlab.core.selectors import AuditFilters, audit_events


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and feed readers ask for /favicon.ico whatever the page links to."""
    return redirect(static("partnerlab/favicon.ico"), permanent=True)


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    require_facilitator(request.user)
    form = AuditFilterForm(request.GET or None)
    filters = AuditFilters(**form.cleaned_data) if form.is_valid() else AuditFilters()
    page = Paginator(audit_events(filters), 50).get_page(request.GET.get("page"))
    return page_or_partial(
        request,
        page="core/audit_log.html",
        partial="core/_audit_rows.html",
        context={"form": form, "page": page},
    )
