"""What a stage page shows for each kind of element: the items, the forms and the rights.

Views render one section at a time after an htmx edit, so every section is built here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Case, Prefetch, Q, QuerySet, When
from django.utils.translation import gettext_lazy as _

from partnerlab.intake.models import Input
from partnerlab.partnerships import permissions
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec
from partnerlab.partnerships.forms import share_rows
from partnerlab.partnerships.models import (
    BudgetLine,
    Cause,
    FundingKind,
    Partnership,
    Stage,
    StrandAssessment,
)

# Which sections each page shows: the idea's page, then each stage's page.
DETAIL_SECTIONS = ["partners", "wanted", "tasks", "check-ins"]
STAGE_SECTIONS = {
    Stage.PROBLEM: [],  # the problem is one form, shown on its own
    Stage.FISHBONE: ["causes"],
    Stage.SEQUENCING: ["strands"],
    Stage.DESIGN_SPACE: ["options"],
    Stage.AUTHORIZATION: ["authorizations"],
    Stage.DESIGN: ["objectives", "activities", "indicators", "budget"],
}
# A form field whose choices are the idea's records of another kind.
CHOICES_FROM = {
    "responsible": "partners",
    "partner": "partners",
    "owner": "partners",
    "activity": "activities",
    "objective": "objectives",
    "strand": "causes",
    "parent": "causes",
}

ITEM_QUERIES = {
    "partners": lambda p: p.partners.select_related("organisation").order_by(
        Case(When(role="lead", then=0), When(role="partner", then=1), default=2),
        "organisation__name",
    ),
    "wanted": lambda p: p.wanted.all(),
    "options": lambda p: p.options.select_related("strand"),
    "authorizations": lambda p: p.authorizations.select_related("partner__organisation"),
    "activities": lambda p: p.activities.select_related("responsible__organisation"),
    "objectives": lambda p: p.objectives.all(),
    "indicators": lambda p: p.indicators.select_related("activity", "objective"),
    "budget": lambda p: p.budget_lines.select_related("partner__organisation", "activity"),
    "tasks": lambda p: p.tasks.select_related("owner__organisation"),
    "check-ins": lambda p: p.check_ins.all(),
}


@dataclass
class Section:
    spec: ElementSpec
    partnership: Partnership
    items: list[Any]
    may_add: bool
    add_form: Any = None
    title: Any = ""
    error: str = ""
    notice: str = ""  # "Saved." after a write
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.spec.key


TITLES = {
    "partners": _("Partners"),
    "wanted": _("Partners still wanted"),
    "problem": _("The problem"),
    "causes": _("Causes"),
    "strands": _("Triple-A rating of each causal strand"),
    "options": _("Ideas for the entry points"),
    "authorizations": _("Who must authorize"),
    "activities": _("Activities"),
    "objectives": _("Objectives"),
    "indicators": _("Indicators"),
    "budget": _("Budget"),
    "tasks": _("Workplan"),
    "check-ins": _("Check-ins"),
}


@dataclass
class StrandRow:
    bone: Cause
    assessment: StrandAssessment | None
    form: Any

    @property
    def version(self) -> int:
        return self.assessment.version if self.assessment else 0


def _strand(spec: ElementSpec, partnership: Partnership, bone: Cause) -> StrandRow:
    assessment = assessment_of(bone)
    form = spec.form(instance=assessment, partnership=partnership, prefix=f"strand-{bone.pk}")
    return StrandRow(bone, assessment, form)


def cause_tree(partnership: Partnership) -> list[Cause]:
    """All causes in one query, each with `.kids` in order; returns the bones."""
    causes = list(
        partnership.causes.select_related("area", "assessment").prefetch_related(
            Prefetch("cited_inputs", queryset=Input.objects.only("id", "text"))
        )
    )
    by_parent: dict[int | None, list[Cause]] = {}
    for cause in causes:
        by_parent.setdefault(cause.parent_id, []).append(cause)
    for cause in causes:
        cause.kids = by_parent.get(cause.pk, [])  # type: ignore[attr-defined]
    return by_parent.get(None, [])


def assessment_of(cause: Cause) -> StrandAssessment | None:
    try:
        return cause.assessment
    except StrandAssessment.DoesNotExist:
        return None


def build(user: Any, partnership: Partnership, key: str) -> Section:
    spec = ELEMENTS[key]
    may_add = spec.may_change(user, partnership, None)
    if key == "causes":
        items: list[Any] = cause_tree(partnership)
    elif key == "strands":
        may_add = permissions.can_edit(user, partnership)
        items = [_strand(spec, partnership, bone) for bone in cause_tree(partnership)]
    else:
        items = list(ITEM_QUERIES[key](partnership))
        if key in ("activities", "objectives"):  # the forms' lists of them, in the same order
            share_rows(partnership, key, items)
    form = None
    if may_add and key not in ("strands", "problem"):
        form = spec.form(partnership=partnership, prefix=f"new-{key}")
    section = Section(spec, partnership, items, may_add, form, TITLES[key])
    if key == "budget":
        section.extra = budget_summary(items)
    for item in items if key not in ("causes", "strands") else []:
        item.may_change = spec.may_change(user, partnership, item)
    return section


def dependent_choices(user: Any, partnership: Partnership, changed: str) -> list[str]:
    """After `changed` records were added, changed or removed: the selects of the other add
    forms on the same page that list them, rendered afresh for an htmx out-of-band swap (so the
    budget form offers the activity just added). Only forms the page shows are sent."""
    page = next(
        (keys for keys in [DETAIL_SECTIONS, *STAGE_SECTIONS.values()] if changed in keys), []
    )
    selects = []
    for key in page:
        spec = ELEMENTS[key]
        fields = [f for f in spec.fields if CHOICES_FROM.get(f) == changed]
        if key == changed or not fields or not spec.may_change(user, partnership, None):
            continue
        form = spec.form(partnership=partnership, prefix=f"new-{key}")
        selects += [str(form[f].as_widget(attrs={"hx-swap-oob": "true"})) for f in fields]
    return selects


def cited_by(partnership: Partnership) -> set[int]:
    """Every input the idea's problem or causes cite."""
    ids = set(
        Input.objects.filter(
            Q(cited_by_problems__partnership=partnership)
            | Q(cited_by_causes__partnership=partnership)
        ).values_list("pk", flat=True)
    )
    return ids


