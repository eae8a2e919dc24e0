"""A cycle is one run of the Lab (for example a forum's year); later data hangs on it."""

from __future__ import annotations

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _


class Cycle(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name for links"), max_length=60, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    forum = models.CharField(_("forum"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    interest_deadline = models.DateField(
        _("deadline for expressions of interest"), null=True, blank=True
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "name"]
        verbose_name = _("cycle")
        verbose_name_plural = _("cycles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="cycle_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def interest_closed(self, today: datetime.date) -> bool:
        """Past the deadline for expressions of interest: areas nobody joined are to be dropped."""
        return self.interest_deadline is not None and today > self.interest_deadline


class ThematicArea(models.Model):
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="thematic_areas")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "name"], name="thematic_area_unique"),
        ]

    def __str__(self) -> str:
        return self.name
