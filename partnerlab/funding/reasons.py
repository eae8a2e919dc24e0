"""Each matching reason as a sentence a donor can check, in the reader's language.

The engine (`partnerlab.analysis.matching`) gives each reason a code and the facts behind it;
this module words them: objectives by number and title, countries and regions by name, amounts
in the proposal's currency, dates as "3 Dec 2026".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries import countries as country_names

from partnerlab.analysis.matching import Reason
from partnerlab.reference.regions import region_label


def _amount(value: Any, currency: str) -> str:
    whole = Decimal(value).quantize(Decimal(1))
    return f"{formats.number_format(whole, 0, force_grouping=True)} {currency}"


def _day(value: date | None) -> str:
    return formats.date_format(value, "DATE_FORMAT") if value else "—"


class Wording:
    """What the sentences of one page need: the proposal's currency and the objectives' titles
    in the reader's language (read once, however many reasons are worded)."""

    def __init__(self, *, currency: str = "USD", titles: dict[int, str] | None = None) -> None:
        from partnerlab.reference.models import GcmObjective

        self.currency = currency
        if titles is None:
            titles = {o.number: o.localized_title for o in GcmObjective.objects.all()}
        self.titles = titles

    def in_currency(self, currency: str) -> Wording:
        """The same wording for amounts in another proposal's currency (no new query)."""
        return Wording(currency=currency, titles=self.titles)

    def objectives(self, numbers: Iterable[int]) -> str:
        shown = (f"{n}. {self.titles[n]}" if n in self.titles else str(n) for n in sorted(numbers))
        return "; ".join(shown) or "—"

    def amount(self, value: Any) -> str:
        return _amount(value, self.currency)

    def sentence(self, reason: Reason) -> str:
        return SENTENCES[reason.code](dict(reason.params), self)


def _countries(codes: Iterable[str]) -> str:
    return ", ".join(str(country_names.name(code) or code) for code in codes) or "—"


def _regions(names: Iterable[str]) -> str:
    return ", ".join(str(region_label(name)) for name in names) or "—"


def _types(names: Iterable[str]) -> str:
    from partnerlab.proposals.models import PartnershipType

    labels = dict(PartnershipType.choices)
    return ", ".join(str(labels.get(name, name)) for name in names) or "—"


def _objectives_shared(p: dict[str, Any], w: Wording) -> str:
    shared, of = p["shared"], p["proposal"]
    return ngettext(
        "It pursues %(n)s of its %(total)s GCM objectives that the donor funds: %(list)s.",
        "It pursues %(n)s of its %(total)s GCM objectives that the donor funds: %(list)s.",
        len(shared),
    ) % {"n": len(shared), "total": len(of), "list": w.objectives(shared)}


def _amount_in_range(p: dict[str, Any], w: Wording) -> str:
    low, high = p["min_amount"], p["max_amount"]
    amount = w.amount(p["amount"])
    if low is not None and high is not None:
        return _(
            "It asks donors for %(amount)s, within the donor's range of %(low)s to %(high)s."
        ) % {
            "amount": amount,
            "low": w.amount(low),
            "high": w.amount(high),
        }
    if high is not None:
        return _("It asks donors for %(amount)s, no more than the donor's %(high)s.") % {
            "amount": amount,
            "high": w.amount(high),
        }
    return _("It asks donors for %(amount)s, at least the donor's %(low)s.") % {
        "amount": amount,
        "low": w.amount(low),
    }


def _window_closed(p: dict[str, Any], w: Wording) -> str:
    last, following = p["last_closed_on"], p["next_opens_on"]
    if following:
        return _("None of the donor's funding windows is open: the next opens on %(day)s.") % {
            "day": _day(following)
        }
    if last:
        return _("None of the donor's funding windows is open: the last closed on %(day)s.") % {
            "day": _day(last)
        }
    return _("None of the donor's funding windows is open.")


