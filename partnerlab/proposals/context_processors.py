"""How many sign-off notices the signed-in person has not read and not yet resolved by signing
again (for the header)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from partnerlab.proposals.models import Notice


def notices(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not getattr(user, "is_partner", False):
        return {"unread_notices": 0}
    return {
        "unread_notices": SimpleLazyObject(
            lambda: Notice.objects.pending().filter(user=user, read_at=None).count()
        )
    }
