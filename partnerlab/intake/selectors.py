"""Reads of consultation input worth naming."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import STAKEHOLDER_KINDS, Answers, Consultation, Input, Language
from partnerlab.reference import regions


class InputFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), field_name="text", lookup_expr="icontains")
    consultation = django_filters.ModelChoiceFilter(
        label=_("Consultation"), queryset=Consultation.objects.none()
    )
    answers = django_filters.ChoiceFilter(label=_("Answers"), choices=Answers.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=Language.choices)
    stakeholder_kind = django_filters.ChoiceFilter(
        label=_("Stakeholder kind"), choices=STAKEHOLDER_KINDS
    )
    region = django_filters.ChoiceFilter(
        label=_("UN region"), method="in_region", choices=regions.region_choices
    )

    class Meta:
        model = Input
        fields = ["q", "consultation", "answers", "language", "stakeholder_kind", "region"]

    def __init__(self, *args: Any, cycle: Cycle, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["consultation"].queryset = cycle.consultations.all()

    def in_region(self, queryset: QuerySet[Input], name: str, value: str) -> Any:
        return queryset.filter(country__in=regions.countries_in_region(value))


def inputs_of(cycle: Cycle) -> QuerySet[Input]:
    return cycle.inputs.select_related("consultation", "organisation").order_by("id")


def filter_inputs(cycle: Cycle, params: Any) -> InputFilter:
    return InputFilter(params, queryset=inputs_of(cycle), cycle=cycle)


def consultations_of(cycle: Cycle) -> QuerySet[Consultation]:
    return cycle.consultations.annotate(input_count=Count("inputs")).order_by("held_on", "title")
