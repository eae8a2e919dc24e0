"""The pages of a partnership idea: its summary and workplan, the six stages, charts, history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.core.errors import Conflict, DomainError
from partnerlab.core.forms import handle_form, parse_id, posted_version
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.labs.selectors import counted_groups
from partnerlab.partnerships import charts, permissions, sections, selectors, services, stages
from partnerlab.partnerships.element_views import citations, readable_values, viewable
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.forms import IdeaForm, PartnershipForm
from partnerlab.partnerships.models import Partnership, Stage

STAGE_CHARTS = {
    Stage.FISHBONE: "fishbone",
    Stage.SEQUENCING: "change-space",
    Stage.DESIGN_SPACE: "design-space",
    Stage.DESIGN: "gantt",
}


def _common(request: HttpRequest, partnership: Partnership) -> dict[str, object]:
    current = stages.index(partnership.stage)
    return {
        "partnership": partnership,
        "may_edit": permissions.can_edit(request.user, partnership),
        "stage_track": [
            {
                "key": key,
                "label": label,
                "number": i + 1,
                "state": "done" if i < current else "current" if i == current else "later",
            }
            for i, (key, label) in enumerate(Stage.choices)
        ],
        "earlier_stages": [(k, label) for k, label in Stage.choices[:current]],
    }


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    context = {
        **_common(request, partnership),
        "form": PartnershipForm(instance=partnership),
        "sections": [
            sections.build(request.user, partnership, key) for key in sections.DETAIL_SECTIONS
        ],
        "missing": stages.missing_to_advance(partnership),
        "stage_changes": partnership.stage_changes.select_related("by")[:20],
        "today": timezone.localdate(),
    }
    return render(request, "partnerships/detail.html", context)


@login_required
def stage(request: HttpRequest, pk: int, stage: str) -> HttpResponse:
    partnership = viewable(request, pk)
    if stage not in stages.ORDER:
        raise Http404
    built = [
        sections.build(request.user, partnership, key) for key in sections.STAGE_SECTIONS[stage]
    ]
    context = {
        **_common(request, partnership),
        "stage": stage,
        "stage_label": dict(Stage.choices)[stage],
        "sections": built,
        "chart": STAGE_CHARTS.get(stage),
        "missing": stages.missing_to_advance(partnership) if stage == partnership.stage else [],
        "history": selectors.history(partnership, section=stage)[:15],
    }
    if stage == Stage.PROBLEM:
        problem = partnership.problem
        context["problem"] = problem
        context["problem_spec"] = ELEMENTS["problem"]
        context["problem_form"] = ELEMENTS["problem"].form(
            instance=problem, partnership=partnership, initial={"version": problem.version}
        )
        context.update(citations(partnership, context["problem_form"]))
    elif stage == Stage.FISHBONE:
        context.update(citations(partnership))
    if stage == Stage.DESIGN:
        context["totals"] = selectors.budget_totals(partnership)
    return render(request, "partnerships/stage.html", context)


@login_required
def stage_check(request: HttpRequest, pk: int) -> HttpResponse:
    """What the current stage still needs, refreshed after each edit."""
    partnership = viewable(request, pk)
    return render(
        request,
        "partnerships/_stage_check.html",
        {**_common(request, partnership), "missing": stages.missing_to_advance(partnership)},
    )


@login_required
def chart(request: HttpRequest, pk: int, name: str, fmt: str) -> HttpResponse:
    partnership = viewable(request, pk)
    if name not in charts.CHARTS or fmt not in ("svg", "png"):
        raise Http404
    if request.GET.get("fragment"):
        return render(
            request, "partnerships/_chart_img.html", {"partnership": partnership, "chart": name}
        )
    svg = charts.CHARTS[name](partnership)
    if fmt == "svg":
        response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    else:
        from partnerlab.partnerships.drawing import svg_to_png

        response = HttpResponse(svg_to_png(svg), content_type="image/png")
    if request.GET.get("download"):
        filename = f"{slugify(partnership.title)[:60] or 'partnership'}-{name}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    section = request.GET.get("section")
    revisions = selectors.history(partnership, section=section)[:200]
    if request.GET.get("fragment"):
        return render(
            request,
            "partnerships/_revisions.html",
            {"partnership": partnership, "revisions": revisions[:15]},
        )
    return render(
        request,
        "partnerships/history.html",
        {**_common(request, partnership), "revisions": revisions, "section": section},
    )


@login_required
def revision(request: HttpRequest, pk: int, revision_id: int) -> HttpResponse:
    partnership = viewable(request, pk)
    rev = get_object_or_404(partnership.revisions.select_related("by"), pk=revision_id)
    spec = ELEMENTS.get(rev.element_type)
    form = spec.form(partnership=partnership) if spec else PartnershipForm()
    before = {name: shown for name, _label, shown in readable_values(form, rev.before or {})}
    rows = [
        (label, shown, before.get(name, "—"))
        for name, label, shown in readable_values(form, rev.data)
    ]
    return render(
        request,
        "partnerships/revision.html",
        {**_common(request, partnership), "revision": rev, "rows": rows},
    )


def _after_move(
    request: HttpRequest, partnership: Partnership, error: DomainError | None
) -> HttpResponse:
    if error is not None:
        if error.status == 403:
            raise error  # type: ignore[misc]
        messages.error(request, error.message)
        for item in error.errors:
            messages.error(request, item.message)
    return redirect("partnerships:detail", pk=partnership.pk)


@login_required
@require_POST
def update(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    form = PartnershipForm(request.POST, instance=Partnership(pk=partnership.pk))
    try:
        services.update_partnership(
            by=request.user,
            partnership=partnership,
            data={k: request.POST.get(k) for k in ("title", "summary")},
            expected_version=posted_version(request),
        )
    except Conflict as error:
        form.is_valid()
        return render(
            request,
            "partnerships/idea_form.html",
            {**_common(request, partnership), "form": form, "conflict": error},
        )
    except DomainError as error:
        return _after_move(request, partnership, error)
    messages.success(request, _("Changes saved."))
    return redirect("partnerships:detail", pk=pk)


@login_required
@require_POST
def advance(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    try:
        moved = services.advance_stage(
            by=request.user, partnership=partnership, expected_version=posted_version(request)
        )
    except DomainError as error:
        return _after_move(request, partnership, error)
    messages.success(
        request, _("The group moved on to: %(stage)s.") % {"stage": moved.get_stage_display()}
    )
    return redirect("partnerships:stage", pk=pk, stage=moved.stage)


@login_required
@require_POST
def go_back(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    try:
        moved = services.return_to_stage(
            by=request.user,
            partnership=partnership,
            stage=request.POST.get("stage", ""),
            reason=request.POST.get("reason", ""),
            expected_version=posted_version(request),
        )
    except DomainError as error:
        return _after_move(request, partnership, error)
    messages.success(
        request, _("The group went back to: %(stage)s.") % {"stage": moved.get_stage_display()}
    )
    return redirect("partnerships:stage", pk=pk, stage=moved.stage)


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    partnership = viewable(request, pk)
    try:
        services.set_published(
            by=request.user,
            partnership=partnership,
            published=request.POST.get("published") == "1",
            expected_version=posted_version(request),
        )
    except DomainError as error:
        return _after_move(request, partnership, error)
    return redirect("partnerships:detail", pk=pk)


OVERVIEW_PAGE_SIZE = 50


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    """Every group and idea of the cycle, for facilitators: stage, silence, overdue, gaps."""
    require_facilitator(request.user)
    cycle = get_object_or_404(Cycle, slug=slug)
    group = request.GET.get("group", "")
    queryset = selectors.filtered(
        cycle.partnerships.all(),
        stage=request.GET.get("stage", ""),
        group=parse_id(group),
        q=request.GET.get("q", ""),
    )
    if request.GET.get("overdue"):
        queryset = queryset.filter(
            tasks__due_on__lt=timezone.localdate(), tasks__status__in=["open", "in_progress"]
        ).distinct()
    sort = request.GET.get("sort", "stage")
    rows = selectors.rows(queryset, today=timezone.localdate(), sort=sort)
    page = Paginator(rows, OVERVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    group_rows = list(counted_groups(cycle))  # the filter's choices and the list of groups
    return render(
        request,
        "partnerships/overview.html",
        {
            "cycle": cycle,
            "rows": page.object_list,
            "page": page,
            "sort": sort,
            "group_rows": group_rows,
            "columns": idea_columns(show_group=True),
            "stages": Stage.choices,
            "params": request.GET,
        },
    )


def idea_columns(*, show_group: bool) -> list[tuple[str, str]]:
    columns = [("title", _("Idea and lead partner"))]
    if show_group:
        columns.append(("group", _("Group")))
    return [
        *columns,
        ("stage", _("Stage")),
        ("days", _("Days since last change")),
        ("overdue", _("Overdue / open tasks")),
        ("gaps", _("Partners not yet authorized")),
    ]


@login_required
@require_POST
def idea_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Start an idea from the group's page; a refusal shows that page again, form kept."""
    from partnerlab.labs.views import group_for, group_page

    group = group_for(request, pk)
    form = IdeaForm(request.POST, members=group.members.order_by("name"))
    idea = handle_form(
        request,
        form,
        lambda: services.create_partnership(
            by=request.user,
            group=group,
            title=form.cleaned_data["title"],
            summary=form.cleaned_data["summary"],
            lead=form.cleaned_data["lead"],
        ),
    )
    if idea is None:
        return group_page(request, group, idea_form=form)
    messages.success(request, _("Idea added. Start with the problem."))
    return redirect("partnerships:stage", pk=idea.pk, stage="problem")
