"""Organisations taking part in a Lab, their contacts, and who represents them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from partnerlab.reference import regions


class OrganisationKind(models.TextChoices):
    NATIONAL_GOVERNMENT = "national_government", _("National government")
    LOCAL_GOVERNMENT = "local_government", _("Local or regional government")
    BUSINESS = "business", _("Business")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
    ACADEMIA = "academia", _("Academia or research")
    DONOR = "donor", _("Donor or foundation")
    OTHER = "other", _("Other")


class Membership(models.TextChoices):
    MEMBER_STATE = "member_state", _("Member State")
    BUSINESS_MECHANISM = "business_mechanism", _("Business mechanism")
    CIVIL_SOCIETY_MECHANISM = "civil_society_mechanism", _("Civil society mechanism")
    MAYORS_MECHANISM = "mayors_mechanism", _("Mayors mechanism")
    NON_MEMBER = "non_member", _("Not a member")


# Which kinds of organisation each form of forum membership is open to.
MEMBERSHIP_KINDS: dict[str, set[str]] = {
    Membership.MEMBER_STATE: {OrganisationKind.NATIONAL_GOVERNMENT},
    Membership.BUSINESS_MECHANISM: {OrganisationKind.BUSINESS},
    Membership.CIVIL_SOCIETY_MECHANISM: {OrganisationKind.CIVIL_SOCIETY, OrganisationKind.ACADEMIA},
    Membership.MAYORS_MECHANISM: {OrganisationKind.LOCAL_GOVERNMENT},
    Membership.NON_MEMBER: set(OrganisationKind.values),
}


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=40, choices=OrganisationKind.choices)
    membership = models.CharField(
        _("forum membership"),
        max_length=40,
        choices=Membership.choices,
        default=Membership.NON_MEMBER,
    )
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(Lower("name"), name="organisation_name_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_forum_member(self) -> bool:
        return self.membership != Membership.NON_MEMBER

    @property
    def is_state(self) -> bool:
        return self.membership == Membership.MEMBER_STATE

    @property
    def region(self) -> str:
        return regions.region_of(self.country.code)

    @property
    def subregion(self) -> str:
        return regions.subregion_of(self.country.code)

    @property
    def region_label(self) -> str:
        return regions.region_label(self.region)

    @property
    def subregion_label(self) -> str:
        return regions.subregion_label(self.subregion)


class Contact(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name


class Representation(models.Model):
    """A person speaks for an organisation: a partner representative or a donor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="representations"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="representations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_representation"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation}"


class InvitedRepresentation(models.Model):
    """The organisations an invited person will represent once they accept."""

    invitation = models.ForeignKey(
        "accounts.Invitation", on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"{self.invitation} — {self.organisation}"
