"""The fundable proposal built from a designed partnership: its own statements, the typology,
each partner's sign-off of each element, and the notices sent when a signed element changes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from partnerlab.partnerships.models import Partnership, PartnershipPartner


class ProposalElement(models.TextChoices):
    """The elements every partner agrees to, in the order of a standard proposal."""

    PROBLEM = "problem", _("Problem assessment")
    PARTNERS = "partners", _("Partners and roles")
    OBJECTIVES = "objectives", _("Goals and objectives")
    ACTIVITIES = "activities", _("Activities and implementation plan")
    BUDGET = "budget", _("Budget")


class Novelty(models.TextChoices):
    NEW = "new", _("New partnership")
    EXPANDED = "expanded", _("Substantially expanded")
    CONTINUED = "continued", _("Continues existing work as it is")


class PartnershipType(models.TextChoices):
    OPERATIONAL = "Operational", _("Operational")
    POLICY = "Policy & Dialogue", _("Policy & Dialogue")
    CAPACITY = "Capacity", _("Capacity")
    RESEARCH = "Action Research", _("Action Research")
    HYBRID = "Hybrid", _("Hybrid")


class Proposal(models.Model):
    """What a proposal states beyond the PDIA stages (one per idea, made on first edit)."""

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="proposal"
    )
    goal = models.TextField(_("overall goal"), blank=True)
    novelty = models.CharField(
        _("new or expanded"), max_length=10, choices=Novelty.choices, blank=True
    )
    novelty_note = models.TextField(_("what is new"), blank=True)
    benefits_origin = models.TextField(_("benefits for the country of origin"), blank=True)
    benefits_destination = models.TextField(
        _("benefits for the country of destination"), blank=True
    )
    benefits_migrants = models.TextField(_("benefits for migrants"), blank=True)
    # The typology is computed from the activities when read; a facilitator may set it instead.
    override_type = models.CharField(
        _("type set by a facilitator"), max_length=20, choices=PartnershipType.choices, blank=True
    )
    override_components = models.JSONField(default=list, blank=True)
    override_reason = models.TextField(_("why"), blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return str(self.partnership)


class SignOff(models.Model):
    """A partner's agreement to one element as it stood; cleared when the element changes."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="sign_offs")
    element = models.CharField(max_length=12, choices=ProposalElement.choices)
    partner = models.ForeignKey(
        PartnershipPartner, on_delete=models.CASCADE, related_name="sign_offs"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField(auto_now_add=True)
    content = models.JSONField()  # the element as signed, to show what changed since
    content_hash = models.CharField(max_length=64)
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["partnership", "element", "-signed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "element", "partner"],
                condition=models.Q(cleared_at__isnull=True),
                name="one_valid_sign_off",
            ),
        ]

    def __str__(self) -> str:
        return str(self.partner)  # the audit trail's name for it; the element is in its details


class NoticeQuerySet(models.QuerySet["Notice"]):
    def pending(self) -> NoticeQuerySet:
        """Notices the partner has not yet answered by signing the element again."""
        return self.filter(resolved_by=None)


class Notice(models.Model):
    """Tells a partner's representative that an element it signed has changed; resolved once
    the partner signs that element again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sign_off = models.ForeignKey(SignOff, on_delete=models.CASCADE, related_name="notices")
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        SignOff, null=True, blank=True, on_delete=models.SET_NULL, related_name="resolved_notices"
    )

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.user} · {self.sign_off}"
