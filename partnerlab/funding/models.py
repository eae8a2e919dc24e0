"""Donors' priorities and the funding of published proposals: introductions, questions,
pledges, the funding status with its history, and the notices sent about them."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnerlab.actors.models import Organisation
from partnerlab.partnerships.models import BudgetLine, Partnership, PartnershipPartner
from partnerlab.reference.models import GcmObjective

MONEY = {"max_digits": 14, "decimal_places": 2}


class DonorKind(models.TextChoices):
    """What sort of funder a donor is: it shapes what it can fund and how."""

    BILATERAL = "bilateral", _("Bilateral agency")
    POOLED = "pooled", _("Multilateral or pooled fund")
    FOUNDATION = "foundation", _("Private foundation")
    BANK = "bank", _("Development bank")
    OTHER = "other", _("Other")


class DonorProfile(models.Model):
    """What a donor organisation funds, and what it never funds."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="donor_profile"
    )
    kind = models.CharField(
        _("kind of donor"), max_length=12, choices=DonorKind.choices, blank=True
    )
    objectives = models.ManyToManyField(
        GcmObjective, blank=True, related_name="+", verbose_name=_("GCM objectives")
    )
    thematic_areas = models.JSONField(_("thematic areas"), default=list, blank=True)
    regions = models.JSONField(_("UN regions"), default=list, blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    partnership_types = models.JSONField(_("partnership types"), default=list, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="USD")
    min_amount = models.DecimalField(
        _("smallest amount funded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        **MONEY,
    )
    max_amount = models.DecimalField(
        _("largest amount funded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        **MONEY,
    )
    needs_cofunding = models.BooleanField(_("needs co-funding from the partners"), default=False)
    excluded_countries = CountryField(_("countries never funded"), multiple=True, blank=True)
    excluded_types = models.JSONField(_("partnership types never funded"), default=list, blank=True)
    excluded_objectives = models.ManyToManyField(
        GcmObjective, blank=True, related_name="+", verbose_name=_("GCM objectives never funded")
    )
    exclusion_note = models.TextField(_("other exclusions"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("donor profile")
        verbose_name_plural = _("donor profiles")

    def __str__(self) -> str:
        return str(self.organisation)


class FundingWindow(models.Model):
    """A period in which the donor takes proposals."""

    profile = models.ForeignKey(DonorProfile, on_delete=models.CASCADE, related_name="windows")
    opens_on = models.DateField(_("opens"))
    closes_on = models.DateField(_("closes"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["profile", "opens_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="window_closes_after_it_opens",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.opens_on} – {self.closes_on}"


class ProfileRevision(models.Model):
    """One saved version of a donor profile: its history."""

    profile = models.ForeignKey(DonorProfile, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    data = models.JSONField(default=dict)
    before = models.JSONField(null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["profile", "-version"]

    def __str__(self) -> str:
        return f"{self.profile} v{self.version}"


class FundingStatus(models.TextChoices):
    """Where a published proposal stands with donors, in order."""

    FUNDABLE = "fundable", _("Fundable")
    PRESENTED = "presented", _("Presented to donors")
    IN_DISCUSSION = "in_discussion", _("In discussion")
    PARTLY_PLEDGED = "partly_pledged", _("Partly pledged")
    FULLY_PLEDGED = "fully_pledged", _("Fully pledged")
    AGREEMENT_SIGNED = "agreement_signed", _("Agreement signed")
    IMPLEMENTING = "implementing", _("Implementing")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Funding(models.Model):
    """A proposal in the pipeline: when its partners published it and where it stands."""

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="funding"
    )
    status = models.CharField(
        _("funding status"),
        max_length=20,
        choices=FundingStatus.choices,
        default=FundingStatus.FUNDABLE,
    )
    published_at = models.DateTimeField(_("published to the pipeline"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "id"]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return str(self.partnership)

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class StatusChange(models.Model):
    """One move of the funding status, with its reason."""

    funding = models.ForeignKey(Funding, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=20, choices=FundingStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=FundingStatus.choices)
    reason = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["funding", "-at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_status or '—'} → {self.to_status}"


class Answer(models.TextChoices):
    PENDING = "pending", _("No answer yet")
    INTERESTED = "interested", _("Interested")
    DECLINED = "declined", _("Declined")


class Introduction(models.Model):
    """A donor introduced to a proposal (by a facilitator, or on its own) and its answer."""

    funding = models.ForeignKey(Funding, on_delete=models.CASCADE, related_name="introductions")
    donor = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    introduced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answer = models.CharField(
        _("answer"), max_length=12, choices=Answer.choices, default=Answer.PENDING
    )
    reason = models.TextField(_("reason"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["funding", "donor__name"]
        constraints = [
            models.UniqueConstraint(fields=["funding", "donor"], name="one_introduction_per_donor"),
        ]

    def __str__(self) -> str:
        return f"{self.donor} · {self.funding}"


class Question(models.Model):
    """A donor's question to the partners of a published proposal."""

    funding = models.ForeignKey(Funding, on_delete=models.CASCADE, related_name="questions")
    donor = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("question"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["funding", "created_at", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class QuestionAnswer(models.Model):
    """A partner's answer in a question's thread."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    partner = models.ForeignKey(
        PartnershipPartner, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner")
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("answer"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question", "created_at", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class PledgeKind(models.TextChoices):
    CASH = "cash", _("Cash")
    IN_KIND = "in_kind", _("In kind")


class PledgeQuerySet(models.QuerySet["Pledge"]):
    def active(self) -> PledgeQuerySet:
        return self.filter(withdrawn_at=None)


class Pledge(models.Model):
    """Money or in-kind support a donor promises a published, fundable proposal."""

    funding = models.ForeignKey(Funding, on_delete=models.CASCADE, related_name="pledges")
    donor = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    pledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    amount = models.DecimalField(_("amount"), validators=[MinValueValidator(0)], **MONEY)
    kind = models.CharField(_("cash or in kind"), max_length=10, choices=PledgeKind.choices)
    conditions = models.TextField(_("conditions"), blank=True)
    budget_lines = models.ManyToManyField(
        BudgetLine, blank=True, related_name="+", verbose_name=_("budget lines covered")
    )
    over_gap_confirmed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_reason = models.TextField(_("why it was withdrawn"), blank=True)

    objects = PledgeQuerySet.as_manager()

    class Meta:
        ordering = ["funding", "created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="pledge_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.donor}: {self.amount}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class CommitmentPairing(models.Model):
    """A partner's policy commitment paired with a donor's financial pledge."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="pairings")
    partner = models.ForeignKey(
        PartnershipPartner, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner")
    )
    commitment = models.TextField(_("policy commitment"))
    paired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pledge", "id"]
        constraints = [
            models.UniqueConstraint(fields=["pledge", "partner"], name="one_pairing_per_partner"),
        ]

    def __str__(self) -> str:
        return f"{self.partner} ↔ {self.pledge}"


class NoticeKind(models.TextChoices):
    ANSWERED = "answered", _("Partners answered your question")
    INTEREST = "interest", _("A donor is interested")
    DECLINED = "declined", _("A donor declined")
    QUESTION = "question", _("A donor asked a question")
    PLEDGE = "pledge", _("A donor pledged")
    INTRODUCED = "introduced", _("You were introduced to a proposal")
    MATCHING = "matching", _("A proposal matching your priorities is in the pipeline")


class FundingNotice(models.Model):
    """Tells a person about something that happened to a proposal in the pipeline."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=NoticeKind.choices)
    funding = models.ForeignKey(Funding, on_delete=models.CASCADE, related_name="notices")
    donor = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.kind}"
