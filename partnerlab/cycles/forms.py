from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from partnerlab.cycles.models import Cycle, ThematicArea

# Paths under /cycles/ that a cycle's short name must not hide.
RESERVED_SLUGS = {"new", "areas"}


class CycleForm(forms.ModelForm):  # type: ignore[type-arg]
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Cycle
        fields = [
            "name",
            "slug",
            "year",
            "forum",
            "description",
            "starts_on",
            "ends_on",
            "interest_deadline",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "interest_deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The cycle cannot end before it starts."))
        deadline = data.get("interest_deadline")
        if deadline and starts and ends and not starts <= deadline <= ends:
            self.add_error("interest_deadline", _("The deadline must fall within the cycle."))
        if data.get("slug") in RESERVED_SLUGS:
            self.add_error("slug", _("This short name is reserved; choose another."))
        year = data.get("year")
        if year is not None and not 2000 <= year <= 2100:
            self.add_error("year", _("Enter a year between 2000 and 2100."))
        return data


class ThematicAreaForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = ThematicArea
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}
