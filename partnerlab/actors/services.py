"""Every write to organisations, contacts and representation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from partnerlab.accounts import services as accounts
from partnerlab.accounts.models import Invitation, Role, User
from partnerlab.actors import permissions
from partnerlab.actors.forms import ContactForm, OrganisationForm
from partnerlab.actors.models import (
    Contact,
    InvitedRepresentation,
    Organisation,
    OrganisationKind,
    Representation,
)
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors

ORGANISATION_FIELDS = list(OrganisationForm.Meta.fields)


def validated_organisation(data: dict[str, Any], instance: Organisation | None = None) -> Any:
    """Run the shared organisation form; raise ValidationFailed naming each bad field."""
    form = OrganisationForm(data=data, instance=instance)
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    return form


@transaction.atomic
def create_organisation(*, by: User, data: dict[str, Any]) -> Organisation:
    if not permissions.can_create_organisation(by):
        raise NotAllowed(_("Only facilitators may add organisations."))
    organisation: Organisation = validated_organisation(data).save()
    audit.record(
        actor=by,
        action="organisation.create",
        target=organisation,
        after=audit.snapshot(organisation, ORGANISATION_FIELDS),
    )
    return organisation


@transaction.atomic
def update_organisation(
    *,
    by: User,
    organisation: Organisation,
    changes: dict[str, Any],
    expected_version: int | None = None,
) -> Organisation:
    """Apply `changes`; refuse if someone saved a newer version since `expected_version`."""
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    if not permissions.can_edit_organisation(by, current):
        raise NotAllowed(_("You may only edit organisations you represent."))
    if expected_version is not None and expected_version != current.version:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_(
                "Someone else saved this organisation while you were editing it. "
                "Your changes were not saved; compare them with the current version below."
            ),
            current_version=current.version,
            current=audit.snapshot(current, ORGANISATION_FIELDS),
        )
    before = audit.snapshot(current, ORGANISATION_FIELDS)
    allowed = permissions.editable_fields(by, current)
    changed = {k for k, v in changes.items() if str(v or "") != str(before.get(k) or "")}
    if allowed is not None and changed - allowed:
        raise NotAllowed(
            _("Only facilitators may change an organisation's %(fields)s.")
            % {"fields": ", ".join(sorted(changed - allowed))}
        )
    data = {**before, **changes}
    updated: Organisation = validated_organisation(data, instance=current).save(commit=False)
    after = audit.snapshot(updated, ORGANISATION_FIELDS)
    if after != before:
        updated.version = current.version + 1
        updated.save()
        audit.record(
            actor=by, action="organisation.update", target=updated, before=before, after=after
        )
    return updated


def _validated_contact(data: dict[str, Any], instance: Contact | None = None) -> Any:
    form = ContactForm(data=data, instance=instance)
    if not form.is_valid():
        raise ValidationFailed(_("Check the contact's details."), errors=form_errors(form))
    return form


@transaction.atomic
def add_contact(*, by: User, organisation: Organisation, data: dict[str, Any]) -> Contact:
    if not permissions.can_edit_organisation(by, organisation):
        raise NotAllowed(_("You may only edit organisations you represent."))
    contact: Contact = _validated_contact(data).save(commit=False)
    contact.organisation = organisation
    contact.save()
    audit.record(
        actor=by,
        action="contact.create",
        target=contact,
        after=audit.snapshot(contact, ["organisation_id", "name", "title", "email"]),
    )
    return contact


@transaction.atomic
def remove_contact(*, by: User, contact: Contact) -> None:
    if not permissions.can_edit_organisation(by, contact.organisation):
        raise NotAllowed(_("You may only edit organisations you represent."))
    before = audit.snapshot(contact, ["organisation_id", "name", "title", "email"])
    audit.record(actor=by, action="contact.delete", target=contact, before=before)
    contact.delete()


def _check_representation(role: str, organisations: list[Organisation]) -> None:
    if role == Role.PARTNER and not organisations:
        raise ValidationFailed(
            _("A partner representative must represent at least one organisation."),
            errors=[FieldError("organisations", _("Choose one or more organisations."))],
        )
    if role == Role.DONOR and (
        len(organisations) != 1 or organisations[0].kind != OrganisationKind.DONOR
    ):
        raise ValidationFailed(
            _("A donor is linked to exactly one donor organisation."),
            errors=[FieldError("organisations", _("Choose one donor or foundation."))],
        )
    if role in (Role.FACILITATOR, Role.OBSERVER) and organisations:
        raise ValidationFailed(
            _("Facilitators and observers do not represent organisations."),
            errors=[FieldError("organisations", _("Leave this empty for this role."))],
        )


@transaction.atomic
def invite_person(
    *,
    by: User,
    email: str,
    role: str,
    full_name: str = "",
    organisations: Iterable[Organisation] = (),
    accept_url: Any,
) -> tuple[Invitation, str]:
    """Invite someone with a role and the organisations they will speak for, by e-mail.

    `accept_url` turns the invitation's secret into the absolute link sent to them.
    """
    organisations = list(organisations)
    _check_representation(role, organisations)
    invitation, secret = accounts.create_invitation(
        by=by, email=email, role=role, full_name=full_name
    )
    InvitedRepresentation.objects.bulk_create(
        InvitedRepresentation(invitation=invitation, organisation=o) for o in organisations
    )
    link = accept_url(secret)
    body = render_to_string(
        "actors/email/invitation.txt",
        {
            "invitation": invitation,
            "link": link,
            "organisations": organisations,
            "by": by,
        },
    )
    # robust: if the mail server fails, the invitation stands and its link is on the page.
    transaction.on_commit(
        lambda: send_mail(_("You are invited to Partnership Lab"), body, None, [invitation.email]),
        robust=True,
    )
    audit.record(
        actor=by,
        action="invitation.organisations",
        target=invitation,
        after={"organisations": [o.pk for o in organisations]},
    )
    return invitation, link


@transaction.atomic
def link_representative(*, by: User | None, user: User, organisation: Organisation) -> None:
    if by is not None and not by.is_facilitator:
        raise NotAllowed(_("Only facilitators may link people to organisations."))
    link, created = Representation.objects.get_or_create(user=user, organisation=organisation)
    if created:
        audit.record(
            actor=by or user,
            action="representation.create",
            target=link,
            after={"user": user.pk, "organisation": organisation.pk},
        )
