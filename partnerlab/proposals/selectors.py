"""Readiness: who has signed which element, and whether the partnership is fundable."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects
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
    hashes = {key: content_hash(lines) for key, lines in all_elements(p).items()}
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
    return Readiness(p, partners, rows, checks, rules.is_eligible(checks), hashes)


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
    of queries however many ideas there are; ideas before the design stage have none."""
    designed = [p for p in ideas if p.stage == Stage.DESIGN]
    load_for_readiness(designed)
    return {p.pk: readiness(p).status for p in designed}
