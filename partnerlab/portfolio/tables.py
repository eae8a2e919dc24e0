"""The dashboard as tables, one per section: what the CSV, the workbook and the API carry.

`full=False` is the public summary: counts, targets, typology, GCM coverage, the balance of
partners and the money of the donors' pipeline as totals per currency; no proposal's name, no
money per proposal or per donor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from partnerlab.partnerships.models import Stage
from partnerlab.portfolio.formatting import percent_value
from partnerlab.portfolio.selectors import MONEY_AMOUNTS, MONEY_COLUMNS, Dashboard


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    header: list[str]
    rows: list[list[Any]]


def tables(d: Dashboard, *, full: bool) -> list[Table]:
    stages = [str(label) for _key, label in Stage.choices]
    result = [
        Table(
            "funnel",
            _("Funnel"),
            [_("Step"), _("Count"), _("Conversion from the step before (%)")],
            [[s.label, s.count, percent_value(s.conversion)] for s in d.funnel],
        ),
        Table(
            "stages",
            _("Ideas at each PDIA stage"),
            [_("Stage"), _("Ideas there now")],
            [[label, n] for _key, label, n in d.ideas_at_stage],
        ),
        Table(
            "targets",
            _("Portfolio targets"),
            [_("Target"), _("Now"), _("Aim"), _("Met")],
            [[t.label, t.value, t.goal, _("yes") if t.met else _("no")] for t in d.targets],
        ),
        Table(
            "typology",
            _("Type of partnership"),
            [
                _("Type"),
                _("Fundable proposals"),
                _("Share of the portfolio (%)"),
                _("Share of the 48 projects mapped by the Migration Partnership Facility (%)"),
            ],
            [
                [s.label, s.count, percent_value(s.share), percent_value(s.baseline)]
                for s in d.typology
            ],
        ),
        Table(
            "gcm_coverage",
            _("GCM coverage: ideas per objective and stage"),
            [_("Objective"), _("Title"), *stages, _("All stages")],
            [[r.number, r.title, *r.counts, r.total] for r in d.coverage],
        ),
        Table(
            "regions",
            _("Partners by UN region"),
            [_("Region"), _("Partners in any idea"), _("Partners in fundable proposals")],
            [[r.label, r.in_ideas, r.in_portfolio] for r in d.regions],
        ),
        Table(
            "kinds",
            _("Partners by kind of organisation"),
            [_("Kind"), _("Partners in any idea"), _("Partners in fundable proposals")],
            [[r.label, r.in_ideas, r.in_portfolio] for r in d.kinds],
        ),
    ]
    if full:
        result += [money_table(d), donor_table(d)]
    result.append(pipeline_table(d))
    return result


def pipeline_table(d: Dashboard) -> Table:
    labels = dict(MONEY_COLUMNS)
    return Table(
        "pipeline_money",
        _("Money of the proposals in the donors' pipeline"),
        [_("Currency"), _("Proposals"), *[str(labels[k]) for k in MONEY_AMOUNTS]],
        [
            [t.currency, t.proposals, *[t.amounts[k] for k in MONEY_AMOUNTS]]
            for t in d.pipeline_totals
        ],
    )


def donor_table(d: Dashboard) -> Table:
    return Table(
        "by_donor",
        _("Money pledged, by donor"),
        [_("Donor"), _("Currency"), _("Pledged"), _("Proposals pledged to")],
        [[x.name, a.currency, a.pledged, a.proposals] for x in d.by_donor for a in x.amounts],
    )


def money_table(d: Dashboard) -> Table:
    rows: list[list[Any]] = [[getattr(r, key) for key, _label in MONEY_COLUMNS] for r in d.money]
    for total in d.money_totals:
        name = _("Total, fundable proposals") if total.fundable_only else _("Total, all proposals")
        cells: dict[str, Any] = {"title": name, "currency": total.currency}
        cells |= total.amounts
        rows.append([cells.get(key, "") for key, _label in MONEY_COLUMNS])
    return Table(
        "money",
        _("Money requested, pledged and missing, by proposal"),
        [str(label) for _key, label in MONEY_COLUMNS],
        rows,
    )
