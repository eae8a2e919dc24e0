"""Role checks that every domain shares; roles themselves live in accounts."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from partnerlab.core.errors import NotAllowed


def require_facilitator(user: Any) -> None:
    if not getattr(user, "is_facilitator", False):
        raise NotAllowed(_("Only facilitators may do this."))


def is_facilitator_or_system(user: Any) -> bool:
    """Facilitators, or None for an operator's command-line run (which has no user)."""
    return user is None or bool(getattr(user, "is_facilitator", False))
