"""Who may see and change organisations."""

from __future__ import annotations

from typing import Any

from partnerlab.actors.models import Organisation, Representation


def represents(user: Any, organisation: Organisation) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return Representation.objects.filter(user=user, organisation=organisation).exists()


def can_view_organisations(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def can_create_organisation(user: Any) -> bool:
    return bool(getattr(user, "is_facilitator", False))


def can_edit_organisation(user: Any, organisation: Organisation) -> bool:
    """Facilitators edit every organisation; representatives edit their own."""
    if getattr(user, "is_facilitator", False):
        return True
    speaks_for_others = getattr(user, "is_partner", False) or getattr(user, "is_donor", False)
    return speaks_for_others and represents(user, organisation)


# Kind, membership, name and country decide eligibility and roles: facilitators set them.
REPRESENTATIVE_FIELDS = frozenset({"acronym", "website", "description"})


def editable_fields(user: Any, organisation: Organisation) -> frozenset[str] | None:
    """The fields `user` may change (None: all of them; empty: none)."""
    if getattr(user, "is_facilitator", False):
        return None
    if can_edit_organisation(user, organisation):
        return REPRESENTATIVE_FIELDS
    return frozenset()


def can_see_contacts(user: Any, organisation: Organisation) -> bool:
    return can_edit_organisation(user, organisation)
