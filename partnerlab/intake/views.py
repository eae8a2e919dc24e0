"""Pages for consultations, inputs, their import, and the public survey form."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.core import limits
from partnerlab.core.errors import DomainError
from partnerlab.core.forms import handle_form
from partnerlab.core.htmx import page_or_partial
from partnerlab.core.import_pages import ImportPage, import_page, template_file
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.intake import selectors, services
from partnerlab.intake.forms import ConsultationForm, InputImportForm, SurveyForm
from partnerlab.intake.imports import TEMPLATE_COLUMNS, TEMPLATE_EXAMPLE, import_inputs
from partnerlab.intake.models import Consultation, SurveyLink

IMPORT_PURPOSE = "intake.inputs"


def _cycle_for_facilitator(request: HttpRequest, slug: str) -> Cycle:
    require_facilitator(request.user)
    return get_object_or_404(Cycle, slug=slug)


@login_required
def consultation_list(request: HttpRequest, slug: str) -> HttpResponse:
    cycle = _cycle_for_facilitator(request, slug)
    form = ConsultationForm(request.POST or None)
    added = handle_form(
        request,
        form,
        lambda: services.create_consultation(by=request.user, cycle=cycle, data=request.POST),  # type: ignore[arg-type]
    )
    if added is not None:
        messages.success(request, _("Consultation added."))
        return redirect("intake:consultation_list", slug=slug)
    return render(
        request,
        "intake/consultation_list.html",
        {
            "cycle": cycle,
            "consultations": selectors.consultations_of(cycle),
            "form": form,
        },
    )


@login_required
def consultation_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    cycle = _cycle_for_facilitator(request, slug)
    consultation = get_object_or_404(Consultation, cycle=cycle, pk=pk)
    if request.method == "POST":
        try:
            services.open_survey_link(by=request.user, consultation=consultation)  # type: ignore[arg-type]
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("A new survey link is open."))
        return redirect("intake:consultation_detail", slug=slug, pk=pk)
    return render(
        request,
        "intake/consultation_detail.html",
        {
            "cycle": cycle,
            "consultation": consultation,
            "links": consultation.survey_links.order_by("-created_at"),
            "inputs": consultation.inputs.select_related("organisation")[:50],
        },
    )


@login_required
@require_POST
def survey_link_close(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    _cycle_for_facilitator(request, slug)
    link = get_object_or_404(
        SurveyLink.objects.select_related("consultation"), pk=pk, consultation__cycle__slug=slug
    )
    services.close_survey_link(by=request.user, link=link)  # type: ignore[arg-type]
    messages.success(request, _("The survey link is closed."))
    return redirect("intake:consultation_detail", slug=slug, pk=link.consultation_id)


@login_required
def input_list(request: HttpRequest, slug: str) -> HttpResponse:
    cycle = _cycle_for_facilitator(request, slug)
    found = selectors.filter_inputs(cycle, request.GET)
    page = Paginator(found.qs, 50).get_page(request.GET.get("page"))
    return page_or_partial(
        request,
        page="intake/input_list.html",
        partial="intake/_input_rows.html",
        context={"cycle": cycle, "filter": found, "page": page},
    )


@login_required
def input_import(request: HttpRequest, slug: str) -> HttpResponse:
    """Upload a file and see what it would add; the file is kept until it is confirmed."""
    cycle = _cycle_for_facilitator(request, slug)
    page = ImportPage(
        template="intake/input_import.html",
        purpose=IMPORT_PURPOSE,
        run=partial(import_inputs, by=request.user, cycle=cycle),
        done=lambda report: (
            _("%(added)d input(s) added; %(skipped)d already in the cycle.")
            % {"added": report.added, "skipped": len(report.skipped)}
        ),
        done_url=reverse("intake:input_list", args=[cycle.slug]),
    )
    form = InputImportForm(request.POST or None, request.FILES or None)
    return import_page(request, page, form, {"cycle": cycle})


@login_required
def input_import_template(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """A file to fill in: the import's columns and one example row."""
    _cycle_for_facilitator(request, slug)
    return template_file(TEMPLATE_COLUMNS, TEMPLATE_EXAMPLE, name="inputs-template", fmt=fmt)


# Per client IP, then per link whatever the IP (a flood spread over many addresses).
SURVEY_LIMITS = (
    limits.Limit("survey.ip", "SURVEY_IP_RATE", "ip"),
    limits.Limit("survey.link", "SURVEY_LINK_RATE", lambda group, request: request.path),
)


def survey(request: HttpRequest, token: str) -> HttpResponse:
    """The public survey form: no account needed, only the link."""
    link = get_object_or_404(SurveyLink.objects.select_related("consultation__cycle"), token=token)
    if not link.is_open:
        return render(request, "intake/survey_closed.html", {"link": link}, status=410)
    form = SurveyForm(request.POST or None)
    wait = limits.exceeded(request, SURVEY_LIMITS) if request.method == "POST" else None
    if wait is not None:
        # Nothing is saved; the form comes back as typed, to send again once the wait is over.
        context = {"form": form, "link": link, "throttled": True}
        return limits.too_many(request, "intake/survey.html", context, wait)
    sent = handle_form(
        request,
        form,
        lambda: services.submit_survey(
            link=link, data=request.POST, language=get_language() or "en"
        ),
    )
    if sent is not None:
        return render(request, "intake/survey_thanks.html", {"link": link})
    return render(request, "intake/survey.html", {"form": form, "link": link})
