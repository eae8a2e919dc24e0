from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerlab.actors.forms import DirectoryChoices
from partnerlab.actors.models import Organisation
from partnerlab.core.form_renderer import ListSelectMultiple
from partnerlab.labs.models import Contribution, PartnerRole
from partnerlab.themes.models import CommonArea


class InterestForm(forms.Form):
    area = forms.ModelChoiceField(queryset=CommonArea.objects.none(), label=_("Area"))
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("Organisation")
    )
    brings = forms.MultipleChoiceField(
        choices=Contribution.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("What it brings"),
    )
    role = forms.ChoiceField(choices=PartnerRole.choices, label=_("Role it seeks"))
    note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label=_("Note")
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, areas: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas  # type: ignore[attr-defined]
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]


class GroupForm(forms.Form):
    name = forms.CharField(max_length=200, label=_("Name"))
    areas = forms.ModelMultipleChoiceField(
        queryset=CommonArea.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Areas of common interest"),
    )
    members = forms.ModelMultipleChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        widget=ListSelectMultiple(attrs={"size": 10}),
        label=_("Member organisations"),
        help_text=_("Organisations that expressed interest in the chosen areas come first."),
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, areas: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = areas  # type: ignore[attr-defined]
        self.fields["members"].iterator = DirectoryChoices  # type: ignore[attr-defined]
        self.fields["members"].queryset = Organisation.objects.order_by("name")  # type: ignore[attr-defined]