# code → function of (params, wording) giving the sentence.
SENTENCES: dict[str, Callable[[dict[str, Any], Wording], str]] = {
    "objectives_shared": _objectives_shared,
    "objectives_none": lambda p, w: (
        _("None of its GCM objectives (%(theirs)s) is one the donor funds (%(yours)s).")
        % {"theirs": w.objectives(p["proposal"]), "yours": w.objectives(p["donor"])}
    ),
    "objectives_any": lambda p, w: (
        _("The donor funds any GCM objective; it pursues %(list)s.")
        % {"list": w.objectives(p["proposal"])}
        if p["proposal"]
        else _("The donor funds any GCM objective; the proposal names none.")
    ),
    "country": lambda p, w: (
        _("It acts in a country the donor funds: %(list)s.") % {"list": _countries(p["countries"])}
    ),
    "region": lambda p, w: (
        _("It acts in a region the donor funds: %(list)s.") % {"list": _regions(p["regions"])}
    ),
    "place_none": lambda p, w: (
        _("It acts in %(theirs)s, outside the countries and regions the donor funds (%(yours)s).")
        % {
            "theirs": _countries(p["countries"]),
            "yours": ", ".join(
                part
                for part in (_countries(p["donor_countries"]), _regions(p["donor_regions"]))
                if part != "—"
            )
            or "—",
        }
    ),
    "place_any": lambda p, w: (
        _("The donor funds any country; it acts in %(list)s.")
        % {"list": _countries(p["countries"])}
    ),
    "type": lambda p, w: (
        _("It is a %(type)s partnership, a type the donor funds.") % {"type": _types([p["type"]])}
    ),
    "type_other": lambda p, w: (
        _("It is a %(type)s partnership; the donor funds %(yours)s.")
        % {"type": _types([p["type"]]), "yours": _types(p["donor_types"])}
    ),
    "type_any": lambda p, w: (
        _("The donor funds any type of partnership; it is %(type)s.")
        % {"type": _types([p["type"]])}
    ),
    "amount_in_range": _amount_in_range,
    "amount_above": lambda p, w: (
        _("It asks donors for %(amount)s, more than the donor's largest grant of %(high)s.")
        % {"amount": w.amount(p["amount"]), "high": w.amount(p["max_amount"])}
    ),
    "amount_below": lambda p, w: (
        _("It asks donors for %(amount)s, less than the donor's smallest grant of %(low)s.")
        % {"amount": w.amount(p["amount"]), "low": w.amount(p["min_amount"])}
    ),
    "amount_any": lambda p, w: (
        _("The donor states no range of amounts; it asks donors for %(amount)s.")
        % {"amount": w.amount(p["amount"])}
    ),
    "window_open": lambda p, w: (
        _("The donor's funding window is open from %(opens)s to %(closes)s.")
        % {"opens": _day(p["opens_on"]), "closes": _day(p["closes_on"])}
    ),
    "window_next": lambda p, w: (
        ngettext(
            "The donor's next funding window opens in %(days)s day, on %(opens)s "
            "(until %(closes)s).",
            "The donor's next funding window opens in %(days)s days, on %(opens)s "
            "(until %(closes)s).",
            p["days"],
        )
        % {"days": p["days"], "opens": _day(p["opens_on"]), "closes": _day(p["closes_on"])}
    ),
    "window_closed": _window_closed,
    "window_always": lambda p, w: _("The donor funds at any time of the year."),
    "cofunding_available": lambda p, w: (
        _("The partners put in %(cash)s in cash and %(in_kind)s in kind of their own.")
        % {"cash": w.amount(p["cash"]), "in_kind": w.amount(p["in_kind"])}
    ),
    "cofunding_missing": lambda p, w: _(
        "The donor needs co-funding, and the partners' budget holds no cash or in-kind "
        "contribution of their own."
    ),
    "cofunding_not_needed": lambda p, w: _("The donor does not need co-funding."),
    "excluded_country": lambda p, w: (
        _("Excluded: it acts in %(list)s, where the donor does not fund.")
        % {"list": _countries(p["countries"])}
    ),
    "excluded_type": lambda p, w: (
        _("Excluded: the donor does not fund %(type)s partnerships.")
        % {"type": _types([p["type"]])}
    ),
    "excluded_objective": lambda p, w: (
        _("Excluded: it pursues GCM objectives the donor does not fund: %(list)s.")
        % {"list": w.objectives(p["objectives"])}
    ),
}
