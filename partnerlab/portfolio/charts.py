"""The dashboard's data adapted to the drawing functions: every chart as SVG."""

from __future__ import annotations

from django.utils.translation import gettext as _

from partnerlab.partnerships.models import Stage
from partnerlab.portfolio import drawing
from partnerlab.portfolio.formatting import number, percent
from partnerlab.portfolio.selectors import BalanceRow, Dashboard


def funnel(d: Dashboard) -> str:
    bars = [
        drawing.Bar(
            s.label,
            s.count,
            number(s.count)
            if s.conversion is None
            else f"{number(s.count)} · {percent(s.conversion)}",
        )
        for s in d.funnel
    ]
    return drawing.bars_svg(bars, title=_("From inputs to funded proposals"), empty="—")


def typology(d: Dashboard) -> str:
    rows = [
        drawing.PairedBar(
            s.label,
            float(s.share or 0),
            float(s.baseline or 0),
            f"{percent(s.share)} ({number(s.count)})",
            percent(s.baseline),
        )
        for s in d.typology
    ]
    return drawing.paired_bars_svg(
        rows,
        title=_(
            "Type of partnership: the portfolio beside the 48 projects mapped by the "
            "Migration Partnership Facility"
        ),
        first=_("Fundable proposals of this cycle"),
        second=_("48 projects mapped by the Migration Partnership Facility"),
        empty="—",
    )


def coverage(d: Dashboard) -> str:
    return drawing.heatmap_svg(
        [(f"{r.number}. {r.title}", r.counts) for r in d.coverage],
        columns=[str(label) for _key, label in Stage.choices],
        title=_("GCM coverage: ideas tagged with each objective, by PDIA stage"),
    )


def _balance(rows: list[BalanceRow], title: str) -> str:
    return drawing.paired_bars_svg(
        [
            drawing.PairedBar(
                r.label, r.in_portfolio, r.in_ideas, number(r.in_portfolio), number(r.in_ideas)
            )
            for r in rows
        ],
        title=title,
        first=_("Partners in fundable proposals"),
        second=_("Partners in any idea"),
        empty="—",
    )


def regions(d: Dashboard) -> str:
    return _balance(d.regions, _("Partners by UN region"))


def kinds(d: Dashboard) -> str:
    return _balance(d.kinds, _("Partners by kind of organisation"))


def money(d: Dashboard) -> list[str]:
    """Requested beside pledged for each proposal: one chart per currency (amounts in
    different currencies never share a scale); one empty chart when there is no proposal."""
    currencies = sorted({r.currency for r in d.money})
    charts = []
    for currency in currencies or [""]:
        rows = [
            drawing.PairedBar(
                r.title,
                float(r.requested),
                float(r.pledged),
                f"{number(r.requested)} {currency}",
                f"{number(r.pledged)} {currency}",
            )
            for r in d.money
            if r.currency == currency
        ]
        title = (
            _("Requested from donors and pledged, per proposal (%(currency)s)")
            % {"currency": currency}
            if currency
            else _("Requested from donors and pledged, per proposal")
        )
        charts.append(
            drawing.paired_bars_svg(
                rows,
                title=title,
                first=_("Requested from donors"),
                second=_("Pledged (active pledges)"),
                empty=_("No idea has reached the design stage yet."),
            )
        )
    return charts


def all_charts(d: Dashboard) -> dict[str, str]:
    """Every chart shown on both pages, by name (the money charts: `money`)."""
    return {
        "funnel": funnel(d),
        "typology": typology(d),
        "coverage": coverage(d),
        "regions": regions(d),
        "kinds": kinds(d),
    }
