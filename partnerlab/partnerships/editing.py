"""Every write to a partnership's elements, with versions, history and the domain's rules.

One set of functions serves every element (see `elements.ELEMENTS`): pages, API and the demo
all call them. Saving over a newer version raises `Conflict` with what is saved now.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.core import audit
from partnerlab.core.errors import Conflict, FieldError, NotAllowed, NotFound, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.integrity import refusing_duplicates
from partnerlab.partnerships import permissions, sections
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec, spec_for
from partnerlab.partnerships.forms import forget_shared_rows
from partnerlab.partnerships.models import (
    Activity,
    Cause,
    Element,
    Partnership,
    PartnershipPartner,
    Problem,
    Revision,
    StrandAssessment,
    Task,
)
from partnerlab.partnerships.signals import element_changed


def form_data(spec: ElementSpec, element: Element) -> dict[str, Any]:
    """An element's current values as form data (related records by id)."""
    data = model_to_dict(element, fields=spec.fields)
    for name in spec.m2m:
        data[name] = sorted(o.pk for o in data.get(name) or [])
    return data


def snapshot(spec: ElementSpec, element: Element) -> dict[str, Any]:
    extra = {"cause": element.cause_id} if isinstance(element, StrandAssessment) else {}
    return {
        "id": element.pk,
        "version": element.version,
        **extra,
        **audit._plain(form_data(spec, element)),
    }


def record_revision(
    *,
    by: Any,
    partnership: Partnership,
    section: str,
    element_type: str,
    element: Any,
    action: str,
    data: dict[str, Any],
    before: dict[str, Any] | None,
    notify: bool = True,
) -> None:
    """The element's history, the audit trail, and the idea's last-change time, together;
    then tell other domains (proposals clear sign-offs) unless the caller does it later."""
    Revision.objects.create(
        partnership=partnership,
        stage=section,
        element_type=element_type,
        element_id=element.pk,
        element_repr=str(element)[:200],
        action=action,
        version=data.get("version", 1),
        data=data,
        before=before,
        by=by if getattr(by, "is_authenticated", False) else None,
    )
    audit.record(
        actor=by,
        action=f"partnership.{element_type}.{action}",
        target=element,
        before=before,
        after=data if action != "delete" else None,
    )
    Partnership.objects.filter(pk=partnership.pk).update(last_change_at=timezone.now())
    forget_shared_rows(partnership)
    if notify:
        element_changed.send(sender=Partnership, partnership=partnership, section=section, by=by)


def revise(
    *,
    by: Any,
    partnership: Partnership,
    spec: ElementSpec,
    element: Any,
    action: str,
    before: dict[str, Any] | None,
    notify: bool = True,
) -> None:
    """`record_revision` for an element of a known kind, as it stands now."""
    data = snapshot(spec, element)
    record_revision(
        by=by,
        partnership=partnership,
        section=spec.section,
        element_type=spec.key,
        element=element,
        action=action,
        data=data,
        before=data if action == "delete" else before,
        notify=notify,
    )


def _require(spec: ElementSpec, by: Any, partnership: Partnership, element: Any) -> None:
    if not spec.may_change(by, partnership, element):
        raise NotAllowed(_("You may not change this part of the partnership."))


def _validated(form: Any) -> Any:
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    return form


def _conflict(spec: ElementSpec, current: Element, by: Any) -> Conflict:
    return audit.stale_version(
        by=by,
        target=current,
        message=_(
            "Someone else saved this %(element)s while you were editing it. Your changes were "
            "not saved; compare them with the current version below."
        )
        % {"element": spec.label},
        current_version=current.version,
        current=snapshot(spec, current),
    )


def _check_rules(
    spec: ElementSpec, by: Any, partnership: Partnership, element: Any, before: Any
) -> None:
    if isinstance(element, PartnershipPartner):
        _check_partner(by, partnership, element, before)
    if isinstance(element, StrandAssessment) and element.cause.parent_id is not None:
        raise ValidationFailed(_("Only the main bones of the fishbone are rated as strands."))
    if isinstance(element, Cause) and before and before.get("parent") is None:
        _check_bone_move(element)


