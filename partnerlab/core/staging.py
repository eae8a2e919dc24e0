"""Keeping an uploaded file between its preview and the confirmation that uses it."""

from __future__ import annotations

import datetime
from typing import Any

from django.shortcuts import get_object_or_404
from django.utils import timezone

from partnerlab.core.models import StagedFile

KEEP_FOR = datetime.timedelta(hours=24)


def keep(*, owner: Any, purpose: str, name: str, data: bytes) -> StagedFile:
    # Old files of this person are dropped as new ones arrive: nothing piles up.
    StagedFile.objects.filter(owner=owner, created_at__lt=timezone.now() - KEEP_FOR).delete()
    return StagedFile.objects.create(owner=owner, purpose=purpose, name=name[:255], data=data)


def take(*, owner: Any, pk: Any, purpose: str) -> StagedFile:
    """The staged file (only its owner's, for this purpose); it is removed as it is taken."""
    staged = get_object_or_404(StagedFile, pk=pk, owner=owner, purpose=purpose)
    staged.delete()
    return staged
