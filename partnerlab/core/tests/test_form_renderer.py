"""Select and checkbox lists drawn in Python have exactly the markup of Django's templates."""

from __future__ import annotations

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from partnerlab.core.form_renderer import FastChoicesRenderer
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.testing.workspace import make_workspace

CHOICES = [("", "—"), ("a", 'A & "quoted" <b>'), ("Group", [("g1", "One"), ("g2", "Two")])]


class Sample(forms.Form):
    one = forms.ChoiceField(choices=CHOICES, required=False)
    many = forms.MultipleChoiceField(
        choices=CHOICES[1:], widget=forms.CheckboxSelectMultiple, initial=["g2"]
    )
    radio = forms.ChoiceField(choices=CHOICES[1:], widget=forms.RadioSelect, initial="a")
    several = forms.MultipleChoiceField(choices=CHOICES[1:], initial=["a", "g1"])
    no_id = forms.ChoiceField(
        choices=CHOICES, widget=forms.CheckboxSelectMultiple(attrs={"class": "c", "data-x": 1})
    )


def _both(form_class, **kwargs):  # type: ignore[no-untyped-def]
    fast = form_class(renderer=FastChoicesRenderer(), **kwargs)
    slow = form_class(renderer=DjangoTemplates(), **kwargs)
    return fast, slow


@pytest.mark.parametrize("auto_id", ["id_%s", False])
def test_choice_widgets_render_as_djangos_templates_do(auto_id) -> None:
    fast, slow = _both(Sample, auto_id=auto_id, data={"one": "a", "many": ["a", "g1"]})
    for name in Sample.base_fields:
        assert str(fast[name]) == str(slow[name]), name


@pytest.mark.django_db
def test_the_workspace_forms_render_as_before(cast) -> None:
    ws = make_workspace(cast)
    for key, spec in ELEMENTS.items():
        fast = spec.form(partnership=ws.idea, renderer=FastChoicesRenderer())
        slow = spec.form(partnership=ws.idea, renderer=DjangoTemplates())
        for name in fast.fields:
            assert str(fast[name]) == str(slow[name]), (key, name)


class Inputs(forms.Form):
    text = forms.CharField(help_text='Say "what" <b>', max_length=20)
    empty = forms.CharField(required=False)
    number = forms.IntegerField(min_value=1, max_value=5, required=False)
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    tick = forms.BooleanField(required=False)
    secret = forms.CharField(widget=forms.HiddenInput, required=False)
    mail = forms.EmailField(required=False)


@pytest.mark.parametrize(
    "data", [None, {"text": 'a "b" & <c>', "number": "9", "note": "x\ny", "tick": "on"}]
)
def test_inputs_and_text_areas_render_as_djangos_templates_do(data) -> None:
    fast, slow = _both(Inputs, data=data, initial={"empty": "<i>", "day": "2026-12-03"})
    for name in Inputs.base_fields:
        assert str(fast[name]) == str(slow[name]), name


def test_a_field_row_is_drawn_as_the_field_template_draws_it() -> None:
    from django.template.loader import get_template

    from partnerlab.core.templatetags.fields import field_row

    template = get_template("_field.html")
    for data in (None, {"text": "", "number": "9", "mail": "not-an-address"}):
        form = Inputs(data=data)
        form.is_valid()
        for field in form:
            assert field_row(field) == template.render({"field": field}), field.name


def test_long_lists_render_as_djangos_select_does() -> None:
    from partnerlab.core.form_renderer import ListSelect, ListSelectMultiple

    choices = [("", "—"), ("1", "Ministry <of> Labour"), ("22", 'City "A" & B'), ("3", "NGO")]
    for value in (None, "", "22", 3):
        fast = ListSelect(choices=choices).render("org", value, {"id": "id_org"})
        slow = forms.Select(choices=choices).render("org", value, {"id": "id_org"})
        assert fast == slow, value
    for values in (None, [], ["1", "3"]):
        fast = ListSelectMultiple(choices=choices[1:], attrs={"size": 10}).render("m", values)
        slow = forms.SelectMultiple(choices=choices[1:], attrs={"size": 10}).render("m", values)
        assert fast == slow, values
