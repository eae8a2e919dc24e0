"""Every write to accounts: invitations, accepting them, passwords and API tokens."""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.accounts.models import ApiToken, Invitation, Role, User, digest
from partnerlab.accounts.signals import invitation_accepted
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.permissions import require_facilitator

TOKEN_PREFIX = "plab_"


def _clean_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except DjangoValidationError:
        raise ValidationFailed(
            _("Check the e-mail address."),
            errors=[FieldError("email", _("Enter a valid e-mail address."))],
        ) from None
    return email


@transaction.atomic
def create_invitation(
    *, by: User, email: str, role: str, full_name: str = "", now: datetime.datetime | None = None
) -> tuple[Invitation, str]:
    """Invite one person; returns the invitation and the secret for its link."""
    require_facilitator(by)
    email = _clean_email(email)
    if role not in Role.values:
        raise ValidationFailed(_("Choose a role."), errors=[FieldError("role", _("Unknown role."))])
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationFailed(
            _("This person already has an account."),
            errors=[FieldError("email", _("An account with this e-mail address exists."))],
        )
    if Invitation.objects.pending().filter(email__iexact=email).exists():
        raise ValidationFailed(
            _("This person already has a pending invitation. Withdraw it to send a new one."),
            errors=[FieldError("email", _("An invitation to this address is pending."))],
        )
    now = now or timezone.now()
    secret = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        email=email,
        full_name=full_name.strip(),
        role=role,
        token_hash=digest(secret),
        invited_by=by,
        expires_at=now + datetime.timedelta(days=settings.INVITATION_TTL_DAYS),
    )
    audit.record(
        actor=by,
        action="invitation.create",
        target=invitation,
        after=audit.snapshot(invitation, ["email", "full_name", "role", "expires_at"]),
    )
    return invitation, secret


def find_invitation(secret: str) -> Invitation | None:
    """The usable invitation for a link's secret, or None if unknown, used or expired."""
    invitation = Invitation.objects.filter(token_hash=digest(secret or "")).first()
    return invitation if invitation and invitation.is_usable else None


