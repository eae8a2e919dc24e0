"""Keeping an uploaded file between its preview and the confirmation that uses it.

A kept file is used at most once: the confirmation marks it used and does its work in one
transaction, so confirming again (a double click, or Back and confirm) says it was already
done instead of failing, and a confirmation that fails leaves the file ready to try again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.core.errors import DomainError, NotFound
from partnerlab.core.forms import parse_id
from partnerlab.core.models import StagedFile

KEEP_FOR = datetime.timedelta(hours=24)


class AlreadyUsed(DomainError):
    code = "already_done"
    status = 409


def keep(*, owner: Any, purpose: str, name: str, data: bytes) -> StagedFile:
    # Old files of this person are dropped as new ones arrive: nothing piles up.
    StagedFile.objects.filter(owner=owner, created_at__lt=timezone.now() - KEEP_FOR).delete()
    return StagedFile.objects.create(owner=owner, purpose=purpose, name=name[:255], data=data)


@transaction.atomic
def use(*, owner: Any, pk: object, purpose: str, action: Callable[[StagedFile], str]) -> str:
    """Run `action` on the kept file (only its owner's, for this purpose) once; its answer, a
    sentence saying what was done, is kept and given to any later attempt in an AlreadyUsed."""
    staged = _claim(owner=owner, pk=pk, purpose=purpose)
    outcome = action(staged)
    StagedFile.objects.filter(pk=staged.pk).update(data=b"", outcome=outcome[:300])
    return outcome


def _claim(*, owner: Any, pk: object, purpose: str) -> StagedFile:
    number = parse_id(pk)
    fresh = Q(pk=number, owner=owner, purpose=purpose, created_at__gte=timezone.now() - KEEP_FOR)
    staged = StagedFile.objects.filter(fresh).first() if number is not None else None
    if staged is None:
        raise NotFound(
            _("The checked file is no longer kept (files are kept for a day). Choose it again.")
        )
    # Only one confirmation can change used_at from empty; a concurrent one waits and finds it set.
    if not StagedFile.objects.filter(pk=staged.pk, used_at=None).update(used_at=timezone.now()):
        staged.refresh_from_db()
        raise AlreadyUsed(
            _("This file was already imported: %(outcome)s") % {"outcome": staged.outcome}
        )
    return staged
