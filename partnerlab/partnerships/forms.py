"""Validation of every element, shared by the pages and the API (services run these forms)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from partnerlab.actors.forms import DirectoryChoices
from partnerlab.actors.models import Organisation
from partnerlab.core.form_renderer import ListSelect
from partnerlab.core.forms import parse_id, refuse_control_characters
from partnerlab.intake.models import Input
from partnerlab.partnerships.models import (
    Activity,
    Authorization,
    BudgetLine,
    Cause,
    CheckIn,
    DesignOption,
    Indicator,
    Objective,
    Partnership,
    PartnershipPartner,
    Problem,
    StrandAssessment,
    Task,
    WantedPartner,
)
from partnerlab.reference.countries import country_choices
from partnerlab.reference.regions import region_choices, subregion_choices
from partnerlab.themes.models import CommonArea

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SHORT_TEXT = forms.Textarea(attrs={"rows": 2})


def _check_ids(field: forms.Field, values: list[Any]) -> None:
    for value in values:
        if value not in (None, "") and parse_id(value) is None:
            raise forms.ValidationError(
                field.error_messages["invalid_pk_value"]
                if "invalid_pk_value" in field.error_messages
                else field.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"pk": value, "value": value},
            )


class IdChoiceField(forms.ModelChoiceField):
    """Refuses ids no database could hold instead of crashing on them."""

    def to_python(self, value: Any) -> Any:
        _check_ids(self, [value])
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value: Any) -> Any:
        _check_ids(self, list(value))
        return super()._check_values(value)


def _bound_numbers(form: forms.ModelForm) -> None:
    """Number fields carry the model's limits as min/max, so the browser offers 1 to 5 for a
    score instead of refusing a 7 only after saving."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.IntegerField | forms.DecimalField):
            continue
        try:
            validators = form._meta.model._meta.get_field(name).validators
        except FieldDoesNotExist:
            continue
        lows = [v.limit_value for v in validators if isinstance(v, MinValueValidator)]
        highs = [v.limit_value for v in validators if isinstance(v, MaxValueValidator)]
        if lows:
            field.widget.attrs["min"] = max(lows)
        if highs:
            field.widget.attrs["max"] = min(highs)


INDENT = "\u2003"  # an em space per level: HTML keeps it, and screen readers skip it


SHARED = "_shared_choice_rows"


def shared_rows(partnership: Partnership, key: str, queryset: Any) -> list[Any]:
    """The idea's records offered by a select list, read once a request however many forms of
    the page offer them (the partners in the activity, budget and task forms, …). Validation
    still reads the database; a write forgets them (`forget_shared_rows`)."""
    kept = partnership.__dict__.setdefault(SHARED, {})
    if key not in kept:
        kept[key] = list(queryset)
    return kept[key]  # type: ignore[no-any-return]


def share_rows(partnership: Partnership, key: str, rows: list[Any]) -> None:
    """Rows a page has read anyway (a section's items), in the order the forms list them."""
    partnership.__dict__.setdefault(SHARED, {}).setdefault(key, rows)


def forget_shared_rows(partnership: Partnership) -> None:
    partnership.__dict__.pop(SHARED, None)


class SharedChoices(ModelChoiceIterator):
    """The choices of a field listing the idea's records of one kind (`field.shared_key`)."""

    def rows(self) -> list[Any]:
        return shared_rows(self.field.partnership, self.field.shared_key, self.queryset)

    def __iter__(self) -> Iterator[Any]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for row in self.rows():
            yield self.choice(row)

    def __len__(self) -> int:
        return len(self.rows()) + (self.field.empty_label is not None)


