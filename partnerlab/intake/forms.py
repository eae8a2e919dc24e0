from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from partnerlab.intake.models import STAKEHOLDER_KINDS, Consultation


class ConsultationForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Consultation
        fields = ["kind", "title", "held_on", "region", "mode", "notes"]
        widgets = {
            "held_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }


class InputImportForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("CSV (UTF-8), Excel (.xlsx) or JSON Lines (.jsonl), with a text column."),
    )


class SurveyForm(forms.Form):
    """The two survey questions, and who is answering (all optional but the answers)."""

    problem = forms.CharField(
        label=_(
            "Where you work, what is the most urgent problem facing migrants or the way "
            "migration is governed?"
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )
    solution = forms.CharField(
        label=_(
            "Which solution could be started soon? Describe what it would look like and "
            "who should take part."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )
    organisation_name = forms.CharField(
        label=_("Your organisation (optional)"), max_length=200, required=False
    )
    stakeholder_kind = forms.ChoiceField(
        label=_("You answer as"),
        choices=[("", _("Prefer not to say")), *STAKEHOLDER_KINDS],
        required=False,
    )
    country = LazyTypedChoiceField(
        label=_("Country (optional)"), choices=[("", "—"), *countries], required=False
    )
