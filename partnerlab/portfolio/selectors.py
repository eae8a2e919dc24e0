"""A cycle's portfolio dashboard, read in a fixed number of queries however big the cycle is.

Everything is counted where it stands now: an idea is "at" its current PDIA stage and has
"reached" every stage up to it (an idea that went back counts where it is). The portfolio is
the cycle's fundable proposals (`proposals.selectors.statuses`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from partnerlab.actors.models import OrganisationKind
from partnerlab.cycles.models import Cycle
from partnerlab.funding.models import Pledge
from partnerlab.intake.models import Input
from partnerlab.labs.models import Group
from partnerlab.partnerships.models import (
    BudgetLine,
    FundingKind,
    Partnership,
    PartnershipPartner,
    Stage,
)
from partnerlab.partnerships.stages import ORDER
from partnerlab.proposals import selectors as proposals
from partnerlab.proposals.models import PartnershipType
from partnerlab.proposals.typology import typology_of
from partnerlab.reference import regions
from partnerlab.reference.models import GcmObjective
from partnerlab.themes.models import CommonArea, Theme, ThemeMap, ThemeStatus

# Seed 001 (a partnership facility's mapping of 48 projects): the share of each type among
# them, in per cent. Facts from the seed, the yardstick the portfolio's typology is set against.
SEED_001_TYPE_SHARES: dict[str, int] = {
    PartnershipType.HYBRID: 38,
    PartnershipType.CAPACITY: 33,
    PartnershipType.OPERATIONAL: 21,
    PartnershipType.RESEARCH: 6,
    PartnershipType.POLICY: 2,
}
SEED_001_PROJECTS = 48

# The portfolio targets (DOMAIN.md, from the seeds): 3 to 5 fundable proposals, at least two
# thirds of them with a State among their partners.
TARGET_MIN_FUNDABLE = 3
TARGET_MAX_FUNDABLE = 5
TARGET_STATE_SHARE = Fraction(2, 3)

CENTS = Decimal("0.01")  # amounts as stored, whatever the database's sum gives back
NO_REGION = ""  # partners without a country (or outside the five regions)


def rate(count: int, of: int) -> Fraction | None:
    """`count` over `of`, or None when there is nothing to divide by."""
    return Fraction(count, of) if of else None


@dataclass(frozen=True)
class FunnelStep:
    key: str
    label: str
    count: int
    conversion: Fraction | None  # this step's count over the previous step's; None for the first


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    met: bool
    value: str  # the figure as people read it ("3", "2 of 3")
    goal: str  # what is aimed at ("3 to 5", "at least two thirds")
    share: Fraction | None = None


@dataclass(frozen=True)
class Share:
    key: str
    label: str
    count: int
    share: Fraction | None  # of the portfolio (None when it is empty)
    baseline: Fraction | None = None  # seed 001's share, for typology


@dataclass(frozen=True)
class CoverageRow:
    number: int
    title: str
    counts: tuple[int, ...]  # one per PDIA stage, in order

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class BalanceRow:
    key: str
    label: str
    in_ideas: int  # organisations that are partners in any idea of the cycle
    in_portfolio: int  # … in a fundable proposal


@dataclass(frozen=True)
class MoneyRow:
    """One proposal's money: what it asks of donors, what donors pledged (active pledges, as
    the funding page counts them) and what is still missing."""

    partnership_id: int
    title: str
    status: str  # the proposal's status ("fundable", "waiting", "ineligible")
    status_label: str
    currency: str
    requested: Decimal  # budget lines of kind "requested from donors"
    pledged: Decimal = Decimal("0.00")
    missing: Decimal = Decimal("0.00")  # requested - pledged, never below zero


# The money table's columns, in order: (MoneyRow attribute, heading). One place to add one.
MONEY_COLUMNS: list[tuple[str, object]] = [
    ("title", _("Proposal")),
    ("status_label", _("Status")),
    ("currency", _("Currency")),
    ("requested", _("Requested from donors")),
    ("pledged", _("Pledged")),
    ("missing", _("Missing")),
]
MONEY_AMOUNTS = ["requested", "pledged", "missing"]  # the columns summed in the totals


@dataclass(frozen=True)
class MoneyTotal:
    currency: str
    fundable_only: bool
    amounts: dict[str, Decimal]  # one per `MONEY_AMOUNTS`


@dataclass
class Dashboard:
    cycle: Cycle
    funnel: list[FunnelStep]
    ideas_at_stage: list[tuple[str, str, int]]  # (stage, label, ideas there now)
    targets: list[Target]
    typology: list[Share]
    typed: int  # fundable proposals with a type (computed or set by hand)
    coverage: list[CoverageRow]
    regions: list[BalanceRow]
    kinds: list[BalanceRow]
    money: list[MoneyRow]
    money_totals: list[MoneyTotal]
    fundable: list[Partnership] = field(default_factory=list)

    @property
    def fundable_count(self) -> int:
        return len(self.fundable)

    @property
    def coverage_max(self) -> int:
        return max((c for row in self.coverage for c in row.counts), default=0)

    @property
    def objectives_covered(self) -> int:
        return sum(1 for row in self.coverage if row.total)


def dashboard(cycle: Cycle) -> Dashboard:
    """Everything the dashboard shows for `cycle`, in a fixed number of queries."""
    ideas = list(
        Partnership.objects.filter(cycle=cycle).select_related("cycle").order_by("title", "pk")
    )
    designed = [p for p in ideas if p.stage == Stage.DESIGN]
    proposals.load_for_readiness(designed)  # partners, options, activities, proposal statements
    status = proposals.statuses(designed)
    fundable = [p for p in designed if status.get(p.pk) == "fundable"]
    reached = _reached(ideas)
    money = _money(designed, status)
    funnel = _funnel(cycle, ideas, reached, len(fundable), money)
    partners = _partner_rows(ideas)
    return Dashboard(
        cycle=cycle,
        funnel=funnel,
        ideas_at_stage=[
            (stage, str(label), sum(1 for p in ideas if p.stage == stage))
            for stage, label in Stage.choices
        ],
        targets=_targets(fundable),
        typology=(typology := _typology(fundable)),
        typed=sum(x.count for x in typology),
        coverage=_coverage(cycle, ideas),
        regions=_balance(partners, fundable, by="region"),
        kinds=_balance(partners, fundable, by="kind"),
        money=money,
        money_totals=_money_totals(money),
        fundable=fundable,
    )


def _reached(ideas: list[Partnership]) -> list[int]:
    """How many ideas have reached each stage (stand at it or later)."""
    index = {stage: i for i, stage in enumerate(ORDER)}
    return [sum(1 for p in ideas if index[p.stage] >= i) for i in range(len(ORDER))]


def _funnel(
    cycle: Cycle,
    ideas: list[Partnership],
    reached: list[int],
    fundable: int,
    money: list[MoneyRow],
) -> list[FunnelStep]:
    latest = ThemeMap.objects.filter(cycle=cycle).order_by("-version").values("pk")[:1]
    counts: list[tuple[str, object, int]] = [
        ("inputs", _("Inputs from consultations"), Input.objects.filter(cycle=cycle).count()),
        (
            "themes",
            _("Themes found (latest theme map, not dropped)"),
            Theme.objects.filter(theme_map__in=latest).exclude(status=ThemeStatus.DROPPED).count(),
        ),
        (
            "areas",
            _("Areas of common interest published"),
            CommonArea.objects.filter(cycle=cycle).count(),
        ),
        ("groups", _("Small groups"), Group.objects.filter(cycle=cycle).count()),
    ]
    labels = dict(Stage.choices)
    for stage, n in zip(ORDER, reached, strict=True):
        label = (
            _("Partnership ideas")
            if stage == Stage.PROBLEM
            else _("Ideas that reached: %(stage)s") % {"stage": labels[stage]}
        )
        counts.append((f"stage_{stage}", label, n))
    counts.append(("fundable", _("Fundable proposals"), fundable))
    # Past fundable, the pledges decide: any active pledge, then the amount requested covered.
    offered = [r for r in money if r.status == "fundable" and r.pledged > 0]
    counts.append(("pledged", _("Fundable proposals with pledges"), len(offered)))
    covered = sum(1 for r in offered if r.requested > 0 and r.missing == 0)
    counts.append(("funded", _("Fully pledged proposals"), covered))
    steps = []
    previous: int | None = None
    for key, name, n in counts:
        conversion = None if previous is None else rate(n, previous)
        steps.append(FunnelStep(key, str(name), n, conversion))
        previous = n
    return steps


def involves_state(p: Partnership) -> bool:
    """A State takes part (a forum member State, as the eligibility rules count them)."""
    return any(x.organisation.is_state for x in p.partners.all())


def _targets(fundable: list[Partnership]) -> list[Target]:
    n = len(fundable)
    with_state = sum(1 for p in fundable if involves_state(p))
    share = rate(with_state, n)
    return [
        Target(
            "fundable_proposals",
            str(_("Fundable proposals")),
            TARGET_MIN_FUNDABLE <= n <= TARGET_MAX_FUNDABLE,
            str(n),
            str(
                _("%(low)s to %(high)s") % {"low": TARGET_MIN_FUNDABLE, "high": TARGET_MAX_FUNDABLE}
            ),
        ),
        Target(
            "with_a_state",
            str(_("Fundable proposals involving a State")),
            share is not None and share >= TARGET_STATE_SHARE,
            str(_("%(n)s of %(total)s") % {"n": with_state, "total": n}),
            str(_("at least two thirds")),
            share,
        ),
    ]


def _typology(fundable: list[Partnership]) -> list[Share]:
    found = Counter(typology_of(p).type for p in fundable)
    typed = sum(found[t] for t in PartnershipType.values)
    return [
        Share(
            key,
            str(label),
            found[key],
            rate(found[key], typed),
            Fraction(SEED_001_TYPE_SHARES[key], 100),
        )
        for key, label in sorted(PartnershipType.choices, key=lambda c: -SEED_001_TYPE_SHARES[c[0]])
    ]


def objectives_by_idea(cycle: Cycle, ideas: list[Partnership]) -> dict[int, set[int]]:
    """The GCM objectives (numbers) each idea is tagged with: those of the area of common
    interest its problem comes from; without one, those of its group's areas."""
    area_objectives: dict[int, set[int]] = defaultdict(set)
    for area_id, number in CommonArea.gcm_objectives.through.objects.filter(
        commonarea__cycle=cycle
    ).values_list("commonarea_id", "gcmobjective__number"):
        area_objectives[area_id].add(number)
    group_areas: dict[int, set[int]] = defaultdict(set)
    for group_id, area_id in Group.areas.through.objects.filter(group__cycle=cycle).values_list(
        "group_id", "commonarea_id"
    ):
        group_areas[group_id].add(area_id)
    problem_area = dict(
        Partnership.objects.filter(cycle=cycle, problem__area__isnull=False).values_list(
            "pk", "problem__area_id"
        )
    )
    tags = {}
    for p in ideas:
        areas = {problem_area[p.pk]} if p.pk in problem_area else group_areas[p.group_id]
        tags[p.pk] = set().union(*(area_objectives[a] for a in areas)) if areas else set()
    return tags


