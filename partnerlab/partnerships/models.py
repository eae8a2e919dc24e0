"""Partnership ideas and what a group writes about them in the six PDIA stages.

Every editable element carries a `version`; services refuse to save over a newer one and write
a `Revision` (the element's history, viewable version by version) plus an audit record.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.core.actions import describe
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input
from partnerlab.labs.models import Group, PartnerRole
from partnerlab.themes.models import CommonArea


class Stage(models.TextChoices):
    """The six PDIA stages, in order."""

    PROBLEM = "problem", _("Problem")
    FISHBONE = "fishbone", _("Fishbone")
    SEQUENCING = "sequencing", _("Sequencing")
    DESIGN_SPACE = "design_space", _("Design space")
    AUTHORIZATION = "authorization", _("Authorization")
    DESIGN = "design", _("Design")


class Level(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class OptionSource(models.TextChoices):
    EXISTING = "existing", _("Existing practice")
    ELSEWHERE = "elsewhere", _("Practice elsewhere")
    NEW = "new", _("New idea")


class OptionStatus(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    CHOSEN = "chosen", _("Chosen")
    SET_ASIDE = "set_aside", _("Set aside")


class AuthorizationStatus(models.TextChoices):
    NOT_ASKED = "not_asked", _("Not asked yet")
    IN_DISCUSSION = "in_discussion", _("In discussion")
    AUTHORIZED = "authorized", _("Authorized")
    REFUSED = "refused", _("Refused")


class FundingKind(models.TextChoices):
    CASH = "cash", _("Cash")
    IN_KIND = "in_kind", _("In kind")
    REQUESTED = "requested", _("Requested from donors")


class TaskKind(models.TextChoices):
    INFORMATION = "information", _("Missing information")
    AUTHORIZATION = "authorization", _("Missing authorization")
    PARTNER = "partner", _("Missing partner")
    OTHER = "other", _("Other")


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class Partnership(models.Model):
    """A partnership idea held by a small group, on its way through the six stages."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="partnerships")
    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="partnerships")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage.choices, default=Stage.PROBLEM
    )
    currency = models.CharField(_("currency"), max_length=3, default="USD")
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Any change to the idea or one of its elements; the overview counts days since.
    last_change_at = models.DateTimeField(auto_now_add=True, db_index=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["cycle", "title"]
        verbose_name = _("partnership idea")
        verbose_name_plural = _("partnership ideas")

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class Element(models.Model):
    """What every editable piece of a partnership has."""

    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class PartnershipPartner(Element):
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=12, choices=PartnerRole.choices)
    contribution = models.TextField(_("what it brings"), blank=True)
    # What the proposal states for each partner (mutual benefit, rights and obligations).
    gains = models.TextField(_("what it gains"), blank=True)
    rights = models.TextField(_("its rights"), blank=True)
    obligations = models.TextField(_("its obligations"), blank=True)
    expected_benefit = models.DecimalField(
        _("estimated value of what it gains"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In the idea's currency; used to compare each partner's costs and benefits."),
    )
    paid_to_deliver = models.BooleanField(
        _("paid by another partner to deliver a service"),
        default=False,
        help_text=_("Tick when this partner is paid to deliver rather than sharing the work."),
    )

    class Meta:
        ordering = ["partnership", "role", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "organisation"], name="partner_once_per_idea"
            ),
            models.UniqueConstraint(
                fields=["partnership"],
                condition=models.Q(role="lead"),
                name="one_lead_per_idea",
            ),
        ]

    def __str__(self) -> str:
        return str(self.organisation)


