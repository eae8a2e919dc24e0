"""Matching donors' priorities with fundable proposals: a score with reasons a donor can check.

A donor states what it funds (`DonorNeeds`); a fundable proposal states what it is
(`ProposalFacts`). For each pair the match answers six questions, one *criterion* each, and
every answer is a `Reason` whose `weight` is what it adds to the score:

1. **What** — the GCM objectives: the share of the proposal's objectives the donor funds
   (2 of 3 shared gives 2/3 of the criterion). Not Jaccard: a donor that funds many objectives
   should not score lower for being broad.
2. **Where** — met when the proposal acts in a country the donor lists, or in a region it lists
   (a donor listing Africa and Jordan means either).
3. **How** — the proposal's partnership type is one the donor funds (a Hybrid proposal meets
   it for donors that list Hybrid: the facts carry no components).
4. **How much** — the amount the partners ask of donors is within the donor's range
   (inclusive).
5. **When** — a funding window is open today (full), or opens within `SOON_DAYS` days (half:
   the donor can fund it, not yet); an empty list of windows means always open.
6. **Co-funding** — when the donor needs co-funding, the partners put cash or in-kind
   contributions of their own into the budget (any amount above zero).

A criterion the donor leaves open (no objectives, no places, no types, no amounts, no windows,
co-funding not needed) is met: the donor does not mind. Each criterion weighs the same,
`WEIGHT` = 1/6: nothing tells us that one matters more than another to donors in general, no
data exist to estimate it, and equal weights keep the score what a donor can recompute by
hand — the share of its criteria the proposal meets: the sum of the criteria's credits over 6,
between 0 and 1 (1 exactly when all are met). Each reason's weight is its credit over 6, so the
weights add up to the score (to float rounding).

**Exclusions block.** A proposal acting in a country the donor excludes, of a type it excludes,
or pursuing an objective it excludes is `excluded`: its score is 0, the exclusion reasons come
first, and the other reasons are still listed (so the donor sees the rest of the picture) with
weight 0, since they add nothing.

**Ranking** is by score, highest first; at equal scores a match that is not excluded comes before
one that is; then by key, smallest first, so the order is the same on every run.

Reason codes (`passed` says whether it counts for the proposal) and their `params` — all
numbers of objectives are `int`, countries ISO alpha-2 codes, sets given as sorted tuples,
amounts `Decimal`, dates `date`:

=====================  ======  ==============================================================
code                   passed  params
=====================  ======  ==============================================================
objectives_shared      yes     shared (objectives both name), proposal (the proposal's
                               objectives), share (float: shared / proposal's)
objectives_none        no      proposal (its objectives, maybe empty), donor (what it funds)
objectives_any         yes     proposal — the donor names no objectives
country                yes     countries (the proposal's countries the donor lists)
region                 yes     regions (the proposal's regions the donor lists) — no country
place_none             no      countries, regions (the proposal's); donor_countries,
                               donor_regions (what the donor lists)
place_any              yes     countries, regions (the proposal's) — the donor names no place
type                   yes     type
type_other             no      type (the proposal's), donor_types
type_any               yes     type — the donor names no type
amount_in_range        yes     amount, min_amount, max_amount (either may be None)
amount_above           no      amount, max_amount
amount_below           no      amount, min_amount
amount_any             yes     amount — the donor states no range
window_open            yes     opens_on, closes_on (of the open window closing last)
window_next            yes     opens_on, closes_on, days (until it opens; ≤ SOON_DAYS)
window_closed          no      last_closed_on (None if none closed), next_opens_on (None if
                               none opens later; when set it is more than SOON_DAYS away)
window_always          yes     (none) — the donor states no window: always open
cofunding_available    yes     cash, in_kind, total (the partners' own contributions)
cofunding_missing      no      cash, in_kind (both zero)
cofunding_not_needed   yes     cash, in_kind — the donor does not need co-funding
excluded_country       no      countries (the proposal's countries the donor excludes)
excluded_type          no      type
excluded_objective     no      objectives (the proposal's objectives the donor excludes)
=====================  ======  ==============================================================

`match_pair` computes one pair the straightforward way; `match_all` computes every pair's score
at once with numpy (same arithmetic in the same order, so the scores are identical) and builds
reasons only for the pairs asked about.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import numpy as np

from partnerlab.analysis.typology import TYPES

CRITERIA = ("objectives", "place", "type", "amount", "window", "cofunding")
WEIGHT = 1 / len(CRITERIA)
SOON_DAYS = 90
SOON_CREDIT = 0.5
GCM_OBJECTIVES = range(1, 24)
# A criterion's answer for one pair: its credit (0..1), the reason's code and params.
Answer = tuple[float, str, dict[str, object]]

__all__ = [
    "CRITERIA",
    "SOON_DAYS",
    "WEIGHT",
    "DonorNeeds",
    "Match",
    "MatchTable",
    "ProposalFacts",
    "Reason",
    "match_all",
    "match_pair",
]


def _check_objectives(objectives: Iterable[int], what: str) -> None:
    wrong = sorted(o for o in objectives if o not in GCM_OBJECTIVES)
    if wrong:
        raise ValueError(f"{what}: GCM objectives are numbered 1 to 23, not {wrong}")


def _check_types(types: Iterable[str], what: str) -> None:
    wrong = sorted(t for t in types if t not in TYPES)
    if wrong:
        raise ValueError(f"{what}: unknown partnership types {wrong}; expected one of {TYPES}")


@dataclass(frozen=True)
class DonorNeeds:
    """What a donor funds: GCM objectives (1..23), UN regions (as `reference.regions` names
    them), ISO alpha-2 countries, partnership types (typology's `TYPES`), the range of amounts
    (either end may be open), whether it needs co-funding, its windows (opens_on, closes_on),
    empty for always open, and what it will not fund."""

    key: int
    objectives: frozenset[int]
    regions: frozenset[str]
    countries: frozenset[str]
    types: frozenset[str]
    min_amount: Decimal | None
    max_amount: Decimal | None
    needs_cofunding: bool
    windows: tuple[tuple[date, date], ...]
    excluded_countries: frozenset[str] = frozenset()
    excluded_types: frozenset[str] = frozenset()
    excluded_objectives: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        _check_objectives(self.objectives | self.excluded_objectives, f"donor {self.key}")
        _check_types(self.types | self.excluded_types, f"donor {self.key}")
        for amount in (self.min_amount, self.max_amount):
            if amount is not None and amount < 0:
                raise ValueError(f"donor {self.key}: amounts cannot be negative ({amount})")
        if (
            self.min_amount is not None
            and self.max_amount is not None
            and self.min_amount > self.max_amount
        ):
            raise ValueError(
                f"donor {self.key}: minimum {self.min_amount} above maximum {self.max_amount}"
            )
        for opens_on, closes_on in self.windows:
            if closes_on < opens_on:
                raise ValueError(
                    f"donor {self.key}: a window closes ({closes_on}) before it opens ({opens_on})"
                )


@dataclass(frozen=True)
class ProposalFacts:
    """What a fundable proposal is: its objectives, where it acts (countries and their regions),
    its type, the amount asked of donors, and the partners' own cash and in-kind contributions."""

    key: int
    objectives: frozenset[int]
    regions: frozenset[str]
    countries: frozenset[str]
    type: str
    amount_requested: Decimal
    cofunding_cash: Decimal
    cofunding_in_kind: Decimal

    def __post_init__(self) -> None:
        _check_objectives(self.objectives, f"proposal {self.key}")
        _check_types((self.type,), f"proposal {self.key}")
        for name in ("amount_requested", "cofunding_cash", "cofunding_in_kind"):
            if getattr(self, name) < 0:
                raise ValueError(f"proposal {self.key}: {name} cannot be negative")


@dataclass(frozen=True, slots=True)
class Reason:
    """One checkable statement about a pair: see the codes in the module's docstring."""

    code: str
    passed: bool
    weight: float
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    """A donor's score (0..1) for a proposal, with its reasons, exclusions first."""

    donor: int
    proposal: int
    score: float
    excluded: bool
    reasons: tuple[Reason, ...]


# ---------------------------------------------------------------------------------------------
# One pair, the straightforward way. The window's answer depends on the donor alone, so
# match_all computes it once per donor.


def _objectives(donor: DonorNeeds, proposal: ProposalFacts) -> Answer:
    mine = tuple(sorted(proposal.objectives))
    if not donor.objectives:
        return 1.0, "objectives_any", {"proposal": mine}
    shared = tuple(sorted(proposal.objectives & donor.objectives))
    if not shared:
        return 0.0, "objectives_none", {"proposal": mine, "donor": tuple(sorted(donor.objectives))}
    share = len(shared) / len(mine)
    return share, "objectives_shared", {"shared": shared, "proposal": mine, "share": share}


def _place(donor: DonorNeeds, proposal: ProposalFacts) -> Answer:
    if donor.countries or donor.regions:
        countries = proposal.countries & donor.countries
        if countries:
            return 1.0, "country", {"countries": tuple(sorted(countries))}
        regions = proposal.regions & donor.regions
        if regions:
            return 1.0, "region", {"regions": tuple(sorted(regions))}
    where: dict[str, object] = {
        "countries": tuple(sorted(proposal.countries)),
        "regions": tuple(sorted(proposal.regions)),
    }
    if not donor.countries and not donor.regions:
        return 1.0, "place_any", dict(where)
    wanted = {
        "donor_countries": tuple(sorted(donor.countries)),
        "donor_regions": tuple(sorted(donor.regions)),
    }
    return 0.0, "place_none", where | wanted


def _type(donor: DonorNeeds, proposal: ProposalFacts) -> Answer:
    if not donor.types:
        return 1.0, "type_any", {"type": proposal.type}
    if proposal.type in donor.types:
        return 1.0, "type", {"type": proposal.type}
    return 0.0, "type_other", {"type": proposal.type, "donor_types": tuple(sorted(donor.types))}


def _amount(donor: DonorNeeds, proposal: ProposalFacts) -> Answer:
    amount, low, high = proposal.amount_requested, donor.min_amount, donor.max_amount
    if low is None and high is None:
        return 1.0, "amount_any", {"amount": amount}
    if high is not None and amount > high:
        return 0.0, "amount_above", {"amount": amount, "max_amount": high}
    if low is not None and amount < low:
        return 0.0, "amount_below", {"amount": amount, "min_amount": low}
    return 1.0, "amount_in_range", {"amount": amount, "min_amount": low, "max_amount": high}


def _window(donor: DonorNeeds, today: date) -> Answer:
    if not donor.windows:
        return 1.0, "window_always", {}
    open_now = [w for w in donor.windows if w[0] <= today <= w[1]]
    if open_now:
        opens_on, closes_on = max(open_now, key=lambda w: (w[1], w[0]))
        return 1.0, "window_open", {"opens_on": opens_on, "closes_on": closes_on}
    later = sorted(w for w in donor.windows if w[0] > today)
    if later and later[0][0] <= today + timedelta(days=SOON_DAYS):
        opens_on, closes_on = later[0]
        soon = {"opens_on": opens_on, "closes_on": closes_on, "days": (opens_on - today).days}
        return SOON_CREDIT, "window_next", soon
    closed = [w[1] for w in donor.windows if w[1] < today]
    last, following = max(closed) if closed else None, later[0][0] if later else None
    return 0.0, "window_closed", {"last_closed_on": last, "next_opens_on": following}


def _cofunding(donor: DonorNeeds, proposal: ProposalFacts) -> Answer:
    own: dict[str, object] = {
        "cash": proposal.cofunding_cash,
        "in_kind": proposal.cofunding_in_kind,
    }
    total = proposal.cofunding_cash + proposal.cofunding_in_kind
    if not donor.needs_cofunding:
        return 1.0, "cofunding_not_needed", own
    if total > 0:
        return 1.0, "cofunding_available", own | {"total": total}
    return 0.0, "cofunding_missing", own


def _exclusions(donor: DonorNeeds, proposal: ProposalFacts) -> list[Reason]:
    reasons: list[Reason] = []
    if not (donor.excluded_countries or donor.excluded_types or donor.excluded_objectives):
        return reasons
    countries = proposal.countries & donor.excluded_countries
    if countries:
        reasons.append(
            Reason("excluded_country", False, 0.0, {"countries": tuple(sorted(countries))})
        )
    if proposal.type in donor.excluded_types:
        reasons.append(Reason("excluded_type", False, 0.0, {"type": proposal.type}))
    objectives = proposal.objectives & donor.excluded_objectives
    if objectives:
        reasons.append(
            Reason("excluded_objective", False, 0.0, {"objectives": tuple(sorted(objectives))})
        )
    return reasons


def match_pair(donor: DonorNeeds, proposal: ProposalFacts, *, today: date) -> Match:
    """The score and reasons of one donor and one proposal."""
    return _explain(donor, proposal, _window(donor, today))


def _explain(donor: DonorNeeds, proposal: ProposalFacts, window: Answer) -> Match:
    what = _objectives(donor, proposal)
    where = _place(donor, proposal)
    how = _type(donor, proposal)
    how_much = _amount(donor, proposal)
    own = _cofunding(donor, proposal)
    exclusions = _exclusions(donor, proposal)
    answers = (what, where, how, how_much, window, own)
    if exclusions:
        blocked = [Reason(code, credit > 0, 0.0, params) for credit, code, params in answers]
        return Match(donor.key, proposal.key, 0.0, True, (*exclusions, *blocked))
    # The same sum, in the same order, as match_all's vectorised score.
    total = what[0] + where[0] + how[0] + how_much[0] + window[0] + own[0]
    n = len(CRITERIA)
    reasons = [Reason(code, credit > 0, credit / n, params) for credit, code, params in answers]
    return Match(donor.key, proposal.key, total / n, False, tuple(reasons))


# ---------------------------------------------------------------------------------------------
# Every pair at once.


WORD = 64
WORD_MASK = (1 << WORD) - 1


def _bits(rows: Sequence[Iterable[Hashable]], vocabulary: dict[Any, int]) -> np.ndarray:
    """Each row's set as bits (rows by words of 64 bits): item k is bit k % 64 of word k // 64."""
    words = max(1, -(-len(vocabulary) // WORD))
    masks = [sum(1 << vocabulary[item] for item in set(items)) for items in rows]
    return np.array(
        [[(mask >> (WORD * w)) & WORD_MASK for w in range(words)] for mask in masks],
        dtype=np.uint64,
    ).reshape(len(rows), words)


def _vocabulary(*groups: Iterable[Iterable[Hashable]]) -> dict[Any, int]:
    items: set[Hashable] = set()
    for group in groups:
        for row in group:
            items.update(row)
    return {item: k for k, item in enumerate(sorted(items, key=repr))}


def _shared(
    donor_sets: Sequence[Iterable[Hashable]],
    proposal_sets: Sequence[Iterable[Hashable]],
    vocabulary: dict[Any, int] | None = None,
) -> np.ndarray:
    """How many items each donor's set shares with each proposal's (donors by proposals)."""
    if vocabulary is None:
        vocabulary = _vocabulary(donor_sets, proposal_sets)
    donors, proposals = _bits(donor_sets, vocabulary), _bits(proposal_sets, vocabulary)
    counts = np.zeros((len(donor_sets), len(proposal_sets)), dtype=np.int64)
    for w in range(donors.shape[1]):
        counts += np.bitwise_count(donors[:, w, None] & proposals[None, :, w])
    return counts


class MatchTable:
    """Every donor's score with every proposal; reasons are built for the pairs asked about."""

    def __init__(
        self,
        donors: Sequence[DonorNeeds],
        proposals: Sequence[ProposalFacts],
        *,
        today: date,
        scores: np.ndarray,
        excluded: np.ndarray,
        windows: Sequence[Answer],
    ) -> None:
        self.today = today
        self._donors = list(donors)
        self._proposals = list(proposals)
        self._donor_index = {d.key: i for i, d in enumerate(self._donors)}
        self._proposal_index = {p.key: j for j, p in enumerate(self._proposals)}
        self._donor_keys = np.array([d.key for d in self._donors], dtype=np.int64)
        self._proposal_keys = np.array([p.key for p in self._proposals], dtype=np.int64)
        self._scores = scores
        self._excluded = excluded
        self._windows = list(windows)
        # Rankings (by score, then not excluded, then key), sorted for every row or column at
        # once the first time one is asked for.
        self._proposals_ranked: np.ndarray | None = None
        self._donors_ranked: np.ndarray | None = None
        self._scores.setflags(write=False)
        self._excluded.setflags(write=False)

    @property
    def scores(self) -> np.ndarray:
        """Donors by proposals, in the order given to match_all (read-only)."""
        return self._scores

    @property
    def excluded(self) -> np.ndarray:
        return self._excluded

    def _indices(self, donor_key: int, proposal_key: int) -> tuple[int, int]:
        try:
            return self._donor_index[donor_key], self._proposal_index[proposal_key]
        except KeyError as error:
            raise KeyError(f"no donor {donor_key} or no proposal {proposal_key}") from error

    def score(self, donor_key: int, proposal_key: int) -> float:
        i, j = self._indices(donor_key, proposal_key)
        return float(self._scores[i, j])

    def explain(self, donor_key: int, proposal_key: int) -> Match:
        i, j = self._indices(donor_key, proposal_key)
        return _explain(self._donors[i], self._proposals[j], self._windows[i])

    def for_donor(self, key: int, top: int | None = None) -> list[Match]:
        """The proposals for one donor, best first: `top` of them, or all."""
        i = self._donor_index[key]
        if self._proposals_ranked is None:
            keys = np.broadcast_to(self._proposal_keys[None, :], self._scores.shape)
            self._proposals_ranked = np.lexsort((keys, self._excluded, -self._scores), axis=1)
        donor, window = self._donors[i], self._windows[i]
        ranked = self._proposals_ranked[i, : _limit(top)].tolist()
        return [_explain(donor, self._proposals[j], window) for j in ranked]

    def for_proposal(self, key: int, top: int | None = None) -> list[Match]:
        """The donors for one proposal, best first: `top` of them, or all."""
        j = self._proposal_index[key]
        if self._donors_ranked is None:
            keys = np.broadcast_to(self._donor_keys[:, None], self._scores.shape)
            self._donors_ranked = np.lexsort((keys, self._excluded, -self._scores), axis=0)
        proposal = self._proposals[j]
        ranked = self._donors_ranked[: _limit(top), j].tolist()
        return [_explain(self._donors[i], proposal, self._windows[i]) for i in ranked]


def _limit(top: int | None) -> int | None:
    return None if top is None else max(top, 0)


def _unique_keys(keys: Sequence[int], what: str) -> None:
    if len(set(keys)) != len(keys):
        raise ValueError(f"{what} keys must be unique")


def match_all(
    donors: Sequence[DonorNeeds], proposals: Sequence[ProposalFacts], *, today: date
) -> MatchTable:
    """Every donor against every proposal; the same scores as `match_pair`, computed at once."""
    _unique_keys([d.key for d in donors], "donor")
    _unique_keys([p.key for p in proposals], "proposal")
    windows = [_window(d, today) for d in donors]
    n_donors, n_proposals = len(donors), len(proposals)
    if not n_donors or not n_proposals:
        empty = np.zeros((n_donors, n_proposals))
        return MatchTable(
            donors, proposals, today=today, scores=empty, excluded=empty > 0, windows=windows
        )

    def column(values: Iterable[bool | float]) -> np.ndarray:
        return np.fromiter(values, dtype=np.float64, count=n_donors)[:, None]

    def row(values: Iterable[bool | float]) -> np.ndarray:
        return np.fromiter(values, dtype=np.float64, count=n_proposals)[None, :]

    objective_bit = {o: o - 1 for o in GCM_OBJECTIVES}
    type_bit = {t: k for k, t in enumerate(TYPES)}
    proposal_objectives = [p.objectives for p in proposals]
    proposal_countries = [p.countries for p in proposals]
    proposal_types = [(p.type,) for p in proposals]

    # What: shared objectives over the proposal's objectives.
    shared = _shared([d.objectives for d in donors], proposal_objectives, objective_bit)
    own = row(len(p.objectives) for p in proposals)
    share = np.divide(shared, own, out=np.zeros(shared.shape), where=own > 0)
    objectives = np.where(column(not d.objectives for d in donors) > 0, 1.0, share)

    # Where: a listed country or a listed region.
    in_country = _shared([d.countries for d in donors], proposal_countries) > 0
    in_region = _shared([d.regions for d in donors], [p.regions for p in proposals]) > 0
    anywhere = column(not d.countries and not d.regions for d in donors) > 0
    place = anywhere | in_country | in_region

    # How: the type.
    kind = (column(not d.types for d in donors) > 0) | (
        _shared([d.types for d in donors], proposal_types, type_bit) > 0
    )

    # How much: compare ranks among all the amounts, exact whatever Decimal's precision.
    bounds = [b for d in donors for b in (d.min_amount, d.max_amount) if b is not None]
    rank = {a: r for r, a in enumerate(sorted({*bounds, *(p.amount_requested for p in proposals)}))}
    asked = row(rank[p.amount_requested] for p in proposals)
    low = column(-1 if d.min_amount is None else rank[d.min_amount] for d in donors)
    high = column(len(rank) if d.max_amount is None else rank[d.max_amount] for d in donors)
    amount = (asked >= low) & (asked <= high)

    # When: the donor's windows alone.
    window = column(w[0] for w in windows)

    # Co-funding.
    has_own = row(p.cofunding_cash + p.cofunding_in_kind > 0 for p in proposals) > 0
    cofunding = (column(not d.needs_cofunding for d in donors) > 0) | has_own

    excluded = (
        (_shared([d.excluded_countries for d in donors], proposal_countries) > 0)
        | (_shared([d.excluded_types for d in donors], proposal_types, type_bit) > 0)
        | (_shared([d.excluded_objectives for d in donors], proposal_objectives, objective_bit) > 0)
    )

    # The same additions in the same order as _explain (True counts 1.0), so the floats are
    # identical.
    total = objectives + place
    for credit in (kind, amount, window, cofunding):
        total += credit
    total /= len(CRITERIA)
    scores = np.where(excluded, 0.0, total)
    return MatchTable(
        donors, proposals, today=today, scores=scores, excluded=excluded, windows=windows
    )