def _coverage(cycle: Cycle, ideas: list[Partnership]) -> list[CoverageRow]:
    tags = objectives_by_idea(cycle, ideas)
    column = {stage: i for i, stage in enumerate(ORDER)}
    cells: dict[int, list[int]] = defaultdict(lambda: [0] * len(ORDER))
    for p in ideas:
        for number in tags[p.pk]:
            cells[number][column[p.stage]] += 1
    return [
        CoverageRow(o.number, o.localized_title, tuple(cells[o.number]))
        for o in GcmObjective.objects.order_by("number")
    ]


def _partner_rows(ideas: list[Partnership]) -> list[tuple[int, int, str, str]]:
    """(idea, organisation, country, kind) of every partner of `ideas`, in one query."""
    if not ideas:
        return []
    return list(
        PartnershipPartner.objects.filter(partnership__in=[p.pk for p in ideas]).values_list(
            "partnership_id", "organisation_id", "organisation__country", "organisation__kind"
        )
    )


def _balance(
    rows: list[tuple[int, int, str, str]], fundable: list[Partnership], *, by: str
) -> list[BalanceRow]:
    """Distinct partner organisations by UN region or by kind, in the cycle's ideas and in its
    fundable proposals."""
    in_portfolio = {p.pk for p in fundable}
    everyone: dict[str, set[int]] = defaultdict(set)
    chosen: dict[str, set[int]] = defaultdict(set)
    for idea_id, org_id, country, kind in rows:
        key = (regions.region_of(country) or NO_REGION) if by == "region" else kind
        everyone[key].add(org_id)
        if idea_id in in_portfolio:
            chosen[key].add(org_id)
    if by == "region":
        keys = [(k, str(label)) for k, label in regions.REGION_LABELS.items()]
        if everyone.get(NO_REGION):
            keys.append((NO_REGION, str(_("No country given"))))
    else:
        keys = [(k, str(label)) for k, label in OrganisationKind.choices]
    return [BalanceRow(k, label, len(everyone[k]), len(chosen[k])) for k, label in keys]