def _check_bone_move(cause: Cause) -> None:
    """A rated bone, or one with ideas for it, stays a bone: its rating and ideas need it."""
    if cause.parent_id is None:
        return
    if StrandAssessment.objects.filter(cause=cause).exists() or cause.options.exists():
        raise ValidationFailed(
            _(
                "This cause is a rated strand with ideas or a rating attached: it stays a main "
                "bone. Add a new sub-cause instead."
            ),
            errors=[FieldError("parent", _("A rated strand stays a main bone."))],
        )


def _check_citations(by: Any, partnership: Partnership, form: Any, before: Any) -> None:
    """Partners cite what stakeholders said in their group's areas (or keep what a
    facilitator cited); facilitators may cite any input of the cycle."""
    if "cited_inputs" not in form.cleaned_data or permissions.is_facilitator(by):
        return
    chosen = {i.pk for i in form.cleaned_data["cited_inputs"]}
    allowed = set(sections.citable_inputs(partnership).values_list("pk", flat=True))
    allowed |= set((before or {}).get("cited_inputs", []))
    if chosen - allowed:
        raise ValidationFailed(
            _("Cite what stakeholders said in this group's areas."),
            errors=[FieldError("cited_inputs", _("Some of these inputs are not citable here."))],
        )


def _check_partner(
    by: Any, partnership: Partnership, partner: PartnershipPartner, before: dict[str, Any] | None
) -> None:
    organisation = partner.organisation
    group = partnership.group
    manager = permissions.is_facilitator(by) or permissions.is_lead(by, partnership)
    if before is not None and before.get("organisation") != partner.organisation_id:
        raise ValidationFailed(
            _("A partner's organisation cannot change: remove it and add the other one."),
            errors=[FieldError("organisation", _("Cannot change."))],
        )
    if before is None and partnership.partners.filter(organisation=organisation).exists():
        raise ValidationFailed(
            _("%(name)s is already a partner of this idea.") % {"name": organisation},
            errors=[FieldError("organisation", _("Already a partner."))],
        )
    if not manager and (before is None or before.get("role") != partner.role):
        raise NotAllowed(_("Only the lead partner and facilitators change who plays which role."))
    if organisation.pk not in permissions.group_member_ids(group):
        if not permissions.is_facilitator(by):
            raise ValidationFailed(
                _("%(name)s is not in this group; ask a facilitator to add it.")
                % {"name": organisation},
                errors=[FieldError("organisation", _("Not a member of the group."))],
            )
        group.members.add(organisation)  # a facilitator brings it into the room
        group._member_ids = None  # type: ignore[attr-defined]
    if partner.role != "auxiliary" and not organisation.is_forum_member:
        raise ValidationFailed(
            _("%(name)s is not a forum member, so it can only join as an auxiliary partner.")
            % {"name": organisation},
            errors=[FieldError("role", _("Choose auxiliary partner."))],
        )
    was_lead = before is not None and before.get("role") == "lead"
    if was_lead and partner.role != "lead":
        raise ValidationFailed(
            _("An idea always has a lead partner: make another partner the lead instead."),
            errors=[FieldError("role", _("Make another partner the lead first."))],
        )
    if partner.role == "lead" and not was_lead:
        leads = partnership.partners.select_for_update().filter(role="lead")
        for old in leads.exclude(pk=partner.pk):
            previous = snapshot(ELEMENTS["partners"], old)
            old.role = "partner" if old.organisation.is_forum_member else "auxiliary"
            old.version += 1
            old.save(update_fields=["role", "version", "updated_at"])
            revise(
                by=by,
                partnership=partnership,
                spec=ELEMENTS["partners"],
                element=old,
                action="update",
                before=previous,
            )


