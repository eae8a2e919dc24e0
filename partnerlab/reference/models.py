"""Reference frameworks shipped with the platform."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class GcmObjective(models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("official title"), max_length=300)

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"