class CauseTree(SharedChoices):
    """Causes in fishbone order, each indented under the cause it is part of. A cause being
    edited is offered without itself and its own parts (it cannot sit under them)."""

    def __iter__(self) -> Iterator[Any]:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        kids: dict[int | None, list[Cause]] = {}
        for cause in self.rows():
            kids.setdefault(cause.parent_id, []).append(cause)
        editing = getattr(self.field, "editing", None)

        def walk(parent: int | None, depth: int) -> Iterator[Any]:
            for cause in kids.get(parent, []):
                if cause.pk == editing:
                    continue
                value, label = self.choice(cause)
                yield value, INDENT * depth + str(label)
                yield from walk(cause.pk, depth + 1)

        yield from walk(None, 0)


# Fields listing the idea's records, and which list they share.
SHARED_KEYS = {
    "responsible": "partners",
    "partner": "partners",
    "owner": "partners",
    "activity": "activities",
    "objective": "objectives",
    "strand": "bones",
    "parent": "causes",
}


class ElementForm(forms.ModelForm):
    """A form bound to one partnership: choices only offer that partnership's records."""

    def _post_clean(self) -> None:
        refuse_control_characters(self)
        super()._post_clean()

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partnership = partnership
        for name, field in self.fields.items():
            # Same fields, with the id check (they add no state, so the class can change).
            if isinstance(field, forms.ModelMultipleChoiceField):
                field.__class__ = IdMultipleChoiceField
            elif isinstance(field, forms.ModelChoiceField):
                field.__class__ = IdChoiceField
            if isinstance(field, forms.DateField):
                field.widget = DATE
            self.limit(name, field)
        _bound_numbers(self)

    def limit(self, name: str, field: forms.Field) -> None:
        p = self.partnership
        if name in SHARED_KEYS:  # the idea's own records: read once for every form of a page
            field.partnership = p  # type: ignore[attr-defined]
            field.shared_key = SHARED_KEYS[name]  # type: ignore[attr-defined]
            field.iterator = SharedChoices  # type: ignore[attr-defined]
        if name == "organisation":
            field.iterator = DirectoryChoices  # type: ignore[attr-defined]
            field.widget = ListSelect()
            field.queryset = field.queryset.order_by("name")  # type: ignore[attr-defined]  # after
        elif name in ("responsible", "partner", "owner"):
            field.queryset = p.partners.select_related("organisation")  # type: ignore[attr-defined]
        elif name == "area":
            field.queryset = CommonArea.objects.filter(cycle_id=p.cycle_id)  # type: ignore[attr-defined]
        elif name == "cited_inputs":
            field.queryset = Input.objects.filter(cycle_id=p.cycle_id)  # type: ignore[attr-defined]
            field.widget = forms.CheckboxSelectMultiple()
        elif name == "parent":
            field.iterator = CauseTree  # type: ignore[attr-defined]
            field.queryset = p.causes.all()  # type: ignore[attr-defined]  # after: sets choices
        elif name == "strand":
            field.queryset = p.causes.filter(parent=None)  # type: ignore[attr-defined]
        elif name == "activity":
            field.queryset = p.activities.all()  # type: ignore[attr-defined]
        elif name == "objective":
            field.queryset = p.objectives.all()  # type: ignore[attr-defined]


class PartnershipForm(forms.ModelForm):
    def _post_clean(self) -> None:
        refuse_control_characters(self)
        super()._post_clean()

    class Meta:
        model = Partnership
        fields = ["title", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}


class PartnerForm(ElementForm):
    class Meta:
        model = PartnershipPartner
        fields = [
            "organisation",
            "role",
            "contribution",
            "gains",
            "rights",
            "obligations",
            "expected_benefit",
            "paid_to_deliver",
        ]
        widgets = {
            "contribution": SHORT_TEXT,
            "gains": SHORT_TEXT,
            "rights": SHORT_TEXT,
            "obligations": SHORT_TEXT,
        }


class WantedPartnerForm(ElementForm):
    region = forms.ChoiceField(label=_("region"), required=False, choices=[("", "—")])

    class Meta:
        model = WantedPartner
        fields = ["kind", "country", "region", "brings"]
        widgets = {"brings": SHORT_TEXT}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", "—"), *region_choices(), *subregion_choices()]  # type: ignore[attr-defined]
        self.fields["country"].widget = ListSelect()
        self.fields["country"].choices = [("", "—"), *country_choices()]  # type: ignore[attr-defined]


