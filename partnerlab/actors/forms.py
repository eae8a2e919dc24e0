from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from partnerlab.accounts.models import Role
from partnerlab.actors.models import MEMBERSHIP_KINDS, Contact, Organisation, OrganisationKind
from partnerlab.actors.selectors import organisation_choices


class OrganisationForm(forms.ModelForm):  # type: ignore[type-arg]
    """The one validation of an organisation's fields: pages, API and CSV import all use it."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Organisation
        fields = ["name", "acronym", "kind", "membership", "country", "website", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind, membership = data.get("kind"), data.get("membership")
        if kind and membership and kind not in MEMBERSHIP_KINDS[membership]:
            allowed = ", ".join(
                str(OrganisationKind(k).label) for k in sorted(MEMBERSHIP_KINDS[membership])
            )
            self.add_error(
                "membership",
                _("This membership is open only to: %(kinds)s.") % {"kinds": allowed},
            )
        return data


class ContactForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Contact
        fields = ["name", "title", "email"]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "CSV (UTF-8), Excel (.xlsx) or JSON Lines (.jsonl). Columns: name, kind, "
            "membership, country, acronym, website, description, contact_name, contact_title, "
            "contact_email."
        ),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    full_name = forms.CharField(label=_("Full name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations they represent"),
        queryset=Organisation.objects.all(),
        required=False,
        help_text=_(
            "Required for partner representatives (one or more) and donors "
            "(one donor organisation)."
        ),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )


class DirectoryChoices(ModelChoiceIterator):
    """Every organisation, from the list kept while the directory does not change
    (`selectors.organisation_choices`): for a select of the whole directory."""

    def __iter__(self) -> Iterator[Any]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from organisation_choices()

    def __len__(self) -> int:
        return len(organisation_choices()) + (self.field.empty_label is not None)