class WantedPartner(Element):
    """A partner the idea needs who is not in the room yet."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="wanted")
    kind = models.CharField(
        _("kind of organisation"), max_length=40, choices=OrganisationKind.choices
    )
    country = CountryField(_("country"), blank=True)
    region = models.CharField(_("region"), max_length=60, blank=True)
    brings = models.TextField(_("what it should bring"))

    class Meta:
        ordering = ["partnership", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.country or self.region or '—'})"


class Problem(Element):
    """Stage 1: the problem constructed by the group."""

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="problem"
    )
    statement = models.TextField(_("what is the problem"), blank=True)
    why_it_matters = models.TextField(_("why it matters"), blank=True)
    affected = models.TextField(_("to whom it matters"), blank=True)
    who_should_care = models.TextField(_("who needs to care more"), blank=True)
    solved_looks_like = models.TextField(_("what it looks like when solved"), blank=True)
    area = models.ForeignKey(
        CommonArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("theme it comes from"),
    )
    cited_inputs = models.ManyToManyField(
        Input,
        blank=True,
        related_name="cited_by_problems",
        verbose_name=_("what stakeholders said"),
    )

    def __str__(self) -> str:
        return self.statement[:80] or str(_("Problem"))


class Cause(Element):
    """Stage 2: a bone of the fishbone (no parent) or a sub-cause, to any depth."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="causes")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("part of"),
    )
    text = models.CharField(_("cause"), max_length=300)
    position = models.PositiveIntegerField(default=0)
    area = models.ForeignKey(
        CommonArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("theme it comes from"),
    )
    cited_inputs = models.ManyToManyField(
        Input, blank=True, related_name="cited_by_causes", verbose_name=_("what stakeholders said")
    )

    class Meta:
        ordering = ["partnership", "position", "id"]

    def __str__(self) -> str:
        return self.text


class StrandAssessment(Element):
    """Stage 3: the triple-A of one causal strand (a bone of the fishbone)."""

    cause = models.OneToOneField(Cause, on_delete=models.CASCADE, related_name="assessment")
    acceptance = models.CharField(_("acceptance"), max_length=6, choices=Level.choices, blank=True)
    acceptance_note = models.TextField(_("note on acceptance"), blank=True)
    authority = models.CharField(_("authority"), max_length=6, choices=Level.choices, blank=True)
    authority_note = models.TextField(_("note on authority"), blank=True)
    ability = models.CharField(_("ability"), max_length=6, choices=Level.choices, blank=True)
    ability_note = models.TextField(_("note on ability"), blank=True)
    entry_rank = models.PositiveSmallIntegerField(
        _("rank as entry point"), null=True, blank=True, validators=[MinValueValidator(1)]
    )

    def __str__(self) -> str:
        return str(self.cause)

    @property
    def is_rated(self) -> bool:
        return bool(self.acceptance and self.authority and self.ability)

    @property
    def change_space(self) -> int | None:
        """1 to 3 per A, summed: 3 (no room for change) to 9 (wide open)."""
        if not self.is_rated:
            return None
        score = {Level.LOW: 1, Level.MEDIUM: 2, Level.HIGH: 3}
        return sum(score[Level(v)] for v in (self.acceptance, self.authority, self.ability))


SCORE = [MinValueValidator(1), MaxValueValidator(5)]


class DesignOption(Element):
    """Stage 4: an idea for an entry point, judged on two axes and then chosen or set aside."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="options")
    strand = models.ForeignKey(
        Cause,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="options",
        verbose_name=_("entry point"),
    )
    title = models.CharField(_("idea"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("comes from"), max_length=10, choices=OptionSource.choices)
    reference = models.CharField(_("practice it builds on"), max_length=300, blank=True)
    technical = models.PositiveSmallIntegerField(
        _("technically correct (1–5)"), null=True, blank=True, validators=SCORE
    )
    feasibility = models.PositiveSmallIntegerField(
        _("politically and administratively feasible (1–5)"),
        null=True,
        blank=True,
        validators=SCORE,
    )
    status = models.CharField(
        _("decision"), max_length=10, choices=OptionStatus.choices, default=OptionStatus.CANDIDATE
    )
    reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        ordering = ["partnership", "id"]

    def __str__(self) -> str:
        return self.title


class Authorization(Element):
    """Stage 5: one decision maker a partner needs, and how far their agreement has got."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="authorizations"
    )
    partner = models.ForeignKey(
        PartnershipPartner,
        on_delete=models.CASCADE,
        related_name="authorizations",
        verbose_name=_("partner"),
    )
    authorizer = models.CharField(_("who must authorize"), max_length=200)
    status = models.CharField(
        _("status"),
        max_length=14,
        choices=AuthorizationStatus.choices,
        default=AuthorizationStatus.NOT_ASKED,
    )
    sticking_points = models.TextField(_("sticking points"), blank=True)
    plan = models.TextField(_("plan to get it"), blank=True)
    target_date = models.DateField(_("by when"), null=True, blank=True)

    class Meta:
        ordering = ["partnership", "partner__organisation__name", "id"]

    def __str__(self) -> str:
        return f"{self.partner}: {self.authorizer}"


