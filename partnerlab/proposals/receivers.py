"""Any change to an idea's elements clears the sign-offs of the proposal elements it changed."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from partnerlab.partnerships.models import Partnership
from partnerlab.partnerships.signals import element_changed
from partnerlab.proposals.services import refresh_sign_offs


@receiver(element_changed, sender=Partnership)
def clear_changed_sign_offs(
    sender: Any, partnership: Partnership, by: Any = None, **_: Any
) -> None:
    refresh_sign_offs(partnership=partnership, by=by)
