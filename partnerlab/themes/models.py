"""Theme maps of a cycle, their themes, and the areas of common interest published from them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerlab.core.models import Job
from partnerlab.cycles.models import Cycle, ThematicArea
from partnerlab.intake.models import Input
from partnerlab.reference.models import GcmObjective


class ThemeMap(models.Model):
    """One run of theme discovery over a cycle's inputs, then curated by facilitators."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="theme_maps")
    version = models.PositiveIntegerField(_("version"))
    params = models.JSONField(default=dict)
    input_count = models.PositiveIntegerField(default=0)
    # What the facilitators' curation of the previous version became on this one (None: not
    # carried over yet, or the first version); see `partnerlab/themes/carryover.py`.
    carryover = models.JSONField(null=True, blank=True)
    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["cycle", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "version"], name="theme_map_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.cycle} v{self.version}"


class ThemeStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    DROPPED = "dropped", _("Dropped")


class Theme(models.Model):
    theme_map = models.ForeignKey(ThemeMap, on_delete=models.CASCADE, related_name="themes")
    label = models.CharField(_("label"), max_length=200)
    keywords = models.JSONField(default=list)
    status = models.CharField(
        max_length=10, choices=ThemeStatus.choices, default=ThemeStatus.ACTIVE
    )
    position = models.PositiveIntegerField(default=0)
    # [{"number": 6, "score": 0.71, "evidence": ["…"]}, …], best first.
    gcm_suggestions = models.JSONField(default=list)
    version = models.PositiveIntegerField(default=1, editable=False)
    # The facilitators' curation, carried over to the matching theme when discovery runs again.
    renamed = models.BooleanField(default=False, editable=False)
    merged = models.BooleanField(default=False, editable=False)
    drop_reason = models.CharField(max_length=500, blank=True, editable=False)

    class Meta:
        ordering = ["theme_map", "position", "id"]

    def __str__(self) -> str:
        return self.label


class ThemeAssignment(models.Model):
    """An input in a theme: as its primary theme or a secondary one."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="assignments")
    input = models.ForeignKey(Input, on_delete=models.CASCADE, related_name="theme_assignments")
    primary = models.BooleanField(default=True)
    representative = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["theme", "input"], name="one_assignment_per_theme"),
        ]
        indexes = [models.Index(fields=["theme", "primary"])]

    def __str__(self) -> str:
        return f"{self.input_id} in {self.theme_id}"


class CommonArea(models.Model):
    """An area of common interest: a curated theme published for partners to join."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="common_areas")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source_theme = models.ForeignKey(
        Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="published_areas"
    )
    thematic_area = models.ForeignKey(
        ThematicArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="common_areas",
        verbose_name=_("thematic area"),
    )
    gcm_objectives = models.ManyToManyField(
        GcmObjective, blank=True, verbose_name=_("GCM objectives")
    )
    evidence = models.ManyToManyField(Input, blank=True, related_name="common_areas")
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["cycle", "name"]
        verbose_name = _("area of common interest")
        verbose_name_plural = _("areas of common interest")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "name"], name="common_area_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name
