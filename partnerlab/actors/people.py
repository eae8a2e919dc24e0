"""Naming a person to a viewer, the same way in every page, document and API answer.

Everyone signed in sees a person's name. The e-mail address is a contact detail (README,
"Roles"): only facilitators, the person, and the people who speak for one of the same
organisations (its own representatives) see it.
"""

from __future__ import annotations

from typing import Any

from partnerlab.actors.models import Representation

_COLLEAGUES = "_partnerlab_colleague_ids"


def _colleague_ids(viewer: Any) -> frozenset[int]:
    """Who speaks for one of the viewer's organisations: one query per viewer and request."""
    cached = getattr(viewer, _COLLEAGUES, None)
    if cached is None:
        organisations = Representation.objects.filter(user=viewer).values("organisation")
        cached = frozenset(
            Representation.objects.filter(organisation__in=organisations).values_list(
                "user_id", flat=True
            )
        )
        setattr(viewer, _COLLEAGUES, cached)
    return cached


def may_see_email(viewer: Any, person: Any) -> bool:
    if person is None or not getattr(viewer, "is_authenticated", False) or not viewer.is_active:
        return False
    if viewer.is_facilitator or viewer.pk == person.pk:
        return True
    return person.pk in _colleague_ids(viewer)


def person_for(viewer: Any, person: Any) -> dict[str, Any] | None:
    """`{id, name, email}` with `email` null for viewers who may not see contacts."""
    if person is None:
        return None
    return {
        "id": person.pk,
        "name": person.display_name,
        "email": person.email if may_see_email(viewer, person) else None,
    }
