"""A partnership's type from what it will do, with the facilitator's override when there is one."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import get_language

from partnerlab.analysis.typology import TypologyResult, classify, type_description
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.content import proposal_of, rows_of
from partnerlab.proposals.models import PartnershipType


@dataclass(frozen=True)
class Typology:
    type: str
    components: list[str]
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.0
    computed_type: str = ""
    overridden: bool = False
    reason: str = ""

    @property
    def label(self) -> str:
        return str(dict(PartnershipType.choices).get(self.type, self.type))

    @property
    def component_labels(self) -> list[str]:
        names = dict(PartnershipType.choices)
        return [str(names.get(c, c)) for c in self.components]

    @property
    def computed_label(self) -> str:
        return str(dict(PartnershipType.choices).get(self.computed_type, self.computed_type))

    @property
    def description(self) -> str:
        return type_description(self.type, get_language() or "en") if self.type else ""


def description_text(p: Partnership) -> str:
    """What the partnership will do, as one text: summary, chosen ideas and activities."""
    parts = [p.summary]
    options = rows_of(p, "options", lambda: p.options.filter(status="chosen"))
    parts += [f"{o.title}. {o.description}" for o in options if o.status == "chosen"]
    activities = rows_of(p, "activities", lambda: p.activities.all())
    activities.sort(key=lambda a: (a.starts_on is None, a.starts_on or datetime.date.min, a.pk))
    parts += [f"{a.title}. {a.description}" for a in activities]
    return "\n".join(" ".join(x.split()) for x in parts if x and x.strip())


def computed(p: Partnership) -> TypologyResult | None:
    text = description_text(p)
    if not text:
        return None
    key = "typology:" + hashlib.sha256(text.encode()).hexdigest()
    result = cache.get(key)
    if result is None:
        result = classify([text])[0]
        cache.set(key, result, 60 * 60 * 24)
    return result  # type: ignore[no-any-return]


def typology_of(p: Partnership) -> Typology:
    result = computed(p)
    proposal = proposal_of(p)
    base = Typology(
        type=result.type if result else "",
        components=list(result.components) if result else [],
        scores=dict(result.scores) if result else {},
        evidence=list(result.evidence) if result else [],
        confidence=result.confidence if result else 0.0,
        computed_type=result.type if result else "",
    )
    if not proposal.override_type:
        return base
    return Typology(
        type=proposal.override_type,
        components=list(proposal.override_components) or [proposal.override_type],
        scores=base.scores,
        evidence=base.evidence,
        confidence=base.confidence,
        computed_type=base.computed_type,
        overridden=True,
        reason=proposal.override_reason,
    )
