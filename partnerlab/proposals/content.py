"""Each proposal element as lines of (key, text), assembled from the idea's stages.

Partners sign an element's lines; the hash of the lines tells whether it changed since. Keys
are stable codes (so the hash does not depend on the reader's language); `label` translates them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from partnerlab.core.formatting import human_dates
from partnerlab.partnerships.models import (
    Cause,
    Indicator,
    Partnership,
    PartnershipPartner,
    Problem,
)
from partnerlab.proposals.models import Novelty, Proposal, ProposalElement

Line = tuple[str, str]

LABELS = {
    "title": _("Title"),
    "summary": _("Summary"),
    "statement": _("Problem"),
    "why": _("Why it matters"),
    "affected": _("To whom"),
    "care": _("Who needs to care more"),
    "solved": _("When it is solved"),
    "cause": _("Cause"),
    "subcause": _("Sub-cause"),
    "entry": _("Entry point"),
    "chosen": _("Chosen idea"),
    "partner": _("Partner"),
    "contribution": _("Brings"),
    "gains": _("Gains"),
    "rights": _("Rights"),
    "obligations": _("Obligations"),
    "benefit_value": _("Estimated value of its gains"),
    "paid": _("Paid by another partner to deliver a service"),
    "goal": _("Goal"),
    "novelty": _("New or expanded"),
    "origin": _("Benefits for the country of origin"),
    "destination": _("Benefits for the country of destination"),
    "migrants": _("Benefits for migrants"),
    "objective": _("Objective"),
    "indicator": _("Indicator"),
    "activity": _("Activity"),
    "line": _("Budget line"),
    "total": _("Total"),
}


def label(key: str) -> str:
    return str(LABELS.get(key, key))


def readable(key: str, text: str) -> str:
    """A line for people: stored codes (roles, novelty, funding) shown in their language."""
    from partnerlab.labs.models import PartnerRole
    from partnerlab.partnerships.models import FundingKind

    codes = {**dict(PartnerRole.choices), **dict(Novelty.choices), **dict(FundingKind.choices)}
    if key == "partner" and text.endswith(")") and "(" in text:
        name, _sep, code = text[:-1].rpartition(" (")
        text = f"{name} ({codes.get(code, code)})"
    elif key == "novelty":
        code, _sep, note = text.partition(": ")
        text = f"{codes.get(code, code)}: {note}" if note else str(codes.get(code, code))
    elif key == "line":
        parts = text.split(" | ")
        if len(parts) == 4:
            parts[2] = str(codes.get(parts[2], parts[2]))
        text = " | ".join(parts)
    return f"{label(key)}: {human_dates(text)}"


def _add(lines: list[Line], key: str, text: Any) -> None:
    text = " ".join(str(text or "").split())
    if text:
        lines.append((key, text))


# Many ideas at once (the overview's proposal status): `proposals.selectors.load_for_readiness`
# prefetches their records and marks them; a single idea reads afresh, as writes need it.
PRELOADED = "_preloaded_for_readiness"


def rows_of(p: Partnership, name: str, fresh: Callable[[], Iterable[Any]]) -> list[Any]:
    """The idea's `name` records: prefetched ones when loaded in bulk, else `fresh()`."""
    cache = getattr(p, "_prefetched_objects_cache", {})
    if getattr(p, PRELOADED, False) and name in cache:
        return list(cache[name])
    return list(fresh())


def proposal_of(partnership: Partnership) -> Proposal:
    """The saved proposal (read afresh), or an empty one, version 0, not saved yet."""
    preloaded = getattr(partnership, PRELOADED, False)
    saved = (
        getattr(partnership, "_preloaded_proposal", None)
        if preloaded
        else Proposal.objects.filter(partnership=partnership).first()
    )
    return saved or Proposal(partnership=partnership, version=0)


def problem_of(p: Partnership) -> Problem | None:
    """Read afresh: a cached one may predate the change being checked."""
    if getattr(p, PRELOADED, False):
        return getattr(p, "_preloaded_problem", None)  # type: ignore[no-any-return]
    return Problem.objects.filter(partnership=p).select_related("area").first()


def causes_of(p: Partnership) -> list[Cause]:
    causes = rows_of(p, "causes", lambda: p.causes.select_related("assessment"))
    return sorted(causes, key=lambda c: (c.position, c.pk))


def objectives_of(p: Partnership) -> list[Any]:
    """Objectives in order, each with its indicators in order (`.ordered_indicators`)."""
    objectives = rows_of(p, "objectives", lambda: p.objectives.prefetch_related("indicators"))
    for objective in objectives:
        objective.ordered_indicators = sorted(objective.indicators.all(), key=lambda i: i.pk)
    return objectives


def indicators_of(p: Partnership) -> list[Indicator]:
    return sorted(rows_of(p, "indicators", p.indicators.all), key=lambda i: i.pk)