class ProblemForm(ElementForm):
    class Meta:
        model = Problem
        fields = [
            "statement",
            "why_it_matters",
            "affected",
            "who_should_care",
            "solved_looks_like",
            "area",
            "cited_inputs",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in (
                "statement",
                "why_it_matters",
                "affected",
                "who_should_care",
                "solved_looks_like",
            )
        }


class CauseForm(ElementForm):
    class Meta:
        model = Cause
        fields = ["text", "parent", "area", "cited_inputs"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].editing = self.instance.pk  # type: ignore[attr-defined]

    def clean_parent(self) -> Cause | None:
        parent: Cause | None = self.cleaned_data.get("parent")
        node = parent
        while node is not None and self.instance.pk is not None:
            if node.pk == self.instance.pk:
                raise forms.ValidationError(_("A cause cannot sit under itself or its own parts."))
            node = node.parent
        return parent


class StrandAssessmentForm(ElementForm):
    class Meta:
        model = StrandAssessment
        fields = [
            "acceptance",
            "acceptance_note",
            "authority",
            "authority_note",
            "ability",
            "ability_note",
            "entry_rank",
        ]
        widgets = {
            "acceptance_note": SHORT_TEXT,
            "authority_note": SHORT_TEXT,
            "ability_note": SHORT_TEXT,
        }


class DesignOptionForm(ElementForm):
    class Meta:
        model = DesignOption
        fields = [
            "title",
            "description",
            "strand",
            "source",
            "reference",
            "technical",
            "feasibility",
            "status",
            "reason",
        ]
        widgets = {"description": SHORT_TEXT, "reason": SHORT_TEXT}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("status") in ("chosen", "set_aside") and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Say why the idea was chosen or set aside."))
        return data


class AuthorizationForm(ElementForm):
    class Meta:
        model = Authorization
        fields = ["partner", "authorizer", "status", "sticking_points", "plan", "target_date"]
        widgets = {"sticking_points": SHORT_TEXT, "plan": SHORT_TEXT}


def _check_dates(form: forms.ModelForm, start: str, end: str) -> dict[str, Any]:
    data = form.cleaned_data
    if data.get(start) and data.get(end) and data[end] < data[start]:
        form.add_error(end, _("The end cannot come before the start."))
    return data


class ActivityForm(ElementForm):
    class Meta:
        model = Activity
        fields = ["title", "description", "responsible", "starts_on", "ends_on"]
        widgets = {"description": SHORT_TEXT}

    def clean(self) -> dict[str, Any]:
        super().clean()
        return _check_dates(self, "starts_on", "ends_on")


class ObjectiveForm(ElementForm):
    class Meta:
        model = Objective
        fields = ["text"]


class IndicatorForm(ElementForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "objective",
            "activity",
            "baseline",
            "target",
            "target_date",
            "means_of_verification",
        ]


class BudgetLineForm(ElementForm):
    class Meta:
        model = BudgetLine
        fields = ["partner", "activity", "description", "kind", "amount"]


class TaskForm(ElementForm):
    class Meta:
        model = Task
        fields = ["kind", "title", "owner", "due_on", "status"]


class CheckInForm(ElementForm):
    class Meta:
        model = CheckIn
        fields = ["held_on", "progress", "sticking_points"]
        widgets = {"progress": SHORT_TEXT, "sticking_points": SHORT_TEXT}


class IdeaForm(forms.Form):
    title = forms.CharField(max_length=200, label=_("Title"))
    summary = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), label=_("Summary")
    )
    lead = forms.ModelChoiceField(queryset=Organisation.objects.none(), label=_("Lead partner"))

    def __init__(self, *args: Any, members: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead"].queryset = members  # type: ignore[attr-defined]
