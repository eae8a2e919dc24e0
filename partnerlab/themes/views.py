"""Pages for finding themes in a cycle's inputs and curating them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.core.errors import DomainError
from partnerlab.core.forms import parse_id
from partnerlab.core.models import Job
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input
from partnerlab.reference.models import GcmObjective
from partnerlab.themes import carryover, selectors, services
from partnerlab.themes.models import Theme


def _cycle(request: HttpRequest, slug: str) -> Cycle:
    require_facilitator(request.user)
    return get_object_or_404(Cycle, slug=slug)


def _int(value: str | None) -> int | None:
    return parse_id(value)


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    cycle = _cycle(request, slug)
    theme_map = selectors.latest_map(cycle, _int(request.GET.get("version")))
    job_id = _int(request.GET.get("job"))
    job = Job.objects.filter(pk=job_id, kind="themes.discover").first() if job_id else None
    return render(
        request,
        "themes/overview.html",
        {
            "cycle": cycle,
            "theme_map": theme_map,
            "job": job,
            "summaries": selectors.summaries(theme_map) if theme_map else [],
            "unassigned": (
                selectors.unassigned_inputs(theme_map).only("id", "text", "language")[:100]
                if theme_map
                else []
            ),
            "history": selectors.history(theme_map)[:50] if theme_map else [],
            "carryover": carryover.outcome_lines(theme_map) if theme_map else None,
            "versions": cycle.theme_maps.order_by("-version").values_list("version", flat=True),
            "input_count": cycle.inputs.count(),
        },
    )


@login_required
@require_POST
def discover(request: HttpRequest, slug: str) -> HttpResponse:
    """Start a run; over an existing map, first a page of what is new and what will be carried
    over, whose button posts again with `confirm`."""
    cycle = _cycle(request, slug)
    min_size = _int(request.POST.get("min_size")) or 3
    n_themes = _int(request.POST.get("n_themes"))
    confirmed = request.POST.get("confirm") == "yes"
    if not confirmed:
        found = carryover.preview(cycle)
        if found.previous is not None:
            return render(
                request,
                "themes/discover_confirm.html",
                {"cycle": cycle, "preview": found, "min_size": min_size, "n_themes": n_themes},
            )
    try:
        job = services.start_discovery(
            by=request.user,
            cycle=cycle,
            min_size=min_size,
            n_themes=n_themes,
            confirmed=confirmed,
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("themes:overview", slug=slug)
    return redirect(reverse("themes:overview", args=[slug]) + f"?job={job.pk}")


@login_required
def job_progress(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The progress bar, polled by htmx until the job ends; then the page reloads."""
    _cycle(request, slug)
    job = get_object_or_404(Job, pk=pk, kind="themes.discover")
    response = render(request, "themes/_job.html", {"job": job, "cycle_slug": slug})
    if job.is_finished and request.htmx:  # type: ignore[attr-defined]
        response["HX-Redirect"] = reverse("themes:overview", args=[slug]) + (
            f"?job={job.pk}" if job.status == "failed" else ""
        )
    return response


def _theme(request: HttpRequest, pk: int) -> Theme:
    require_facilitator(request.user)
    return get_object_or_404(Theme.objects.select_related("theme_map__cycle"), pk=pk)


@login_required
def theme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    theme = _theme(request, pk)
    assignments = theme.assignments.select_related("input__organisation").order_by(
        "-primary", "input_id"
    )
    objectives = list(GcmObjective.objects.all())
    titles = {o.number: o.localized_title for o in objectives}
    return render(
        request,
        "themes/theme_detail.html",
        {
            "theme": theme,
            "cycle": theme.theme_map.cycle,
            "assignments": assignments,
            "others": theme.theme_map.themes.exclude(pk=theme.pk).filter(status="active"),
            "objectives": objectives,
            "suggestions": [
                {**g, "title": titles.get(g["number"], "")} for g in theme.gcm_suggestions
            ],
            "areas": theme.theme_map.cycle.thematic_areas.all(),
            "suggested": [g["number"] for g in theme.gcm_suggestions],
            "interest_closed": theme.theme_map.cycle.interest_closed(timezone.localdate()),
        },
    )


def _rename(request: HttpRequest, theme: Theme) -> Theme:
    return services.rename_theme(by=request.user, theme=theme, label=request.POST.get("label", ""))


def _drop(request: HttpRequest, theme: Theme) -> Theme:
    return services.drop_theme(by=request.user, theme=theme, reason=request.POST.get("reason", ""))


def _restore(request: HttpRequest, theme: Theme) -> Theme:
    return services.restore_theme(by=request.user, theme=theme)


def _split(request: HttpRequest, theme: Theme) -> Theme:
    return services.split_theme(by=request.user, theme=theme)[0]


def _move(request: HttpRequest, theme: Theme) -> Theme:
    target = theme.theme_map.themes.filter(pk=_int(request.POST.get("to"))).first()
    item = get_object_or_404(Input, pk=_int(request.POST.get("input")))
    services.move_input(by=request.user, theme_map=theme.theme_map, input=item, to=target)
    return theme


def _publish(request: HttpRequest, theme: Theme) -> Theme:
    post = request.POST
    area = services.publish_theme(
        by=request.user,
        theme=theme,
        name=post.get("name", ""),
        description=post.get("description", ""),
        thematic_area=theme.theme_map.cycle.thematic_areas.filter(
            pk=_int(post.get("thematic_area"))
        ).first(),
        gcm_numbers=[n for n in map(parse_id, post.getlist("gcm")) if n is not None],
    )
    messages.info(
        request, _("Published as the area of common interest “%(name)s”.") % {"name": area.name}
    )
    return theme


ACTIONS = {
    "rename": _rename,
    "drop": _drop,
    "restore": _restore,
    "split": _split,
    "move": _move,
    "publish": _publish,
}


@login_required
@require_POST
def theme_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    theme = _theme(request, pk)
    if action not in ACTIONS:
        raise Http404
    try:
        result = ACTIONS[action](request, theme)  # type: ignore[arg-type]
    except DomainError as error:
        messages.error(request, error.message)
        result = theme
    else:
        messages.success(request, _("Saved."))
    if not Theme.objects.filter(pk=result.pk).exists():
        return redirect("themes:overview", slug=theme.theme_map.cycle.slug)
    return redirect("themes:theme_detail", pk=result.pk)


@login_required
@require_POST
def merge(request: HttpRequest, slug: str) -> HttpResponse:
    cycle = _cycle(request, slug)
    ids = [i for i in map(parse_id, request.POST.getlist("themes")) if i is not None]
    themes = list(Theme.objects.filter(pk__in=ids, theme_map__cycle=cycle).order_by("position"))
    try:
        merged = services.merge_themes(
            by=request.user, themes=themes, label=request.POST.get("label", "")
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("themes:overview", slug=slug)
    messages.success(request, _("Themes merged."))
    return redirect("themes:theme_detail", pk=merged.pk)
