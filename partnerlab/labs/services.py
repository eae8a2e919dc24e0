"""Every write to expressions of interest and small groups."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation
from partnerlab.actors.permissions import represents
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.labs.models import Contribution, Group, Interest, PartnerRole
from partnerlab.themes.models import CommonArea

INTEREST_FIELDS = ["area_id", "organisation_id", "brings", "role", "note", "version"]


def _may_speak_for(by: Any, organisation: Organisation) -> None:
    if getattr(by, "is_facilitator", False):
        return
    if getattr(by, "is_partner", False) and represents(by, organisation):
        return
    raise NotAllowed(_("You may record interest only for an organisation you represent."))


def _clean_interest(brings: Iterable[str], role: str) -> list[str]:
    errors = []
    values = list(dict.fromkeys(brings))
    if not values:
        errors.append(FieldError("brings", _("Say what the organisation brings.")))
    elif any(v not in Contribution.values for v in values):
        errors.append(FieldError("brings", _("Unknown contribution.")))
    if role not in PartnerRole.values:
        errors.append(FieldError("role", _("Choose lead, partner or auxiliary.")))
    if errors:
        raise ValidationFailed(_("Some fields need attention."), errors=errors)
    return values


@transaction.atomic
def record_interest(
    *,
    by: Any,
    area: CommonArea,
    organisation: Organisation,
    brings: Iterable[str],
    role: str,
    note: str = "",
) -> Interest:
    _may_speak_for(by, organisation)
    values = _clean_interest(brings, role)
    if role != PartnerRole.AUXILIARY and not organisation.is_forum_member:
        raise ValidationFailed(
            _("%(name)s is not a forum member: it can join as an auxiliary partner.")
            % {"name": organisation},
            errors=[FieldError("role", _("Choose auxiliary partner."))],
        )
    if Interest.objects.filter(area=area, organisation=organisation).exists():
        raise ValidationFailed(
            _("%(name)s has already expressed interest in this area; edit it instead.")
            % {"name": organisation}
        )
    interest = Interest.objects.create(
        area=area,
        organisation=organisation,
        brings=values,
        role=role,
        note=note.strip(),
        recorded_by=by if getattr(by, "is_authenticated", False) else None,
    )
    audit.record(
        actor=by,
        action="interest.create",
        target=interest,
        after=audit.snapshot(interest, INTEREST_FIELDS),
    )
    return interest


@transaction.atomic
def update_interest(
    *,
    by: Any,
    interest: Interest,
    brings: Iterable[str],
    role: str,
    note: str,
    expected_version: int | None,
) -> Interest:
    current = (
        Interest.objects.select_for_update().select_related("organisation").get(pk=interest.pk)
    )
    _may_speak_for(by, current.organisation)
    before = audit.snapshot(current, INTEREST_FIELDS)
    if expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_("Someone else changed this expression of interest; nothing was saved."),
            current_version=current.version,
            current=before,
        )
    current.brings = _clean_interest(brings, role)
    current.role = role
    current.note = note.strip()
    current.version += 1
    current.save()
    audit.record(
        actor=by,
        action="interest.update",
        target=current,
        before=before,
        after=audit.snapshot(current, INTEREST_FIELDS),
    )
    return current


@transaction.atomic
def withdraw_interest(*, by: Any, interest: Interest, expected_version: int | None) -> None:
    _may_speak_for(by, interest.organisation)
    current = Interest.objects.select_for_update().get(pk=interest.pk)
    if expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_("Someone else changed this expression of interest; nothing was withdrawn."),
            current_version=current.version,
            current=audit.snapshot(current, INTEREST_FIELDS),
        )
    audit.record(
        actor=by,
        action="interest.delete",
        target=interest,
        before=audit.snapshot(interest, INTEREST_FIELDS),
    )
    interest.delete()


GROUP_FIELDS = ["cycle_id", "name", "version"]


def _group_snapshot(group: Group) -> dict[str, Any]:
    return {
        **audit.snapshot(group, GROUP_FIELDS),
        "areas": sorted(group.areas.values_list("pk", flat=True)),
        "members": sorted(group.members.values_list("pk", flat=True)),
    }


def _check_group(cycle: Cycle, name: str, areas: list[CommonArea], exclude: int | None) -> str:
    name = name.strip()
    errors = []
    if not name:
        errors.append(FieldError("name", _("A group needs a name.")))
    elif len(name) > Group._meta.get_field("name").max_length:  # type: ignore[operator]
        errors.append(FieldError("name", _("Use at most 200 characters.")))
    elif cycle.groups.filter(name__iexact=name).exclude(pk=exclude).exists():
        errors.append(FieldError("name", _("This cycle already has a group with that name.")))
    if not areas:
        errors.append(FieldError("areas", _("Choose at least one area of common interest.")))
    elif any(a.cycle_id != cycle.pk for a in areas):
        errors.append(FieldError("areas", _("Choose areas of this cycle.")))
    if errors:
        raise ValidationFailed(_("Some fields need attention."), errors=errors)
    return name


@transaction.atomic
def create_group(
    *,
    by: Any,
    cycle: Cycle,
    name: str,
    areas: Iterable[CommonArea],
    members: Iterable[Organisation] = (),
) -> Group:
    """Facilitators form a small group around one or more areas from the interest expressed."""
    require_facilitator(by)
    area_list = list(areas)
    clean_name = _check_group(cycle, name, area_list, None)
    group = Group.objects.create(
        cycle=cycle, name=clean_name, created_by=by if by and by.is_authenticated else None
    )
    group.areas.set(area_list)
    group.members.set(list(members))
    audit.record(actor=by, action="group.create", target=group, after=_group_snapshot(group))
    return group


@transaction.atomic
def update_group(
    *,
    by: Any,
    group: Group,
    name: str,
    areas: Iterable[CommonArea],
    members: Iterable[Organisation],
    expected_version: int | None,
) -> Group:
    require_facilitator(by)
    current = Group.objects.select_for_update().get(pk=group.pk)
    before = _group_snapshot(current)
    if expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_("Someone else changed this group; nothing was saved."),
            current_version=current.version,
            current=before,
        )
    area_list = list(areas)
    member_list = list(members)
    leads = set(
        current.partnerships.filter(partners__role="lead").values_list(
            "partners__organisation_id", flat=True
        )
    )
    partners = set(current.partnerships.values_list("partners__organisation_id", flat=True))
    gone = (partners | leads) - {m.pk for m in member_list}
    if gone - {None}:
        raise ValidationFailed(
            _("Organisations that are partners in the group's ideas must stay in the group."),
            errors=[FieldError("members", _("Remove them from the ideas first."))],
        )
    current.name = _check_group(current.cycle, name, area_list, current.pk)
    current.version += 1
    current.save()
    current.areas.set(area_list)
    current.members.set(member_list)
    audit.record(
        actor=by,
        action="group.update",
        target=current,
        before=before,
        after=_group_snapshot(current),
    )
    return current