def _money(designed: list[Partnership], status: dict[int, str]) -> list[MoneyRow]:
    requested = (
        dict(
            BudgetLine.objects.filter(
                partnership__in=[p.pk for p in designed], kind=FundingKind.REQUESTED
            )
            .values("partnership")
            .order_by()
            .annotate(total=Sum("amount"))
            .values_list("partnership", "total")
        )
        if designed
        else {}
    )
    pledged = _pledged([p.pk for p in designed]) if designed else {}
    order = {"fundable": 0, "waiting": 1, "ineligible": 2}
    rows = []
    for p in designed:
        asked = Decimal(requested.get(p.pk) or 0).quantize(CENTS)
        promised = Decimal(pledged.get(p.pk) or 0).quantize(CENTS)
        rows.append(
            MoneyRow(
                partnership_id=p.pk,
                title=p.title,
                status=status.get(p.pk, ""),
                status_label=str(proposals.STATUS_LABELS.get(status.get(p.pk, ""), "")),
                currency=p.currency,
                requested=asked,
                pledged=promised,
                missing=max(asked - promised, Decimal(0)).quantize(CENTS),
            )
        )
    return sorted(rows, key=lambda r: (order.get(r.status, 3), r.title))


def _pledged(ids: list[int]) -> dict[int, Decimal]:
    """Active pledges per proposal, in one query (the funding app records them)."""
    return dict(
        Pledge.objects.active()
        .filter(funding__partnership__in=ids)
        .values("funding__partnership")
        .order_by()
        .annotate(total=Sum("amount"))
        .values_list("funding__partnership", "total")
    )


def _money_totals(rows: list[MoneyRow]) -> list[MoneyTotal]:
    """Per currency: the fundable proposals' totals, then every proposal's."""
    totals = []
    for fundable_only in (True, False):
        kept = [r for r in rows if r.status == "fundable" or not fundable_only]
        for currency in sorted({r.currency for r in kept}):
            mine = [r for r in kept if r.currency == currency]
            totals.append(
                MoneyTotal(
                    currency,
                    fundable_only,
                    {
                        k: sum((getattr(r, k) for r in mine), Decimal(0)).quantize(CENTS)
                        for k in MONEY_AMOUNTS
                    },
                )
            )
    return totals
