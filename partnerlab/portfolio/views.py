"""The portfolio dashboard (facilitators), its public summary (anyone signed in), and both as
CSV, XLSX and PDF."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.partnerships.models import Stage
from partnerlab.portfolio import charts, export
from partnerlab.portfolio.selectors import MONEY_AMOUNTS, MONEY_COLUMNS, dashboard

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def _page(request: HttpRequest, slug: str, *, full: bool) -> HttpResponse:
    cycle = get_object_or_404(Cycle, slug=slug)
    d = dashboard(cycle)
    context: dict[str, Any] = {
        "cycle": cycle,
        "d": d,
        "full": full,
        "stages": [str(label) for _key, label in Stage.choices],
        # ElementTree escaped every text of the charts: they are safe to inline.
        "charts": {name: mark_safe(svg) for name, svg in charts.all_charts(d).items()},
        "money_columns": MONEY_COLUMNS,
        "money_amounts": MONEY_AMOUNTS,
    }
    return render(request, "portfolio/dashboard.html", context)


@login_required
def dashboard_page(request: HttpRequest, slug: str) -> HttpResponse:
    require_facilitator(request.user)
    return _page(request, slug, full=True)


@login_required
def summary_page(request: HttpRequest, slug: str) -> HttpResponse:
    return _page(request, slug, full=False)


def _download(slug: str, fmt: str, *, full: bool) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    cycle = get_object_or_404(Cycle, slug=slug)
    d = dashboard(cycle)
    body = export.render(d, fmt, full=full)
    response = HttpResponse(body, content_type=FORMATS[fmt])
    name = f"portfolio-{cycle.slug}{'' if full else '-summary'}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def dashboard_download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    require_facilitator(request.user)
    return _download(slug, fmt, full=True)


@login_required
def summary_download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    return _download(slug, fmt, full=False)
