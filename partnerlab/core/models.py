"""The audit trail: one append-only record for every write made through a service."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: object) -> int:
        raise AuditIsAppendOnly(_("Audit records cannot be changed."))

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditIsAppendOnly(_("Audit records cannot be deleted."))


class AuditIsAppendOnly(Exception):
    pass


class AuditEvent(models.Model):
    """Who did what to which record, when, with the values before and after."""

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=80, db_index=True)
    object_type = models.CharField(_("record type"), max_length=80, db_index=True)
    object_id = models.CharField(_("record id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("record"), max_length=200, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_repr}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise AuditIsAppendOnly(_("Audit records cannot be changed."))
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise AuditIsAppendOnly(_("Audit records cannot be deleted."))

    @property
    def description(self) -> str:
        """What was done, in words, naming the record (the same words as the histories)."""
        from partnerlab.core.actions import describe

        return describe(
            self.action,
            object_type=self.object_type,
            object_repr=self.object_repr,
            details=self.after if isinstance(self.after, dict) else None,
        )

    def changed_fields(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every value that differs, for the audit page; a field
        is named as its form labels it when the record type knows it."""
        before = self.before or {}
        after = self.after or {}
        keys = sorted(set(before) | set(after))
        return [
            (self._field_name(k), before.get(k), after.get(k))
            for k in keys
            if before.get(k) != after.get(k)
        ]

    def _field_name(self, key: str) -> str:
        from django.apps import apps
        from django.core.exceptions import FieldDoesNotExist

        try:
            field = apps.get_model(self.object_type)._meta.get_field(key.removesuffix("_id"))
        except (LookupError, ValueError, FieldDoesNotExist):
            return key
        return str(getattr(field, "verbose_name", key))


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Job(models.Model):
    """A long piece of work done by the task worker, with progress for the page to show."""

    kind = models.CharField(max_length=60, db_index=True)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    message = models.CharField(max_length=300, blank=True)
    params = models.JSONField(default=dict)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)


class StagedFile(models.Model):
    """An uploaded file kept between its preview and the confirmation that imports it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(max_length=40)
    name = models.CharField(max_length=255)
    data = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)
    # Set once, when the confirmation uses the file: a second confirmation says it was done.
    used_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return self.name


class Submission(models.Model):
    """One submission of a form or API call that creates something, by its one-time key.

    The first request with a key records it and, in the same transaction, the answer it gave;
    a second request with that key (a double click, a retry, Back and submit again) waits for
    the first to finish and gets the same answer instead of creating a second object.
    """

    scope = models.CharField(max_length=80)  # whose key: a user, an API token, or anonymous
    key = models.CharField(max_length=200)
    request = models.CharField(max_length=64)  # digest of method, path and body
    status = models.PositiveSmallIntegerField(null=True)
    headers = models.JSONField(default=dict)
    body = models.BinaryField(default=b"")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="submission_once_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.key}"
