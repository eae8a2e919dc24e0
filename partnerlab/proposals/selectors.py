"""Readiness: who has signed which element, and whether the partnership is fundable."""

from __future__ import annotations

from dataclasses import dataclass

from partnerlab.partnerships.models import Partnership, PartnershipPartner, Stage
from partnerlab.proposals import rules
from partnerlab.proposals.content import all_elements, content_hash, partners_of
from partnerlab.proposals.models import ProposalElement, SignOff


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


def readiness(p: Partnership) -> Readiness:
    partners = partners_of(p)
    hashes = {key: content_hash(lines) for key, lines in all_elements(p).items()}
    sign_offs = list(p.sign_offs.select_related("signed_by").order_by("-signed_at"))
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
