"""Reads that pages and the API share: ideas with their status, the overview, the history."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from partnerlab.partnerships import stages
from partnerlab.partnerships.models import (
    Authorization,
    BudgetLine,
    Partnership,
    PartnershipPartner,
    Revision,
    Task,
)


def _count(queryset: QuerySet[Any]) -> Coalesce:
    counted = (
        queryset.order_by().values("partnership").annotate(n=Count("pk", distinct=True)).values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_status(queryset: QuerySet[Partnership], *, today: datetime.date) -> QuerySet[Partnership]:
    """Ideas with overdue tasks, partners and authorization gaps counted in the same query."""
    open_tasks = Task.objects.filter(partnership=OuterRef("pk")).exclude(status="done")
    # A partner is authorized when it has decision makers recorded and all of them said yes.
    authorized = PartnershipPartner.objects.filter(
        partnership=OuterRef("pk"), authorizations__status="authorized"
    ).exclude(authorizations__status__in=["not_asked", "in_discussion", "refused"])
    return (
        queryset.select_related("group", "cycle")
        .annotate(
            overdue_tasks=_count(open_tasks.filter(due_on__lt=today)),
            open_tasks=_count(open_tasks),
            partner_count=_count(PartnershipPartner.objects.filter(partnership=OuterRef("pk"))),
            authorized_partners=_count(authorized),
            refusals=_count(
                Authorization.objects.filter(partnership=OuterRef("pk"), status="refused")
            ),
        )
        .prefetch_related(
            Prefetch(
                "partners",
                queryset=PartnershipPartner.objects.select_related("organisation").order_by(
                    "role", "organisation__name"
                ),
            )
        )
    )


@dataclass(frozen=True)
class IdeaRow:
    idea: Partnership
    days_since_change: int
    authorization_gaps: int

    @property
    def stage_number(self) -> int:
        return stages.index(self.idea.stage) + 1

    @property
    def lead(self) -> PartnershipPartner | None:
        return next((p for p in self.idea.partners.all() if p.role == "lead"), None)


SORTS = {
    "title": lambda r: r.idea.title.lower(),
    "group": lambda r: (r.idea.group.name.lower(), r.idea.title.lower()),
    "stage": lambda r: (r.stage_number, r.idea.title.lower()),
    "days": lambda r: (r.days_since_change, r.idea.title.lower()),
    "overdue": lambda r: (r.idea.overdue_tasks, r.idea.title.lower()),
    "gaps": lambda r: (r.authorization_gaps, r.idea.title.lower()),
}


def rows(
    queryset: QuerySet[Partnership],
    *,
    today: datetime.date,
    sort: str = "stage",
) -> list[IdeaRow]:
    result = [
        IdeaRow(
            idea=idea,
            days_since_change=(today - timezone.localdate(idea.last_change_at)).days,
            authorization_gaps=idea.partner_count - idea.authorized_partners,
        )
        for idea in with_status(queryset, today=today)
    ]
    descending = sort.startswith("-")
    key = SORTS.get(sort.lstrip("-"), SORTS["stage"])
    return sorted(result, key=key, reverse=descending)  # type: ignore[arg-type]


def filtered(
    queryset: QuerySet[Partnership], *, stage: str = "", group: int | None = None, q: str = ""
) -> QuerySet[Partnership]:
    if stage in stages.ORDER:
        queryset = queryset.filter(stage=stage)
    if group:
        queryset = queryset.filter(group_id=group)
    if q.strip():
        queryset = queryset.filter(Q(title__icontains=q.strip()) | Q(summary__icontains=q.strip()))
    return queryset


def budget_totals(partnership: Partnership) -> dict[str, Any]:
    """Totals per partner and per kind of funding, and the grand total."""
    lines = BudgetLine.objects.filter(partnership=partnership)
    per_partner: dict[int, dict[str, Decimal]] = {}
    for row in lines.values("partner_id", "kind").annotate(total=Sum("amount")):
        per_partner.setdefault(row["partner_id"], {})[row["kind"]] = row["total"]
    per_kind = {
        row["kind"]: row["total"] for row in lines.values("kind").annotate(total=Sum("amount"))
    }
    return {
        "per_partner": per_partner,
        "per_kind": per_kind,
        "total": sum(per_kind.values(), Decimal(0)),
    }


def history(partnership: Partnership, *, section: str | None = None) -> QuerySet[Revision]:
    revisions = partnership.revisions.select_related("by")
    if section is not None:
        revisions = revisions.filter(stage=section)
    return revisions
