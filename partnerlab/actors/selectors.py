"""Reads of organisations worth naming: what a person may see, filtered."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Count, Max, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from partnerlab.actors.models import Membership, Organisation, OrganisationKind
from partnerlab.reference import regions


class OrganisationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=OrganisationKind.choices)
    membership = django_filters.ChoiceFilter(
        label=_("Forum membership"), choices=Membership.choices
    )
    region = django_filters.ChoiceFilter(
        label=_("UN region"), method="in_region", choices=regions.region_choices
    )
    subregion = django_filters.ChoiceFilter(
        label=_("UN sub-region"), method="in_subregion", choices=regions.subregion_choices
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=lambda: list(countries))

    class Meta:
        model = Organisation
        fields = ["q", "kind", "membership", "region", "subregion", "country"]

    def search(self, queryset: QuerySet[Organisation], name: str, value: str) -> Any:
        return queryset.filter(
            Q(name__icontains=value) | Q(acronym__icontains=value) | Q(description__icontains=value)
        )

    def in_region(self, queryset: QuerySet[Organisation], name: str, value: str) -> Any:
        return queryset.filter(country__in=regions.countries_in_region(value))

    def in_subregion(self, queryset: QuerySet[Organisation], name: str, value: str) -> Any:
        return queryset.filter(country__in=regions.countries_in_subregion(value))


def organisations_for(user: Any) -> QuerySet[Organisation]:
    """Every signed-in person sees the directory; contacts are shown by permission."""
    if not getattr(user, "is_authenticated", False):
        return Organisation.objects.none()
    return Organisation.objects.order_by("name")


def filter_organisations(user: Any, params: Any) -> OrganisationFilter:
    return OrganisationFilter(params, queryset=organisations_for(user))


# One list per state of the directory, in this process: a select of every organisation would
# otherwise read and build each of them again on every page that offers it.
_CHOICES: dict[tuple[Any, ...], list[tuple[int, str]]] = {}


def organisation_choices() -> list[tuple[int, str]]:
    """Every organisation as (id, name), by name. One small query tells whether the directory
    changed since the list was made (an addition, a removal or an edit, which bumps `version`)."""
    state = Organisation.objects.aggregate(
        count=Count("id"), last=Max("id"), versions=Sum("version"), changed=Max("updated_at")
    )
    key = tuple(state.values())
    if key not in _CHOICES:
        _CHOICES.clear()
        _CHOICES[key] = list(Organisation.objects.order_by("name").values_list("pk", "name"))
    return _CHOICES[key]
