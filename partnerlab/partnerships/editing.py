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
from partnerlab.core.errors import Conflict, FieldError, NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.partnerships import permissions
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec, spec_for
from partnerlab.partnerships.models import (
    Cause,
    Element,
    Partnership,
    PartnershipPartner,
    Revision,
    StrandAssessment,
)


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
) -> None:
    """The element's history, the audit trail, and the idea's last-change time, together."""
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


def _require(spec: ElementSpec, by: Any, partnership: Partnership, element: Any) -> None:
    if not spec.may_change(by, partnership, element):
        raise NotAllowed(_("You may not change this part of the partnership."))


def _validated(form: Any) -> Any:
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    return form


def _conflict(spec: ElementSpec, current: Element) -> Conflict:
    return Conflict(
        _(
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


def _check_partner(
    by: Any, partnership: Partnership, partner: PartnershipPartner, before: dict[str, Any] | None
) -> None:
    organisation = partner.organisation
    group = partnership.group
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
        for old in partnership.partners.filter(role="lead").exclude(pk=partner.pk):
            previous = snapshot(ELEMENTS["partners"], old)
            old.role = "partner" if old.organisation.is_forum_member else "auxiliary"
            old.version += 1
            old.save(update_fields=["role", "version", "updated_at"])
            record_revision(
                by=by,
                partnership=partnership,
                section="partners",
                element_type="partners",
                element=old,
                action="update",
                data=snapshot(ELEMENTS["partners"], old),
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
    if isinstance(element, Cause):
        last = partnership.causes.filter(parent=element.parent).aggregate(m=Max("position"))["m"]
        element.position = 0 if last is None else last + 1
    element.save()
    form.save_m2m()
    record_revision(
        by=by,
        partnership=partnership,
        section=spec.section,
        element_type=spec.key,
        element=element,
        action="create",
        data=snapshot(spec, element),
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
    return type(element).objects.select_for_update().get(pk=element.pk)  # type: ignore[no-any-return]


def _check_version(spec: ElementSpec, current: Element, expected_version: int | None) -> None:
    if expected_version is None:
        raise ValidationFailed(
            _("Send the version you edited, so nobody's work is overwritten."),
            errors=[FieldError("version", _("Required."))],
        )
    if expected_version != current.version:
        raise _conflict(spec, current)


@transaction.atomic
def update_element(
    *, by: Any, element: Element, data: dict[str, Any], expected_version: int | None
) -> Element:
    """Change some fields of an element; fields not given keep their values."""
    spec = spec_for(element)
    current = _locked(element)
    partnership = spec.partnership_of(current)
    _require(spec, by, partnership, current)
    _check_version(spec, current, expected_version)
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
    updated.save()
    form.save_m2m()
    after = snapshot(spec, updated)
    if {**after, "version": 0} == {**before, "version": 0}:
        return updated  # nothing changed: no new version
    updated.version = current.version + 1
    updated.save(update_fields=["version"])
    after["version"] = updated.version
    record_revision(
        by=by,
        partnership=partnership,
        section=spec.section,
        element_type=spec.key,
        element=updated,
        action="update",
        data=after,
        before=before,
    )
    return updated  # type: ignore[no-any-return]


@transaction.atomic
def delete_element(*, by: Any, element: Element, expected_version: int | None) -> None:
    spec = spec_for(element)
    current = _locked(element)
    partnership = spec.partnership_of(current)
    _require(spec, by, partnership, current)
    _check_version(spec, current, expected_version)
    if isinstance(current, PartnershipPartner):
        _check_partner_removal(current)
    data = snapshot(spec, current)
    record_revision(
        by=by,
        partnership=partnership,
        section=spec.section,
        element_type=spec.key,
        element=current,
        action="delete",
        data=data,
        before=data,
    )
    current.delete()


def _check_partner_removal(partner: PartnershipPartner) -> None:
    if partner.role == "lead":
        raise ValidationFailed(_("Make another partner the lead before removing this one."))
    if partner.budget_lines.exists() or partner.authorizations.exists():
        raise ValidationFailed(
            _(
                "%(name)s still has budget lines or authorizations in this idea; "
                "remove or reassign them first."
            )
            % {"name": partner.organisation}
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