class Activity(Element):
    """Stage 6: what the partnership will do, who is responsible, and when."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="activities"
    )
    title = models.CharField(_("activity"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    responsible = models.ForeignKey(
        PartnershipPartner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        verbose_name=_("responsible partner"),
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)

    class Meta:
        ordering = ["partnership", "starts_on", "id"]
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return self.title


class Objective(Element):
    """Stage 6: what the partnership sets out to achieve, measured by its indicators."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="objectives"
    )
    text = models.CharField(_("objective"), max_length=400)

    class Meta:
        ordering = ["partnership", "id"]

    def __str__(self) -> str:
        return self.text


class Indicator(Element):
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="indicators"
    )
    objective = models.ForeignKey(
        Objective,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        verbose_name=_("objective"),
    )
    activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        verbose_name=_("activity"),
    )
    name = models.CharField(_("indicator"), max_length=300)
    baseline = models.CharField(_("baseline"), max_length=200, blank=True)
    target = models.CharField(_("target"), max_length=200, blank=True)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    means_of_verification = models.CharField(_("means of verification"), max_length=300, blank=True)

    class Meta:
        ordering = ["partnership", "id"]

    def __str__(self) -> str:
        return self.name


class BudgetLine(Element):
    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="budget_lines"
    )
    partner = models.ForeignKey(
        PartnershipPartner,
        on_delete=models.CASCADE,
        related_name="budget_lines",
        verbose_name=_("partner"),
    )
    activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="budget_lines",
        verbose_name=_("activity"),
    )
    description = models.CharField(_("item"), max_length=300)
    kind = models.CharField(_("funding"), max_length=10, choices=FundingKind.choices)
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        ordering = ["partnership", "partner__organisation__name", "id"]

    def __str__(self) -> str:
        return self.description


class Task(Element):
    """The lead partner's workplan between sessions."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(_("what is missing"), max_length=14, choices=TaskKind.choices)
    title = models.CharField(_("task"), max_length=300)
    owner = models.ForeignKey(
        PartnershipPartner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
        verbose_name=_("owner"),
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )

    class Meta:
        ordering = ["partnership", "due_on", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_overdue(self) -> bool:
        return (
            self.due_on is not None
            and self.status != TaskStatus.DONE
            and self.due_on < timezone.localdate()
        )


class CheckIn(Element):
    """Progress and sticking points a group reports, usually at a Lab session."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="check_ins")
    held_on = models.DateField(_("date"))
    progress = models.TextField(_("progress"))
    sticking_points = models.TextField(_("sticking points"), blank=True)

    class Meta:
        ordering = ["partnership", "-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.held_on}"


class StageChange(models.Model):
    """A move forward or back between stages; a move back always keeps its reason."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.CharField(max_length=16, choices=Stage.choices)
    to_stage = models.CharField(max_length=16, choices=Stage.choices)
    reason = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partnership", "-at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_stage} → {self.to_stage}"


class Revision(models.Model):
    """One saved version of one element: the history a stage page shows."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="revisions")
    stage = models.CharField(max_length=16, blank=True)  # "" for the idea itself
    element_type = models.CharField(max_length=40)
    element_id = models.PositiveIntegerField()
    element_repr = models.CharField(max_length=200, blank=True)
    action = models.CharField(max_length=10)  # create, update, delete
    version = models.PositiveIntegerField()
    data = models.JSONField(default=dict)
    before = models.JSONField(null=True, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["partnership", "stage"]),
            models.Index(fields=["element_type", "element_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.element_type} #{self.element_id} v{self.version}"

    @property
    def what(self) -> str:
        """For people: "Cause added", "Budget line changed"… (the audit log's words too)."""
        return describe(f"partnership.{self.element_type}.{self.action}")

    def changed_fields(self) -> list[tuple[str, object, object]]:
        before = self.before or {}
        keys = [k for k in self.data if k not in ("id", "partnership_id")]
        return [
            (k, before.get(k), self.data.get(k)) for k in keys if before.get(k) != self.data.get(k)
        ]
