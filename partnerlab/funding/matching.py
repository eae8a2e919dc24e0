"""Donors matched with fundable proposals: the pure engine (`partnerlab.analysis.matching`) fed
from the database, its reasons worded for people.

Proposals a donor sees are those published to the pipeline, fundable, and still looking for
money (not fully pledged, signed, implementing, completed or withdrawn). A proposal's partners
and facilitators see the donors that match it before it is published too.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from partnerlab.analysis.matching import DonorNeeds, Match, ProposalFacts, match_all
from partnerlab.funding import permissions, selectors
from partnerlab.funding.models import DonorProfile, FundingStatus
from partnerlab.funding.reasons import Wording
from partnerlab.partnerships.models import Partnership

# Statuses in which a proposal still looks for donors.
OPEN_STATUSES = {
    FundingStatus.FUNDABLE,
    FundingStatus.PRESENTED,
    FundingStatus.IN_DISCUSSION,
    FundingStatus.PARTLY_PLEDGED,
}
# A match at or above this score is worth telling a donor about (four of its six criteria met).
NOTICE_SCORE = 4 / 6


def needs_of(profile: DonorProfile) -> DonorNeeds:
    d = selectors.donor_needs(profile)
    return DonorNeeds(
        key=profile.pk,
        objectives=frozenset(d["objectives"]),
        regions=frozenset(d["regions"]),
        countries=frozenset(d["countries"]),
        types=frozenset(d["types"]),
        min_amount=d["min_amount"],
        max_amount=d["max_amount"],
        needs_cofunding=d["needs_cofunding"],
        windows=tuple(sorted(d["windows"])),
        excluded_countries=frozenset(d["excluded_countries"]),
        excluded_types=frozenset(d["excluded_types"]),
        excluded_objectives=frozenset(d["excluded_objectives"]),
    )


def facts_of(key: int, facts: dict[str, Any]) -> ProposalFacts:
    return ProposalFacts(
        key=key,
        objectives=frozenset(facts["objectives"]),
        regions=frozenset(facts["regions"]),
        countries=frozenset(facts["countries"]),
        type=facts["type"],
        amount_requested=facts["amount_requested"],
        cofunding_cash=facts["cofunding_cash"],
        cofunding_in_kind=facts["cofunding_in_kind"],
    )


@dataclass
class Shown:
    """One match as a page shows it: the other side, the score and the reasons in words."""

    match: Match
    profile: DonorProfile | None = None
    row: selectors.PipelineRow | None = None
    idea: Partnership | None = None
    reasons: tuple[tuple[bool, str], ...] = ()

    @property
    def percent(self) -> int:
        return round(self.match.score * 100)


def _today() -> datetime.date:
    return timezone.localdate()


def open_rows(filters: dict[str, Any] | None = None) -> list[selectors.PipelineRow]:
    """Published fundable proposals still looking for donors."""
    return [
        row
        for row in selectors.pipeline(filters)
        if row.fundable and row.funding.status in OPEN_STATUSES
    ]


def _worded(match: Match, wording: Wording) -> tuple[tuple[bool, str], ...]:
    return tuple((reason.passed, wording.sentence(reason)) for reason in match.reasons)


def for_donor(profile: DonorProfile, *, top: int | None = None) -> list[Shown]:
    """The proposals in the pipeline ranked for one donor, best first, with reasons."""
    rows = {row.idea.pk: row for row in open_rows()}
    table = match_all(
        [needs_of(profile)],
        [facts_of(pk, row.facts) for pk, row in rows.items()],
        today=_today(),
    )
    wording = Wording()
    shown = []
    for match in table.for_donor(profile.pk, top=top):
        row = rows[match.proposal]
        words = wording.in_currency(row.idea.currency)
        shown.append(Shown(match=match, row=row, idea=row.idea, reasons=_worded(match, words)))
    return shown


def for_proposal(
    idea: Partnership, *, top: int | None = None, organisations: set[int] | None = None
) -> list[Shown]:
    """Every donor with a profile (or those of `organisations`) ranked for one proposal, best
    first, with reasons."""
    profiles = selectors.profiles()
    if organisations is not None:
        profiles = profiles.filter(organisation_id__in=organisations)
    donors = {p.pk: p for p in profiles}
    table = match_all(
        [needs_of(p) for p in donors.values()],
        [facts_of(idea.pk, selectors.proposal_facts(idea))],
        today=_today(),
    )
    wording = Wording(currency=idea.currency)
    return [
        Shown(match=m, profile=donors[m.donor], idea=idea, reasons=_worded(m, wording))
        for m in table.for_proposal(idea.pk, top=top)
    ]


def donors_to_tell(idea: Partnership) -> list[DonorProfile]:
    """Donors whose priorities the proposal meets well enough to be told it is in the pipeline
    (not excluded, score at least `NOTICE_SCORE`)."""
    return [
        shown.profile
        for shown in for_proposal(idea)
        if shown.profile is not None
        and not shown.match.excluded
        and shown.match.score >= NOTICE_SCORE - 1e-9
    ]


# --- Who may see which matches ----------------------------------------------------------------


def may_see_donor_matches(user: Any, organisation: Any) -> bool:
    """A donor's own representatives and facilitators."""
    return permissions.can_edit_profile(user, organisation)


def may_see_proposal_matches(user: Any, idea: Partnership) -> bool:
    """The idea's partners and facilitators (before publication too)."""
    return permissions.is_facilitator(user) or permissions.is_idea_partner(user, idea)