@transaction.atomic
def accept_invitation(*, secret: str, full_name: str, password: str) -> User:
    invitation = (
        Invitation.objects.select_for_update().filter(token_hash=digest(secret or "")).first()
    )
    if invitation is None or not invitation.is_usable:
        raise ValidationFailed(_("This invitation link is not valid any more. Ask for a new one."))
    if not full_name.strip():
        raise ValidationFailed(
            _("Enter your name."), errors=[FieldError("full_name", _("This field is required."))]
        )
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise ValidationFailed(_("An account with this e-mail address exists already. Sign in."))
    candidate = User(email=invitation.email, full_name=full_name.strip(), role=invitation.role)
    _check_password(password, candidate)
    user = User.objects.create_user(
        invitation.email, password, full_name=full_name.strip(), role=invitation.role
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit.record(
        actor=user,
        action="invitation.accept",
        target=invitation,
        after={"user": user.pk, "role": user.role},
    )
    invitation_accepted.send(sender=Invitation, invitation=invitation, user=user)
    return user


@transaction.atomic
def revoke_invitation(*, by: User, invitation: Invitation) -> None:
    require_facilitator(by)
    if invitation.accepted_at is not None:
        raise ValidationFailed(_("This invitation was already accepted."))
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit.record(
        actor=by,
        action="invitation.revoke",
        target=invitation,
        after={"revoked_at": invitation.revoked_at},
    )


def _check_password(password: str, user: User) -> None:
    try:
        validate_password(password, user)
    except DjangoValidationError as error:
        raise ValidationFailed(
            _("Choose another password."),
            errors=[FieldError("password", str(m)) for m in error.messages],
        ) from None


@transaction.atomic
def set_password(*, user: User, password: str, by: User | None = None, reason: str) -> None:
    """Set a password after a reset link or a change; `reason` says which, for the audit.

    Whoever knew the old password may hold an API token made with it: a new password revokes
    every token. (Django ends the person's other sessions itself: a session carries a hash of
    the password it was opened with.)"""
    _check_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    audit.record(actor=by or user, action=f"user.password.{reason}", target=user)
    _revoke_all_tokens(by=by or user, user=user)


@transaction.atomic
def set_active(*, by: User, user: User, active: bool) -> User:
    """A facilitator deactivates an account (it can no longer sign in, its sessions end and its
    API tokens are revoked) or reactivates it (new tokens are needed)."""
    require_facilitator(by)
    if user == by and not active:
        raise ValidationFailed(_("You cannot deactivate your own account."))
    if user.is_active == active:
        return user
    user.is_active = active
    user.save(update_fields=["is_active"])
    audit.record(actor=by, action="user.reactivate" if active else "user.deactivate", target=user)
    if not active:
        _revoke_all_tokens(by=by, user=user)
    return user


def _revoke_all_tokens(*, by: User, user: User) -> None:
    for token in ApiToken.objects.filter(user=user, revoked_at__isnull=True):
        revoke_api_token(by=by, token=token)


@transaction.atomic
def set_role(*, by: User, user: User, role: str) -> User:
    require_facilitator(by)
    if role not in Role.values:
        raise ValidationFailed(_("Unknown role."), errors=[FieldError("role", _("Unknown role."))])
    if user == by and role != Role.FACILITATOR:
        raise ValidationFailed(_("You cannot remove your own facilitator role."))
    before = audit.snapshot(user, ["role"])
    user.role = role
    user.save(update_fields=["role"])
    audit.record(
        actor=by,
        action="user.role",
        target=user,
        before=before,
        after=audit.snapshot(user, ["role"]),
    )
    return user


@transaction.atomic
def create_api_token(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Create a personal API token; the secret is returned once and never stored."""
    name = (name or "").strip()
    if not name:
        raise ValidationFailed(
            _("Give the token a name."),
            errors=[FieldError("name", _("This field is required."))],
        )
    if len(name) > 100:
        raise ValidationFailed(
            _("The name is too long."),
            errors=[FieldError("name", _("Use at most 100 characters."))],
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[: len(TOKEN_PREFIX) + 6], token_hash=digest(secret)
    )
    audit.record(
        actor=user,
        action="api_token.create",
        target=token,
        after={"name": name, "prefix": token.prefix},
    )
    return token, secret


@transaction.atomic
def revoke_api_token(*, by: User, token: ApiToken) -> ApiToken:
    if token.user_id != by.pk and not by.is_facilitator:
        raise NotAllowed(_("You may only revoke your own tokens."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(
            actor=by,
            action="api_token.revoke",
            target=token,
            after={"revoked_at": token.revoked_at},
        )
    return token


def user_for_api_token(secret: str) -> User | None:
    """The active user a bearer token belongs to, or None; notes when it was last used."""
    if not secret or not secret.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=digest(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    # Touch at most once a minute: a busy client should not write on every request.
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


@transaction.atomic
def create_account(
    *, by: User | None, email: str, full_name: str, role: str, password: str
) -> User:
    """Create an account directly (set-up and demo); people normally join by invitation.

    With `by=None` it may only create the first facilitator of an empty platform.
    """
    if by is None:
        if User.objects.exists() or role != Role.FACILITATOR:
            raise NotAllowed(_("Only a facilitator may create accounts."))
    else:
        require_facilitator(by)
    email = _clean_email(email)
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationFailed(
            _("This person already has an account."),
            errors=[FieldError("email", _("An account with this e-mail address exists."))],
        )
    user = User(email=email, full_name=full_name.strip(), role=role)
    _check_password(password, user)
    user = User.objects.create_user(email, password, full_name=full_name.strip(), role=role)
    audit.record(
        actor=by or user,
        action="user.create",
        target=user,
        after=audit.snapshot(user, ["email", "full_name", "role"]),
    )
    return user
