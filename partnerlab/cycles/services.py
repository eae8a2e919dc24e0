"""Every write to cycles and their thematic areas."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from partnerlab.accounts.models import User
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.forms import CycleForm, ThematicAreaForm
from partnerlab.cycles.models import Cycle, ThematicArea

CYCLE_FIELDS = list(CycleForm.Meta.fields)


def _validated(form: Any) -> Any:
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    return form


@transaction.atomic
def create_cycle(
    *, by: User, data: dict[str, Any], thematic_areas: list[dict[str, Any]] | None = None
) -> Cycle:
    require_facilitator(by)
    cycle: Cycle = _validated(CycleForm(data=data)).save()
    audit.record(
        actor=by, action="cycle.create", target=cycle, after=audit.snapshot(cycle, CYCLE_FIELDS)
    )
    for area in thematic_areas or []:
        add_thematic_area(by=by, cycle=cycle, data=area)
    return cycle


@transaction.atomic
def update_cycle(
    *, by: User, cycle: Cycle, changes: dict[str, Any], expected_version: int | None = None
) -> Cycle:
    require_facilitator(by)
    current = Cycle.objects.select_for_update().get(pk=cycle.pk)
    before = audit.snapshot(current, CYCLE_FIELDS)
    if expected_version is not None and expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_(
                "Someone else saved this cycle while you were editing it. "
                "Your changes were not saved; compare them with the current version below."
            ),
            current_version=current.version,
            current=before,
        )
    updated: Cycle = _validated(CycleForm(data={**before, **changes}, instance=current)).save(
        commit=False
    )
    after = audit.snapshot(updated, CYCLE_FIELDS)
    if after != before:
        updated.version = current.version + 1
        updated.save()
        audit.record(actor=by, action="cycle.update", target=updated, before=before, after=after)
    return updated


@transaction.atomic
def add_thematic_area(*, by: User, cycle: Cycle, data: dict[str, Any]) -> ThematicArea:
    require_facilitator(by)
    form = ThematicAreaForm(data=data, instance=ThematicArea(cycle=cycle))
    area: ThematicArea = _validated(form).save(commit=False)
    if ThematicArea.objects.filter(cycle=cycle, name__iexact=area.name).exists():
        raise ValidationFailed(
            _("This cycle already has that thematic area."),
            errors=[FieldError("name", _("Choose another name."))],
        )
    last = cycle.thematic_areas.aggregate(m=Max("position"))["m"]
    area.position = 0 if last is None else last + 1
    area.save()
    audit.record(
        actor=by,
        action="thematic_area.create",
        target=area,
        after=audit.snapshot(area, ["cycle_id", "name", "description", "position"]),
    )
    return area


@transaction.atomic
def update_thematic_area(*, by: User, area: ThematicArea, data: dict[str, Any]) -> ThematicArea:
    require_facilitator(by)
    fields = ["name", "description"]
    before = audit.snapshot(area, fields)
    updated: ThematicArea = _validated(
        ThematicAreaForm(data={**before, **data}, instance=area)
    ).save()
    audit.record(
        actor=by,
        action="thematic_area.update",
        target=updated,
        before=before,
        after=audit.snapshot(updated, fields),
    )
    return updated


@transaction.atomic
def remove_thematic_area(*, by: User, area: ThematicArea) -> None:
    require_facilitator(by)
    audit.record(
        actor=by,
        action="thematic_area.delete",
        target=area,
        before=audit.snapshot(area, ["cycle_id", "name", "description", "position"]),
    )
    area.delete()
