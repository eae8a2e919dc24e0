"""What stakeholders said: consultations of a cycle and the inputs they produced."""

from __future__ import annotations

import hashlib
import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.cycles.models import Cycle
from partnerlab.reference import regions


class ConsultationKind(models.TextChoices):
    REGIONAL = "regional_consultation", _("Regional consultation")
    BREAKOUT = "thematic_breakout", _("Thematic breakout")
    MATCHING = "matching_session", _("Partnership-matching session")
    SURVEY = "survey", _("Survey")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")
    HYBRID = "hybrid", _("Hybrid")
    WRITTEN = "written", _("Written (form or survey)")


class Answers(models.TextChoices):
    PROBLEM = "problem", _("Problem")
    SOLUTION = "solution", _("Solution")
    PITCH = "pitch", _("Partnership pitch")
    NOTE = "note", _("Note")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    OTHER = "other", _("Other")


MIGRANT = "migrant_or_diaspora"
# Who answered: the kinds of organisation, plus people answering for themselves.
STAKEHOLDER_KINDS = [*OrganisationKind.choices, (MIGRANT, _("Migrant or diaspora member"))]


class Consultation(models.Model):
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="consultations")
    kind = models.CharField(_("kind"), max_length=30, choices=ConsultationKind.choices)
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"), null=True, blank=True)
    region = models.CharField(
        _("UN region"), max_length=40, blank=True, choices=regions.region_choices
    )
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices, default=Mode.HYBRID)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["held_on", "title"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "title"], name="consultation_title_unique"),
        ]

    def __str__(self) -> str:
        return self.title


def content_hash(text: str) -> str:
    """Identity of an input without an external id: its text, normalised for spacing and case."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode()).hexdigest()


class Source(models.TextChoices):
    IMPORT = "import", _("Imported file")
    SURVEY = "survey", _("Survey form")
    MANUAL = "manual", _("Entered by hand")


class Input(models.Model):
    """One thing a stakeholder said: an answer, a pitch or a note."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="inputs")
    consultation = models.ForeignKey(
        Consultation, null=True, blank=True, on_delete=models.SET_NULL, related_name="inputs"
    )
    text = models.TextField(_("text"))
    answers = models.CharField(
        _("answers"), max_length=20, choices=Answers.choices, default=Answers.NOTE
    )
    language = models.CharField(_("language"), max_length=8, choices=Language.choices)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="inputs"
    )
    organisation_name = models.CharField(
        _("organisation as given"),
        max_length=200,
        blank=True,
        help_text=_("The name the respondent gave, when it is not in the directory."),
    )
    stakeholder_kind = models.CharField(
        _("stakeholder kind"), max_length=40, blank=True, choices=STAKEHOLDER_KINDS
    )
    country = CountryField(_("country"), blank=True)
    external_id = models.CharField(_("external id"), max_length=120, blank=True)
    content_hash = models.CharField(max_length=64, editable=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.IMPORT)
    # [{"number": 6, "score": 0.71, "evidence": ["…"]}, …], best first; set by theme discovery.
    gcm_suggestions = models.JSONField(default=list, blank=True)
    response_key = models.CharField(
        max_length=40, blank=True, help_text="Groups the answers of one survey response."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("input")
        verbose_name_plural = _("inputs")
        constraints = [
            models.UniqueConstraint(
                fields=["cycle", "external_id"],
                condition=~models.Q(external_id=""),
                name="input_external_id_unique",
            ),
            models.UniqueConstraint(fields=["cycle", "content_hash"], name="input_content_unique"),
        ]
        indexes = [models.Index(fields=["cycle", "answers"])]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def region(self) -> str:
        return regions.region_of(self.country.code)


class SurveyLink(models.Model):
    """A public, unguessable link to a survey's form; anyone holding it may answer."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="survey_links"
    )
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.consultation} ({self.token[:6]}…)"

    @property
    def is_open(self) -> bool:
        now = timezone.now()
        return self.closed_at is None and (self.closes_at is None or self.closes_at > now)
