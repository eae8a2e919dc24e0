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