def _new_instance(spec: ElementSpec, partnership: Partnership, data: dict[str, Any]) -> Element:
    if spec.model is StrandAssessment:
        cause = partnership.causes.filter(pk=data.get("cause")).first()
        if cause is None:
            raise ValidationFailed(
                _("Choose a cause of this idea to rate."),
                errors=[FieldError("cause", _("Not a cause of this idea."))],
            )
        if StrandAssessment.objects.filter(cause=cause).exists():
            raise ValidationFailed(_("This strand is rated already; edit its rating instead."))
        return StrandAssessment(cause=cause)
    return spec.model(partnership=partnership)


@transaction.atomic
def create_element(
    *, by: Any, partnership: Partnership, kind: str, data: dict[str, Any]
) -> Element:
    spec = ELEMENTS[kind]
    if spec.model._meta.model_name == "problem":
        raise ValidationFailed(_("Every idea has one problem statement: edit it instead."))
    _require(spec, by, partnership, None)
    instance = _new_instance(spec, partnership, data)
    data = {**_defaults(spec), **{k: v for k, v in data.items() if v is not None}}
    form = _validated(spec.form(data=data, instance=instance, partnership=partnership))
    element = form.save(commit=False)
    _require(spec, by, partnership, element)
    _check_rules(spec, by, partnership, element, None)
    _check_citations(by, partnership, form, None)
    if isinstance(element, Cause):
        last = partnership.causes.filter(parent=element.parent).aggregate(m=Max("position"))["m"]
        element.position = 0 if last is None else last + 1
    with refusing_duplicates():
        element.save()
        form.save_m2m()
    revise(
        by=by,
        partnership=partnership,
        spec=spec,
        element=element,
        action="create",
        before=None,
    )
    return element  # type: ignore[no-any-return]


def _defaults(spec: ElementSpec) -> dict[str, Any]:
    """What a field holds when nothing is sent (a new task is open, an idea a candidate)."""
    return {
        f.name: f.default
        for f in spec.model._meta.concrete_fields
        if f.name in spec.fields and f.has_default()
    }


def _locked(element: Element) -> Element:
    """The element as saved now, locked until the change is written; gone if just removed."""
    current = type(element).objects.select_for_update().filter(pk=element.pk).first()
    if current is None:
        raise NotFound(
            _("This %(element)s has just been removed.") % {"element": spec_for(element).label}
        )
    return current  # type: ignore[no-any-return]


def _check_version(
    spec: ElementSpec, current: Element, expected_version: int | None, by: Any
) -> None:
    if expected_version is None:
        raise ValidationFailed(
            _("Send the version you edited, so nobody's work is overwritten."),
            errors=[FieldError("version", _("Required."))],
        )
    if expected_version != current.version:
        raise _conflict(spec, current, by)


@transaction.atomic
def update_element(
    *, by: Any, element: Element, data: dict[str, Any], expected_version: int | None
) -> Element:
    """Change some fields of an element; fields not given keep their values."""
    spec = spec_for(element)
    current = _locked(element)
    partnership = spec.partnership_of(current)
    _require(spec, by, partnership, current)
    _check_version(spec, current, expected_version, by)
    before = snapshot(spec, current)
    changes = {k: v for k, v in data.items() if k in spec.fields}
    form = _validated(
        spec.form(
            data={**form_data(spec, current), **changes}, instance=current, partnership=partnership
        )
    )
    updated = form.save(commit=False)
    _require(spec, by, partnership, updated)
    _check_rules(spec, by, partnership, updated, before)
    _check_citations(by, partnership, form, before)
    with refusing_duplicates():
        updated.save()
        form.save_m2m()
    after = snapshot(spec, updated)
    if {**after, "version": 0} == {**before, "version": 0}:
        return updated  # nothing changed: no new version
    updated.version = current.version + 1
    updated.save(update_fields=["version"])
    revise(
        by=by, partnership=partnership, spec=spec, element=updated, action="update", before=before
    )
    return updated  # type: ignore[no-any-return]


