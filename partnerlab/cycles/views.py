from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.core.errors import Conflict, DomainError
from partnerlab.core.forms import add_domain_errors, handle_form
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles import services
from partnerlab.cycles.forms import CycleForm, ThematicAreaForm
from partnerlab.cycles.models import Cycle, ThematicArea


@login_required
def cycle_list(request: HttpRequest) -> HttpResponse:
    cycles = Cycle.objects.prefetch_related("thematic_areas")
    return render(request, "cycles/cycle_list.html", {"cycles": cycles})


@login_required
def cycle_detail(request: HttpRequest, slug: str) -> HttpResponse:
    cycle = get_object_or_404(Cycle, slug=slug)
    area_form = ThematicAreaForm(request.POST or None)
    if request.method == "POST":
        require_facilitator(request.user)
        if area_form.is_valid():
            try:
                services.add_thematic_area(
                    by=request.user,
                    cycle=cycle,  # type: ignore[arg-type]
                    data=area_form.cleaned_data,
                )
            except DomainError as error:
                add_domain_errors(area_form, error)
            else:
                messages.success(request, _("Thematic area added."))
                return redirect("cycles:cycle_detail", slug=slug)
    return render(
        request,
        "cycles/cycle_detail.html",
        {
            "cycle": cycle,
            "areas": cycle.thematic_areas.all(),
            "area_form": area_form,
        },
    )


@login_required
def cycle_create(request: HttpRequest) -> HttpResponse:
    require_facilitator(request.user)
    form = CycleForm(request.POST or None)
    cycle = handle_form(
        request,
        form,
        lambda: services.create_cycle(by=request.user, data=request.POST),  # type: ignore[arg-type]
    )
    if cycle is not None:
        messages.success(request, _("Cycle created. Add its thematic areas below."))
        return redirect("cycles:cycle_detail", slug=cycle.slug)
    return render(request, "cycles/cycle_form.html", {"form": form})


@login_required
def cycle_edit(request: HttpRequest, slug: str) -> HttpResponse:
    require_facilitator(request.user)
    cycle = get_object_or_404(Cycle, slug=slug)
    form = CycleForm(request.POST or None, instance=cycle, initial={"version": cycle.version})
    form.fields["version"].required = True
    conflict = None
    if request.method == "POST" and form.is_valid():
        changes = {name: request.POST.get(name, "") for name in services.CYCLE_FIELDS}
        try:
            updated = services.update_cycle(
                by=request.user,
                cycle=cycle,
                changes=changes,  # type: ignore[arg-type]
                expected_version=form.cleaned_data.get("version"),
            )
        except Conflict as error:
            conflict = error
            form.data = form.data.copy()
            form.data["version"] = str(error.current_version)
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("cycles:cycle_detail", slug=updated.slug)
    return render(
        request, "cycles/cycle_form.html", {"form": form, "cycle": cycle, "conflict": conflict}
    )


@login_required
@require_POST
def area_remove(request: HttpRequest, pk: int) -> HttpResponse:
    area = get_object_or_404(ThematicArea.objects.select_related("cycle"), pk=pk)
    services.remove_thematic_area(by=request.user, area=area)  # type: ignore[arg-type]
    messages.success(request, _("Thematic area removed."))
    return redirect("cycles:cycle_detail", slug=area.cycle.slug)