def _problem(p: Partnership) -> list[Line]:
    # Codes and data only, never translated words: the hash must not depend on the language.
    lines: list[Line] = []
    _add(lines, "title", p.title)
    _add(lines, "summary", p.summary)
    problem = problem_of(p)
    for key, field in [
        ("statement", "statement"),
        ("why", "why_it_matters"),
        ("affected", "affected"),
        ("care", "who_should_care"),
        ("solved", "solved_looks_like"),
    ]:
        _add(lines, key, getattr(problem, field, ""))
    causes = causes_of(p)
    kids: dict[int | None, list[Cause]] = {}
    for cause in causes:
        kids.setdefault(cause.parent_id, []).append(cause)

    def walk(parent: int | None, depth: int) -> None:
        for cause in kids.get(parent, []):
            _add(lines, "cause" if depth == 0 else "subcause", ("· " * depth) + cause.text)
            walk(cause.pk, depth + 1)

    walk(None, 0)
    ranked = [c for c in kids.get(None, []) if hasattr(c, "assessment") and c.assessment.entry_rank]
    for cause in sorted(ranked, key=lambda c: c.assessment.entry_rank or 0):
        _add(lines, "entry", f"{cause.assessment.entry_rank}. {cause.text}")
    options = rows_of(p, "options", p.options.all)
    for option in sorted((o for o in options if o.status == "chosen"), key=lambda o: o.pk):
        _add(lines, "chosen", f"{option.title}: {option.description}".rstrip(": "))
    return lines


def partners_of(p: Partnership) -> list[PartnershipPartner]:
    order = {"lead": 0, "partner": 1, "auxiliary": 2}
    partners = rows_of(p, "partners", lambda: p.partners.select_related("organisation"))
    return sorted(partners, key=lambda x: (order.get(x.role, 3), x.organisation.name))


def _partners(p: Partnership) -> list[Line]:
    lines: list[Line] = []
    for partner in partners_of(p):
        _add(lines, "partner", f"{partner.organisation.name} ({partner.role})")
        _add(lines, "contribution", partner.contribution)
        _add(lines, "gains", partner.gains)
        _add(lines, "rights", partner.rights)
        _add(lines, "obligations", partner.obligations)
        if partner.expected_benefit is not None:
            _add(lines, "benefit_value", f"{partner.expected_benefit:.0f} {p.currency}")
        if partner.paid_to_deliver:
            _add(lines, "paid", "✓")
    return lines


def _objectives(p: Partnership) -> list[Line]:
    lines: list[Line] = []
    proposal = proposal_of(p)
    _add(lines, "goal", proposal.goal)
    if proposal.novelty:
        _add(lines, "novelty", f"{proposal.novelty}: {proposal.novelty_note}".rstrip(": "))
    _add(lines, "origin", proposal.benefits_origin)
    _add(lines, "destination", proposal.benefits_destination)
    _add(lines, "migrants", proposal.benefits_migrants)
    for objective in objectives_of(p):
        _add(lines, "objective", objective.text)
        for i in objective.ordered_indicators:
            _add(lines, "indicator", _indicator(i))
    for i in indicators_of(p):
        if i.objective_id is None:  # not yet under an objective
            _add(lines, "indicator", _indicator(i))
    return lines


def _indicator(i: Indicator) -> str:
    when = i.target_date.isoformat() if i.target_date else "?"
    return (
        f"{i.name} | {i.baseline or '?'} → {i.target or '?'} ({when}) | "
        f"{i.means_of_verification or '?'}"
    )


def _activities(p: Partnership) -> list[Line]:
    lines: list[Line] = []
    activities = rows_of(
        p, "activities", lambda: p.activities.select_related("responsible__organisation")
    )
    # Undated first, then by start: the same order on every database (the hash depends on it).
    for a in sorted(activities, key=lambda a: (a.starts_on is not None, a.starts_on, a.pk)):
        who = a.responsible.organisation.name if a.responsible else "?"
        start = a.starts_on.isoformat() if a.starts_on else "?"
        end = a.ends_on.isoformat() if a.ends_on else "?"
        _add(lines, "activity", f"{a.title} | {who} | {start} – {end} | {a.description}")
    return lines


def _budget(p: Partnership) -> list[Line]:
    lines: list[Line] = []
    total = Decimal(0)
    budget = rows_of(
        p, "budget_lines", lambda: p.budget_lines.select_related("partner__organisation")
    )
    for b in sorted(budget, key=lambda b: (b.partner.organisation.name, b.pk)):
        total += b.amount
        _add(
            lines,
            "line",
            f"{b.partner.organisation.name} | {b.description} | {b.kind} | "
            f"{b.amount:.2f} {p.currency}",
        )
    _add(lines, "total", f"{total:.2f} {p.currency}")
    return lines


ASSEMBLERS: dict[str, Callable[[Partnership], list[Line]]] = {
    ProposalElement.PROBLEM: _problem,
    ProposalElement.PARTNERS: _partners,
    ProposalElement.OBJECTIVES: _objectives,
    ProposalElement.ACTIVITIES: _activities,
    ProposalElement.BUDGET: _budget,
}


def element_lines(p: Partnership, element: str) -> list[Line]:
    return ASSEMBLERS[element](p)


def content_hash(lines: list[Line]) -> str:
    return hashlib.sha256(json.dumps(lines, ensure_ascii=False).encode()).hexdigest()


def all_elements(p: Partnership) -> dict[str, list[Line]]:
    return {element: element_lines(p, element) for element in ProposalElement.values}
