"""Reference frameworks shipped with the platform."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class GcmObjective(models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration,
    with its official title in English, French and Spanish (A/RES/73/195)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("official title"), max_length=300)
    title_fr = models.CharField(_("official title in French"), max_length=300, blank=True)
    title_es = models.CharField(_("official title in Spanish"), max_length=300, blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")

    def __str__(self) -> str:
        return f"{self.number}. {self.localized_title}"

    @property
    def titles(self) -> dict[str, str]:
        return {
            "en": self.title,
            "fr": self.title_fr or self.title,
            "es": self.title_es or self.title,
        }

    @property
    def language(self) -> str:
        """The language the title is shown in: the interface's, if the title exists in it."""
        language = (get_language() or "en")[:2]
        return language if language in self.titles else "en"

    @property
    def localized_title(self) -> str:
        """The official title in the interface language (English otherwise)."""
        return self.titles[self.language]