@transaction.atomic
def delete_element(*, by: Any, element: Element, expected_version: int | None) -> None:
    spec = spec_for(element)
    current = _locked(element)
    partnership = spec.partnership_of(current)
    _require(spec, by, partnership, current)
    if isinstance(current, Problem | StrandAssessment):
        raise ValidationFailed(_("This part cannot be removed; clear its fields instead."))
    if isinstance(current, Task | PartnershipPartner):
        _require(spec, by, partnership, None)  # owners update tasks; the lead removes them
    _check_version(spec, current, expected_version, by)
    if isinstance(current, PartnershipPartner):
        _check_partner_removal(current)
    if isinstance(current, Activity):
        _check_activity_removal(current)
    if isinstance(current, Cause):
        _remove_under(by, partnership, current)
    revise(
        by=by,
        partnership=partnership,
        spec=spec,
        element=current,
        action="delete",
        before=None,
        notify=False,
    )
    current.delete()
    # Only now is the element gone from what partners signed.
    element_changed.send(sender=Partnership, partnership=partnership, section=spec.section, by=by)


def _check_partner_removal(partner: PartnershipPartner) -> None:
    if partner.role == "lead":
        raise ValidationFailed(_("Make another partner the lead before removing this one."))
    linked = (
        partner.budget_lines.exists()
        or partner.authorizations.exists()
        or partner.activities.exists()
        or partner.tasks.exists()
    )
    if linked:
        raise ValidationFailed(
            _(
                "%(name)s still has activities, tasks, budget lines or authorizations in this "
                "idea; remove or reassign them first."
            )
            % {"name": partner.organisation}
        )


def _check_activity_removal(activity: Activity) -> None:
    if activity.indicators.exists() or activity.budget_lines.exists():
        raise ValidationFailed(
            _(
                "Indicators or budget lines refer to this activity; link them to another "
                "activity or remove them first."
            )
        )


def _remove_under(by: Any, partnership: Partnership, cause: Cause) -> None:
    """Removing a cause removes what hangs under it and its rating, each in the history, and
    unlinks the ideas that addressed it (a new version of each)."""
    kids = list(Cause.objects.select_for_update().filter(parent=cause))
    for kid in kids:
        _remove_under(by, partnership, kid)
        _record_removal(by, partnership, ELEMENTS["causes"], kid)
    assessment = StrandAssessment.objects.filter(cause=cause).first()
    if assessment is not None:
        _record_removal(by, partnership, ELEMENTS["strands"], assessment)
    for option in cause.options.select_for_update():
        before = snapshot(ELEMENTS["options"], option)
        option.strand = None
        option.version += 1
        option.save(update_fields=["strand", "version", "updated_at"])
        revise(
            by=by,
            partnership=partnership,
            spec=ELEMENTS["options"],
            element=option,
            action="update",
            before=before,
        )


def _record_removal(by: Any, partnership: Partnership, spec: ElementSpec, element: Any) -> None:
    # The removal of the top cause tells everyone once it is done.
    revise(
        by=by,
        partnership=partnership,
        spec=spec,
        element=element,
        action="delete",
        before=None,
        notify=False,
    )


def rate_strand(
    *, by: Any, cause: Cause, data: dict[str, Any], expected_version: int | None
) -> StrandAssessment:
    """Rate a strand: the first rating creates its assessment (version 0 means none yet)."""
    existing = StrandAssessment.objects.filter(cause=cause).first()
    if existing is None:
        if expected_version not in (None, 0):
            raise ValidationFailed(_("This strand has no rating yet; reload the page."))
        return create_element(  # type: ignore[return-value]
            by=by, partnership=cause.partnership, kind="strands", data={**data, "cause": cause.pk}
        )
    return update_element(  # type: ignore[return-value]
        by=by, element=existing, data=data, expected_version=expected_version
    )


def move_cause(
    *, by: Any, cause: Cause, parent: Cause | None, expected_version: int | None
) -> Cause:
    """Hang a cause under another one (or make it a bone of its own), last among its siblings."""
    moved = update_element(
        by=by,
        element=cause,
        data={"parent": parent.pk if parent else None},
        expected_version=expected_version,
    )
    return moved  # type: ignore[return-value]
