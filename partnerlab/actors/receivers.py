"""Finishing an accepted invitation: the new person now speaks for their organisations."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from partnerlab.accounts.signals import invitation_accepted
from partnerlab.actors.models import InvitedRepresentation


@receiver(invitation_accepted)
def link_invited_organisations(sender: Any, invitation: Any, user: Any, **kwargs: Any) -> None:
    from partnerlab.actors.services import link_representative

    for pending in InvitedRepresentation.objects.filter(invitation=invitation).select_related(
        "organisation"
    ):
        link_representative(by=None, user=user, organisation=pending.organisation)
