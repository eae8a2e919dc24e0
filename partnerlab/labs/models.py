"""Expressions of interest in published areas, and the small groups formed from them.

Lab sessions (the two meetings of a cycle) will live here too.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerlab.actors.models import Organisation
from partnerlab.cycles.models import Cycle
from partnerlab.themes.models import CommonArea


class Contribution(models.TextChoices):
    EXPERTISE = "expertise", _("Expertise")
    FUNDING = "funding", _("Funding")
    IMPLEMENTATION = "implementation", _("Implementation capacity")
    POLITICAL_BACKING = "political_backing", _("Political backing")
    DATA = "data", _("Data")


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    AUXILIARY = "auxiliary", _("Auxiliary partner")


class Interest(models.Model):
    """An organisation's interest in an area of common interest: what it brings, what it seeks."""

    area = models.ForeignKey(
        CommonArea, on_delete=models.CASCADE, related_name="interests", verbose_name=_("area")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="interests",
        verbose_name=_("organisation"),
    )
    brings = models.JSONField(_("what it brings"), default=list)
    role = models.CharField(_("role sought"), max_length=12, choices=PartnerRole.choices)
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["area", "organisation__name"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(fields=["area", "organisation"], name="one_interest_per_area"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.area}"

    def brings_labels(self) -> list[str]:
        labels = dict(Contribution.choices)
        return [str(labels.get(b, b)) for b in self.brings]


class Group(models.Model):
    """A small group of partners around one or more areas; it holds partnership ideas."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("name"), max_length=200)
    areas = models.ManyToManyField(CommonArea, related_name="groups", verbose_name=_("areas"))
    members = models.ManyToManyField(
        Organisation, related_name="lab_groups", verbose_name=_("members")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["cycle", "name"]
        verbose_name = _("small group")
        verbose_name_plural = _("small groups")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "name"], name="group_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name
