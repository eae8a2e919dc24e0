"""Recording writes in the audit trail. Services call `record` inside their transaction."""

from __future__ import annotations

import datetime
import decimal
import uuid
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from partnerlab.core.errors import Conflict
from partnerlab.core.models import AuditEvent


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "code") and not isinstance(value, str):  # django-countries Country
        return value.code or ""
    return value


def snapshot(instance: models.Model, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """The values of a record's concrete fields, as JSON-ready data."""
    names = (
        list(fields)
        if fields is not None
        else [f.attname for f in instance._meta.concrete_fields if f.attname != "password"]
    )
    return {name: _plain(getattr(instance, name)) for name in names}


def record_many(
    *, actor: Any, action: str, targets: Iterable[models.Model], fields: list[str]
) -> None:
    """One creation record per target, written together (for imports)."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor=user,
                action=action,
                object_type=t._meta.label_lower,
                object_id=str(t.pk),
                object_repr=str(t)[:200],
                after=_plain(snapshot(t, fields)),
            )
            for t in targets
        ],
        batch_size=1000,
    )


def record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    object_type: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit record. `actor` is a user or None for the system."""
    if target is not None:
        object_type = object_type or target._meta.label_lower
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=object_type or "",
        object_id="" if target is None else str(target.pk),
        object_repr=("" if target is None else str(target))[:200],
        before=_plain(before) if before is not None else None,
        after=_plain(after) if after is not None else None,
    )


def last_writer_id(target: models.Model) -> int | None:
    """Who wrote the record's newest audit entry (None for the system or no entry)."""
    return (
        AuditEvent.objects.filter(object_type=target._meta.label_lower, object_id=str(target.pk))
        .order_by("-created_at", "-id")
        .values_list("actor_id", flat=True)
        .first()
    )


def stale_version(
    *, by: Any, target: models.Model, message: str, current_version: int, current: dict[str, Any]
) -> Conflict:
    """The refusal to save over a newer version. `message` blames someone else; when the newer
    version is the person's own (saved from another tab or window), it says so instead."""
    mine = getattr(by, "pk", None)
    if mine is not None and target.pk is not None and last_writer_id(target) == mine:
        message = _(
            "You saved a newer version in another tab or window, so nothing was changed here. "
            "Compare it with what you typed below; saving again replaces it."
        )
    return Conflict(message, current_version=current_version, current=current)
