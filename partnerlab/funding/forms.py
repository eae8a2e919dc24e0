"""The forms pages show and services validate with: one set of messages for both."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from partnerlab.core.forms import refuse_control_characters
from partnerlab.cycles.models import Cycle
from partnerlab.funding.models import DonorProfile, FundingStatus, PledgeKind
from partnerlab.proposals.models import PartnershipType
from partnerlab.reference import regions
from partnerlab.reference.models import GcmObjective


class LabelsField(forms.CharField):
    """Short labels, one per line on a page or a list in the API."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        items = value if isinstance(value, list | tuple) else str(value or "").splitlines()
        labels = [" ".join(str(x).split()) for x in items]
        return list(dict.fromkeys(x for x in labels if x))

    def validate(self, value: Any) -> None:
        for label in value:
            if len(label) > 120:
                raise forms.ValidationError(_("Keep each label under 120 characters."))


def _objectives(label: Any) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        GcmObjective.objects.all(),
        to_field_name="number",
        required=False,
        label=label,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("%(value)s is not a GCM objective (they are numbered 1 to 23)."),
            "invalid_pk_value": _("%(pk)s is not a GCM objective number."),
        },
    )


def _types(label: Any) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        choices=PartnershipType.choices,
        required=False,
        label=label,
        widget=forms.CheckboxSelectMultiple,
    )


class DonorProfileForm(forms.ModelForm):
    objectives = _objectives(_("GCM objectives"))
    thematic_areas = LabelsField(
        label=_("Thematic areas"), required=False, help_text=_("One per line.")
    )
    regions = forms.MultipleChoiceField(
        choices=regions.region_choices,
        required=False,
        label=_("UN regions"),
        widget=forms.CheckboxSelectMultiple,
    )
    partnership_types = _types(_("Partnership types"))
    excluded_types = _types(_("Partnership types never funded"))
    excluded_objectives = _objectives(_("GCM objectives never funded"))

    class Meta:
        model = DonorProfile
        fields = [
            "kind",
            "objectives",
            "thematic_areas",
            "regions",
            "countries",
            "partnership_types",
            "currency",
            "min_amount",
            "max_amount",
            "needs_cofunding",
            "excluded_countries",
            "excluded_types",
            "excluded_objectives",
            "exclusion_note",
            "contact_name",
            "contact_email",
        ]

    def clean_currency(self) -> str:
        code = str(self.cleaned_data.get("currency") or "").strip().upper()
        if len(code) != 3 or not code.isalpha() or not code.isascii():
            raise forms.ValidationError(_("A currency is three letters, such as USD or EUR."))
        return code

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("min_amount"), data.get("max_amount")
        if low is not None and high is not None and low > high:
            self.add_error(
                "max_amount", _("The largest amount must be at least the smallest amount.")
            )
        refuse_control_characters(self)
        return data


class WindowForm(forms.Form):
    opens_on = forms.DateField(
        label=_("Opens"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    closes_on = forms.DateField(
        label=_("Closes"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        opens, closes = data.get("opens_on"), data.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("A funding window cannot close before it opens."))
        return data


WindowFormSet = forms.formset_factory(WindowForm, extra=2, can_delete=True)


class PledgeForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount"),
        max_digits=14,
        decimal_places=2,
        min_value=Decimal("0.01"),
        localize=True,  # "2500,50" in French and Spanish
        error_messages={
            "invalid": _("Enter the amount as a number, such as 25000 or 25000.50."),
            "min_value": _("A pledge is more than zero."),
        },
    )
    kind = forms.ChoiceField(label=_("Cash or in kind"), choices=PledgeKind.choices)
    conditions = forms.CharField(label=_("Conditions"), widget=forms.Textarea, required=False)
    budget_lines = forms.TypedMultipleChoiceField(
        label=_("Budget lines covered"), required=False, coerce=int, choices=[]
    )
    confirm_over_gap = forms.BooleanField(
        label=_("I confirm a pledge larger than the funding gap"), required=False
    )

    def __init__(self, *args: Any, lines: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["budget_lines"].choices = [  # type: ignore[attr-defined]
            (line.pk, f"{line.description} · {line.partner.organisation.name} · {line.amount}")
            for line in lines or []
        ]
        self.fields["budget_lines"].widget = forms.CheckboxSelectMultiple(
            choices=self.fields["budget_lines"].choices  # type: ignore[attr-defined]
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        refuse_control_characters(self)
        return data


class TextForm(forms.Form):
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        refuse_control_characters(self)
        return data


class PipelineFilters(forms.Form):
    """The pipeline's filters; wrong values are dropped rather than refused."""

    objective = forms.TypedChoiceField(label=_("GCM objective"), required=False, coerce=int)
    region = forms.ChoiceField(label=_("UN region"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", "—"), *PartnershipType.choices]
    )
    amount_min = forms.DecimalField(label=_("Requested at least"), required=False, min_value=0)
    amount_max = forms.DecimalField(label=_("Requested at most"), required=False, min_value=0)
    status = forms.ChoiceField(
        label=_("Funding status"), required=False, choices=[("", "—"), *FundingStatus.choices]
    )
    cycle = forms.ChoiceField(label=_("Cycle"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        empty = [("", "—")]
        objectives = [(o.number, str(o)) for o in GcmObjective.objects.order_by("number")]
        self.fields["objective"].choices = empty + objectives  # type: ignore[attr-defined]
        self.fields["region"].choices = empty + regions.region_choices()  # type: ignore[attr-defined]
        self.fields["country"].choices = empty + list(countries)  # type: ignore[attr-defined]
        cycles = Cycle.objects.order_by("-year", "name").values_list("slug", "name")
        self.fields["cycle"].choices = empty + list(cycles)  # type: ignore[attr-defined]
