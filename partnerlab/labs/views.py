"""Pages for expressing interest in areas, forming small groups and starting ideas in them."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.actors.models import Organisation
from partnerlab.core.errors import Conflict, DomainError, NotAllowed
from partnerlab.core.forms import add_domain_errors, handle_form, parse_id
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.labs import permissions, selectors, services
from partnerlab.labs.forms import GroupForm, InterestForm
from partnerlab.labs.models import Group, Interest


def _speaks_for(request: HttpRequest) -> QuerySet[Organisation]:
    if getattr(request.user, "is_facilitator", False):
        return Organisation.objects.order_by("name")
    if not getattr(request.user, "is_partner", False):
        return Organisation.objects.none()
    return Organisation.objects.filter(pk__in=permissions.organisation_ids(request.user)).order_by(
        "name"
    )


def _require_participant(request: HttpRequest) -> None:
    user = request.user
    if not (getattr(user, "is_facilitator", False) or getattr(user, "is_partner", False)):
        raise NotAllowed(_("Only facilitators and partner representatives take part in groups."))


@login_required
def interest(request: HttpRequest, slug: str) -> HttpResponse:
    _require_participant(request)
    cycle = get_object_or_404(Cycle, slug=slug)
    organisations = _speaks_for(request)
    form = InterestForm(
        request.POST or None,
        areas=cycle.common_areas.order_by("name"),
        organisations=organisations,
        initial={"area": request.GET.get("area")},
    )
    recorded = handle_form(
        request,
        form,
        lambda: services.record_interest(
            by=request.user,
            area=form.cleaned_data["area"],
            organisation=form.cleaned_data["organisation"],
            brings=form.cleaned_data["brings"],
            role=form.cleaned_data["role"],
            note=form.cleaned_data["note"],
        ),
    )
    if recorded is not None:
        messages.success(request, _("Interest recorded."))
        return redirect("labs:interest", slug=slug)
    own = set(organisations.values_list("pk", flat=True))
    return render(
        request,
        "labs/interest.html",
        {
            "cycle": cycle,
            "areas": selectors.interest_by_area(cycle, today=timezone.localdate()),
            "form": form,
            "own": own,
        },
    )


def _own_interest(request: HttpRequest, pk: int) -> Interest:
    _require_participant(request)
    interest = get_object_or_404(
        Interest.objects.select_related("area__cycle", "organisation"), pk=pk
    )
    if interest.organisation_id not in set(_speaks_for(request).values_list("pk", flat=True)):
        raise Http404
    return interest


@login_required
def interest_edit(request: HttpRequest, pk: int) -> HttpResponse:
    interest = _own_interest(request, pk)
    form = InterestForm(
        request.POST or None,
        areas=interest.area.cycle.common_areas.filter(pk=interest.area_id),
        organisations=Organisation.objects.filter(pk=interest.organisation_id),
        initial={
            "area": interest.area_id,
            "organisation": interest.organisation_id,
            "brings": interest.brings,
            "role": interest.role,
            "note": interest.note,
            "version": interest.version,
        },
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_interest(
                by=request.user,
                interest=interest,
                brings=form.cleaned_data["brings"],
                role=form.cleaned_data["role"],
                note=form.cleaned_data["note"],
                expected_version=form.cleaned_data["version"],
            )
        except DomainError as error:
            if isinstance(error, Conflict):
                conflict = error
                form.data = form.data.copy()  # saving again is now a deliberate choice
                form.data["version"] = str(error.current_version)
            else:
                add_domain_errors(form, error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("labs:interest", slug=interest.area.cycle.slug)
    return render(
        request,
        "labs/interest_form.html",
        {"interest": interest, "form": form, "conflict": conflict},
    )


@login_required
@require_POST
def interest_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    interest = _own_interest(request, pk)
    slug = interest.area.cycle.slug
    try:
        services.withdraw_interest(
            by=request.user,
            interest=interest,
            expected_version=parse_id(request.POST.get("version")),
        )
    except Conflict as error:
        messages.error(request, error.message)
        return redirect("labs:interest", slug=slug)
    messages.success(request, _("Interest withdrawn."))
    return redirect("labs:interest", slug=slug)


@login_required
def group_list(request: HttpRequest, slug: str) -> HttpResponse:
    _require_participant(request)
    cycle = get_object_or_404(Cycle, slug=slug)
    form = None
    if getattr(request.user, "is_facilitator", False):
        form = GroupForm(request.POST or None, areas=cycle.common_areas.order_by("name"))
        group = handle_form(
            request,
            form,
            lambda: services.create_group(
                by=request.user,
                cycle=cycle,
                name=form.cleaned_data["name"],
                areas=form.cleaned_data["areas"],
                members=form.cleaned_data["members"],
            ),
        )
        if group is not None:
            messages.success(request, _("Group formed."))
            return redirect("labs:group_detail", pk=group.pk)
    groups = selectors.groups_of(cycle)
    if not getattr(request.user, "is_facilitator", False):
        groups = groups.filter(members__in=permissions.organisation_ids(request.user)).distinct()
    return render(request, "labs/group_list.html", {"cycle": cycle, "groups": groups, "form": form})


def group_for(request: HttpRequest, pk: int) -> Group:
    group = get_object_or_404(Group.objects.select_related("cycle"), pk=pk)
    if not permissions.can_view_group(request.user, group):
        raise Http404
    return group


def group_page(request: HttpRequest, group: Group, *, idea_form: Any = None) -> HttpResponse:
    """The group's page; its ideas and the form to start one come from the partnerships
    domain through the `group_ideas` template tag."""
    return render(
        request,
        "labs/group_detail.html",
        {
            "group": group,
            "cycle": group.cycle,
            "members": group.members.order_by("name"),
            "areas": group.areas.all(),
            "idea_form": idea_form,
        },
    )


@login_required
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return group_page(request, group_for(request, pk))


@login_required
def group_edit(request: HttpRequest, pk: int) -> HttpResponse:
    require_facilitator(request.user)
    group = get_object_or_404(Group.objects.select_related("cycle"), pk=pk)
    form = GroupForm(
        request.POST or None,
        areas=group.cycle.common_areas.order_by("name"),
        initial={
            "name": group.name,
            "areas": list(group.areas.all()),
            "members": list(group.members.all()),
            "version": group.version,
        },
    )
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.update_group(
                by=request.user,
                group=group,
                name=form.cleaned_data["name"],
                areas=form.cleaned_data["areas"],
                members=form.cleaned_data["members"],
                expected_version=form.cleaned_data["version"],
            )
        except DomainError as error:
            if isinstance(error, Conflict):
                conflict = error
                form.data = form.data.copy()  # saving again is now a deliberate choice
                form.data["version"] = str(error.current_version)
            else:
                add_domain_errors(form, error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("labs:group_detail", pk=pk)
    return render(
        request, "labs/group_form.html", {"group": group, "form": form, "conflict": conflict}
    )