def citable_inputs(partnership: Partnership) -> QuerySet[Input]:
    """What stakeholders said in the group's areas: the evidence published with each area and
    the answers of the theme it came from."""
    areas = list(partnership.group.areas.values_list("pk", flat=True))
    from_theme = Q(
        theme_assignments__theme__published_areas__in=areas, theme_assignments__primary=True
    )
    return (
        Input.objects.filter(cycle_id=partnership.cycle_id)
        .filter(Q(common_areas__in=areas) | from_theme)
        .distinct()
        .only("id", "text")
        .order_by("id")
    )


# What a partner puts in itself; money requested from donors is nobody's cost yet.
COST_KINDS = (FundingKind.CASH, FundingKind.IN_KIND)


def partner_costs(lines: Iterable[BudgetLine]) -> dict[int, Decimal]:
    """Each partner's own contribution (cash and in kind), by partner id."""
    costs: dict[int, Decimal] = {}
    for line in lines:
        if line.kind in COST_KINDS:
            costs[line.partner_id] = costs.get(line.partner_id, Decimal(0)) + line.amount
    return costs


def cost_share(cost: Decimal, all_costs: Decimal) -> Decimal:
    """A partner's share of the costs, 0 to 1: its cash and in kind over all partners' cash and
    in kind. The one definition the design page, the principles and both documents use."""
    return cost / all_costs if all_costs else Decimal(0)


def percent(share: Decimal) -> int:
    """A share (0 to 1) as a whole percentage, rounded half up."""
    return int((100 * share).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def budget_summary(lines: list[BudgetLine]) -> dict[str, Any]:
    """Per partner: cash, in kind, requested, total and share of the costs; then everyone's."""
    kinds = [k for k, _label in FundingKind.choices]
    partners: dict[int, dict[str, Any]] = {}
    for line in lines:
        row = partners.setdefault(
            line.partner_id,
            {"name": line.partner.organisation.name, **{k: Decimal(0) for k in kinds}},
        )
        row[line.kind] += line.amount
    totals = {k: sum((r[k] for r in partners.values()), Decimal(0)) for k in kinds}
    grand = sum(totals.values(), Decimal(0))
    costs = partner_costs(lines)
    all_costs = sum(costs.values(), Decimal(0))
    rows = []
    for partner_id, row in sorted(partners.items(), key=lambda item: item[1]["name"]):
        total = sum((row[k] for k in kinds), Decimal(0))
        share = percent(cost_share(costs.get(partner_id, Decimal(0)), all_costs))
        rows.append({**row, "partner_id": partner_id, "total": total, "share": share})
    return {"rows": rows, "totals": totals, "grand": grand}
