"""Readiness: who has signed which element, and whether the partnership is fundable."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Max, OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from partnerlab.partnerships.models import (
    Activity,
    BudgetLine,
    Cause,
    Objective,
    Partnership,
    PartnershipPartner,
    Problem,
    Stage,
)
from partnerlab.proposals import rules
from partnerlab.proposals.content import (
    PRELOADED,
    Line,
    all_elements,
    content_hash,
    partners_of,
    rows_of,
)
from partnerlab.proposals.models import Proposal, ProposalElement, SignOff


@dataclass(frozen=True)
class Cell:
    partner: PartnershipPartner
    element: str
    state: str  # "signed", "changed" (signed an earlier version) or "missing"
    sign_off: SignOff | None


@dataclass(frozen=True)
class Readiness:
    partnership: Partnership
    partners: list[PartnershipPartner]
    rows: list[list[Cell]]  # one row per partner, one cell per element
    checks: list[rules.Check]
    eligible: bool
    hashes: dict[str, str]
    lines: dict[str, list[Line]]  # each element's lines as they stand, which `hashes` hash

    @property
    def missing(self) -> list[Cell]:
        return [cell for row in self.rows for cell in row if cell.state != "signed"]

    @property
    def in_design(self) -> bool:
        return self.partnership.stage == Stage.DESIGN

    @property
    def fundable(self) -> bool:
        return self.in_design and self.eligible and not self.missing

    @property
    def status(self) -> str:
        """ "fundable", "waiting" (eligible, sign-offs missing), "ineligible", or "" before the
        design stage (there is no proposal yet)."""
        if not self.in_design:
            return ""
        if not self.eligible:
            return "ineligible"
        return "fundable" if not self.missing else "waiting"


def readiness(p: Partnership) -> Readiness:
    partners = partners_of(p)
    lines = all_elements(p)
    hashes = {key: content_hash(element) for key, element in lines.items()}
    sign_offs = sorted(
        rows_of(p, "sign_offs", lambda: p.sign_offs.select_related("signed_by")),
        key=lambda s: (s.signed_at, s.pk),
        reverse=True,
    )
    valid = {(s.partner_id, s.element): s for s in sign_offs if s.cleared_at is None}
    cleared = {(s.partner_id, s.element): s for s in sign_offs if s.cleared_at is not None}
    rows = []
    for partner in partners:
        row = []
        for element in ProposalElement.values:
            signed = valid.get((partner.pk, element))
            if signed is not None and signed.content_hash == hashes[element]:
                row.append(Cell(partner, element, "signed", signed))
            elif signed is not None:  # changed by a path that sends no signal (a rename)
                row.append(Cell(partner, element, "changed", signed))
            elif (partner.pk, element) in cleared:
                row.append(Cell(partner, element, "changed", cleared[(partner.pk, element)]))
            else:
                row.append(Cell(partner, element, "missing", None))
        rows.append(row)
    checks = rules.eligibility(p)
    return Readiness(p, partners, rows, checks, rules.is_eligible(checks), hashes, lines)


STATUS_LABELS = {
    "fundable": _("Fundable"),
    "waiting": _("Waiting for sign-off"),
    "ineligible": _("Not eligible"),
}

# Everything readiness reads, for many ideas in a fixed number of queries.
READINESS_PREFETCH = [
    Prefetch("partners", queryset=PartnershipPartner.objects.select_related("organisation")),
    Prefetch("causes", queryset=Cause.objects.select_related("assessment")),
    "options",
    Prefetch("objectives", queryset=Objective.objects.prefetch_related("indicators")),
    "indicators",
    Prefetch("activities", queryset=Activity.objects.select_related("responsible__organisation")),
    Prefetch("budget_lines", queryset=BudgetLine.objects.select_related("partner__organisation")),
    Prefetch("sign_offs", queryset=SignOff.objects.select_related("signed_by")),
    "group__areas",
]


def load_for_readiness(ideas: list[Partnership]) -> None:
    """Prefetch what `readiness` reads for all `ideas` at once and mark them, so that it reads
    no more from the database (a list page, not a write: writes read afresh)."""
    if not ideas:
        return
    prefetch_related_objects(ideas, *READINESS_PREFETCH)
    problems = Problem.objects.filter(partnership__in=ideas).select_related("area")
    problem_by_idea = {x.partnership_id: x for x in problems}
    proposal_by_idea = {x.partnership_id: x for x in Proposal.objects.filter(partnership__in=ideas)}
    for idea in ideas:
        idea._preloaded_problem = problem_by_idea.get(idea.pk)  # type: ignore[attr-defined]
        idea._preloaded_proposal = proposal_by_idea.get(idea.pk)  # type: ignore[attr-defined]
        setattr(idea, PRELOADED, True)


def statuses(ideas: Iterable[Partnership]) -> dict[int, str]:
    """Each designed idea's proposal status (see `Readiness.status`), by id, in a fixed number
    of queries however many ideas there are; ideas before the design stage have none.

    A status is kept in the cache under what it was computed from (`_states`), so a list page
    recomputes only the ideas that changed since; an idea whose state differs has a new key."""
    designed = [p for p in ideas if p.stage == Stage.DESIGN]
    keys = {p.pk: f"proposal-status:{p.pk}:{state}" for p, state in _states(designed).items()}
    kept = cache.get_many(list(keys.values()))
    found = {pk: kept[key] for pk, key in keys.items() if key in kept}
    todo = [p for p in designed if p.pk not in found]
    load_for_readiness(todo)
    fresh = {p.pk: readiness(p).status for p in todo}
    cache.set_many({keys[pk]: status for pk, status in fresh.items()}, STATUS_KEPT_FOR)
    return found | fresh


STATUS_KEPT_FOR = 24 * 3600


def _states(ideas: list[Partnership]) -> dict[Partnership, str]:
    """A digest, per idea, of everything its readiness reads: the idea (any element written
    moves `last_change_at`), its proposal statements, sign-offs, partners' organisations, its
    group (areas) and its problem's area. One query for any number of ideas."""
    if not ideas:
        return {}

    def per_idea(queryset: Any, **aggregate: Any) -> Any:
        return Subquery(
            queryset.filter(partnership=OuterRef("pk"))
            .order_by()
            .values("partnership")
            .annotate(**aggregate)
            .values(*aggregate)[:1]
        )

    found = Partnership.objects.filter(pk__in=[p.pk for p in ideas]).values_list(
        "pk",
        "group__version",
        "problem__area__version",
        "proposal__version",
        per_idea(SignOff.objects, n=Count("id")),
        per_idea(SignOff.objects, signed=Max("signed_at")),
        per_idea(SignOff.objects, cleared=Max("cleared_at")),
        per_idea(PartnershipPartner.objects, n=Count("id")),
        per_idea(PartnershipPartner.objects, changed=Max("organisation__updated_at")),
    )
    around = {row[0]: row[1:] for row in found}
    return {
        p: hashlib.sha256(
            repr((p.version, p.stage, p.last_change_at.isoformat(), around.get(p.pk))).encode()
        ).hexdigest()[:32]
        for p in ideas
    }
