"""Writes to partnership ideas themselves: creating, editing, moving between stages, publishing.

Elements inside an idea (problem, causes, budget…) are written by `editing`.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.permissions import require_facilitator
from partnerlab.labs.models import Group
from partnerlab.partnerships import permissions, stages
from partnerlab.partnerships.editing import record_revision, revise
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.forms import PartnershipForm
from partnerlab.partnerships.models import (
    Partnership,
    PartnershipPartner,
    Problem,
    Stage,
    StageChange,
)

IDEA_FIELDS = ["title", "summary", "stage", "published_at"]


def idea_snapshot(partnership: Partnership) -> dict[str, Any]:
    return {
        "id": partnership.pk,
        "version": partnership.version,
        **audit.snapshot(partnership, IDEA_FIELDS),
    }


def _record(by: Any, partnership: Partnership, action: str, before: dict[str, Any] | None) -> None:
    record_revision(
        by=by,
        partnership=partnership,
        section="",
        element_type="partnership",
        element=partnership,
        action=action,
        data=idea_snapshot(partnership),
        before=before,
    )


def _require_edit(by: Any, partnership: Partnership) -> None:
    if not permissions.can_edit(by, partnership):
        raise NotAllowed(_("Only the group's members and facilitators may change this idea."))


@transaction.atomic
def create_partnership(
    *, by: Any, group: Group, title: str, summary: str = "", lead: Organisation
) -> Partnership:
    """A new idea in a group, with its lead partner and an empty problem statement."""
    if not permissions.can_view_group(by, group) or getattr(by, "is_observer", False):
        raise NotAllowed(_("Only the group's members and facilitators may add ideas to it."))
    form = PartnershipForm(data={"title": title, "summary": summary})
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    if lead.pk not in permissions.group_member_ids(group):
        raise ValidationFailed(
            _("The lead partner must be a member of the group."),
            errors=[FieldError("lead", _("Not a member of the group."))],
        )
    if not lead.is_forum_member:
        raise ValidationFailed(
            _("The lead partner must be a forum member."),
            errors=[FieldError("lead", _("Choose a forum member."))],
        )
    partnership: Partnership = form.save(commit=False)
    partnership.group = group
    partnership.cycle_id = group.cycle_id
    partnership.created_by = by if getattr(by, "is_authenticated", False) else None
    partnership.save()
    Problem.objects.create(partnership=partnership)
    _record(by, partnership, "create", None)
    partner = PartnershipPartner.objects.create(
        partnership=partnership, organisation=lead, role="lead"
    )
    revise(
        by=by,
        partnership=partnership,
        spec=ELEMENTS["partners"],
        element=partner,
        action="create",
        before=None,
    )
    return partnership


def _locked(partnership: Partnership, expected_version: int | None, *, by: Any) -> Partnership:
    current = Partnership.objects.select_for_update().get(pk=partnership.pk)
    if expected_version is None:
        raise ValidationFailed(
            _("Send the version you edited, so nobody's work is overwritten."),
            errors=[FieldError("version", _("Required."))],
        )
    if expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_(
                "Someone else changed this idea while you were working on it. Nothing was "
                "saved; look at the current version below and try again."
            ),
            current_version=current.version,
            current=idea_snapshot(current),
        )
    return current


def _bump(by: Any, current: Partnership, before: dict[str, Any], action: str) -> Partnership:
    current.version += 1
    current.last_change_at = timezone.now()
    current.save()
    _record(by, current, action, before)
    return current


@transaction.atomic
def update_partnership(
    *, by: Any, partnership: Partnership, data: dict[str, Any], expected_version: int | None
) -> Partnership:
    _require_edit(by, partnership)
    current = _locked(partnership, expected_version, by=by)
    before = idea_snapshot(current)
    merged = {"title": current.title, "summary": current.summary}
    merged.update({k: v for k, v in data.items() if k in merged and v is not None})
    form = PartnershipForm(data=merged, instance=current)
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    form.save(commit=False)
    if idea_snapshot(current) == before:
        return current
    return _bump(by, current, before, "update")


@transaction.atomic
def advance_stage(
    *, by: Any, partnership: Partnership, expected_version: int | None
) -> Partnership:
    """Move to the next stage once the current one has its minimum content."""
    _require_edit(by, partnership)
    current = _locked(partnership, expected_version, by=by)
    missing = stages.missing_to_advance(current)
    if missing:
        raise ValidationFailed(
            _("This stage is not finished yet."),
            errors=[FieldError("stage", m) for m in missing],
        )
    target = stages.next_stage(current.stage)
    assert target is not None  # the design stage always reports something missing
    return _move(by, current, target, "")


@transaction.atomic
def return_to_stage(
    *, by: Any, partnership: Partnership, stage: str, reason: str, expected_version: int | None
) -> Partnership:
    """Go back to an earlier stage (an idea fell through); the reason stays in the history."""
    _require_edit(by, partnership)
    current = _locked(partnership, expected_version, by=by)
    if stage not in stages.ORDER or stages.index(stage) >= stages.index(current.stage):
        raise ValidationFailed(
            _("Choose an earlier stage to go back to."),
            errors=[FieldError("stage", _("Not an earlier stage."))],
        )
    if not reason.strip():
        raise ValidationFailed(
            _("Say why the group is going back, so the history explains it."),
            errors=[FieldError("reason", _("Required."))],
        )
    return _move(by, current, stage, reason.strip())


def _move(by: Any, current: Partnership, target: str, reason: str) -> Partnership:
    before = idea_snapshot(current)
    StageChange.objects.create(
        partnership=current,
        from_stage=current.stage,
        to_stage=target,
        reason=reason,
        by=by if getattr(by, "is_authenticated", False) else None,
    )
    current.stage = target
    return _bump(by, current, before, "forward" if not reason else "back")


@transaction.atomic
def set_published(
    *, by: Any, partnership: Partnership, published: bool, expected_version: int | None
) -> Partnership:
    """Facilitators publish an idea: then every signed-in person may read it."""
    require_facilitator(by)
    current = _locked(partnership, expected_version, by=by)
    if current.is_published == published:
        return current
    before = idea_snapshot(current)
    current.published_at = timezone.now() if published else None
    return _bump(by, current, before, "publish" if published else "unpublish")


STAGE_LABELS = dict(Stage.choices)
