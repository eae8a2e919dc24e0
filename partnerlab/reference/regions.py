"""UN regions and sub-regions (M49) of countries, from the countryinfo package's data."""

from __future__ import annotations

from functools import cache

from countryinfo import CountryInfo
from django.utils.translation import gettext_lazy as _
from django_countries import countries

# Labels only, so the names can be translated; which country is where comes from the library.
REGION_LABELS = {
    "Africa": _("Africa"),
    "Americas": _("Americas"),
    "Asia": _("Asia"),
    "Europe": _("Europe"),
    "Oceania": _("Oceania"),
}
SUBREGION_LABELS = {
    "Northern Africa": _("Northern Africa"),
    "Sub-Saharan Africa": _("Sub-Saharan Africa"),
    "Latin America and the Caribbean": _("Latin America and the Caribbean"),
    "Northern America": _("Northern America"),
    "Central Asia": _("Central Asia"),
    "Eastern Asia": _("Eastern Asia"),
    "South-eastern Asia": _("South-eastern Asia"),
    "Southern Asia": _("Southern Asia"),
    "Western Asia": _("Western Asia"),
    "Eastern Europe": _("Eastern Europe"),
    "Northern Europe": _("Northern Europe"),
    "Southern Europe": _("Southern Europe"),
    "Western Europe": _("Western Europe"),
    "Australia and New Zealand": _("Australia and New Zealand"),
    "Melanesia": _("Melanesia"),
    "Micronesia": _("Micronesia"),
    "Polynesia": _("Polynesia"),
}


@cache
def _table() -> dict[str, tuple[str, str]]:
    table = {}
    for code, _name in countries:
        info = CountryInfo(code)
        table[code] = (info.region() or "", info.subregion() or "")
    return table


def region_of(country_code: str) -> str:
    return _table().get((country_code or "").upper(), ("", ""))[0]


def subregion_of(country_code: str) -> str:
    return _table().get((country_code or "").upper(), ("", ""))[1]


def countries_in_region(region: str) -> list[str]:
    return [code for code, (reg, _sub) in _table().items() if reg == region]


def countries_in_subregion(subregion: str) -> list[str]:
    return [code for code, (_reg, sub) in _table().items() if sub == subregion]


def region_choices() -> list[tuple[str, str]]:
    return [(key, str(label)) for key, label in REGION_LABELS.items()]


def subregion_choices() -> list[tuple[str, str]]:
    return [(key, str(label)) for key, label in SUBREGION_LABELS.items()]


def region_label(region: str) -> str:
    return str(REGION_LABELS.get(region, region))


def subregion_label(subregion: str) -> str:
    return str(SUBREGION_LABELS.get(subregion, subregion))
