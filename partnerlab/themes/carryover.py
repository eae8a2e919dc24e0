"""Re-running theme discovery keeps the facilitators' curation.

Each run saves a new version of the cycle's theme map with freshly found themes. After it is
saved, every curated theme of the previous version (renamed, merged, dropped, or published as
an area of common interest) is matched to the new themes by the inputs they share, and its
curation is done again on its match:

- a theme matches the new theme with which it shares the most inputs, when their Jaccard
  overlap (inputs in both / inputs in either) is at least `THRESHOLD` (one half). Inputs
  added since the previous version are left out of the new themes first, so a theme that only
  grew still matches; inputs removed since are already gone from the old theme. Above one
  half a theme can overlap only one theme of the other version this much (themes hold
  disjoint inputs), so the matching is one-to-one; exact ties are reported as ambiguous.
- a merged theme matches every new theme most of whose inputs (at least `THRESHOLD`) lie
  within it, provided those new themes together overlap it by at least `THRESHOLD`; they are
  merged again (the new run may have found the parts as separate themes).
- a rename gives the new theme the facilitator's label; a drop drops it with the same reason;
  an area of common interest published from the old theme is re-pointed to the new theme (the
  same area: its interests, groups and partnerships stay; the audit trail keeps the change).

What cannot be carried over (no match, ambiguous, refused) is stored on the new map with its
reason and shown on the map page; the area of such a theme stays linked to the old version's
theme, so nothing is lost. All writes happen in one transaction, each carried theme in a
savepoint of its own so that one refusal does not undo the others.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from partnerlab.core import audit
from partnerlab.core.errors import DomainError
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.intake.models import Input
from partnerlab.themes import services
from partnerlab.themes.models import CommonArea, Theme, ThemeAssignment, ThemeMap, ThemeStatus

THRESHOLD = 0.5

CURATION: dict[str, Promise] = {
    "renamed": _("renamed"),
    "merged": _("merged"),
    "dropped": _("dropped"),
    "published": _("published"),
}

REASONS: dict[str, Promise] = {
    "vanished": _("none of its inputs are left"),
    "no_match": _("no new theme shares enough of its inputs"),
    "ambiguous": _("several new themes match it equally well"),
    "taken": _("its best match matches another curated theme better"),
    "refused": _("the change was refused"),
}


class ConfirmationRequired(DomainError):
    """Starting a new run over a curated map needs an explicit confirmation."""

    code = "confirmation_required"
    status = 409


@dataclass(frozen=True)
class Curated:
    """A curated theme of a map, and what the facilitators did to it."""

    theme_id: int
    label: str
    renamed: bool
    merged: bool
    dropped: bool
    drop_reason: str
    area_ids: tuple[int, ...]
    area_names: tuple[str, ...]

    @property
    def curation(self) -> list[str]:
        flags = {
            "renamed": self.renamed,
            "merged": self.merged,
            "dropped": self.dropped,
            "published": bool(self.area_ids),
        }
        return [code for code, done in flags.items() if done]

    @property
    def curation_words(self) -> str:
        return ", ".join(str(CURATION[c]) for c in self.curation)


@dataclass(frozen=True)
class Match:
    old: int
    new: tuple[int, ...]  # empty when it could not be carried over
    overlap: float
    reason: str = ""


def curated_themes(theme_map: ThemeMap) -> list[Curated]:
    areas: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for area_id, name, theme_id in CommonArea.objects.filter(
        source_theme__theme_map=theme_map
    ).values_list("pk", "name", "source_theme_id"):
        areas[theme_id].append((area_id, name))
    found = []
    for theme in theme_map.themes.order_by("position", "id"):
        dropped = theme.status == ThemeStatus.DROPPED
        if not (theme.renamed or theme.merged or dropped or areas.get(theme.pk)):
            continue
        published = sorted(areas.get(theme.pk, []))
        found.append(
            Curated(
                theme_id=theme.pk,
                label=theme.label,
                renamed=theme.renamed,
                merged=theme.merged,
                dropped=dropped,
                drop_reason=theme.drop_reason,
                area_ids=tuple(a for a, _name in published),
                area_names=tuple(n for _a, n in published),
            )
        )
    return found


def _jaccard(a: set[int], b: set[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match_themes(
    *,
    old: Mapping[int, set[int]],
    merged: set[int],
    new: Mapping[int, set[int]],
    added: AbstractSet[int] = frozenset(),
    threshold: float = THRESHOLD,
) -> dict[int, Match]:
    """Each old theme's match among the new ones, by their shared member inputs (pure).

    `old` and `new`: each theme's primary member inputs; `merged`: the old themes that were
    merged; `added`: inputs new since the old version, left out of the new themes."""
    new = {n: m - added for n, m in new.items()}
    # Which new themes hold each input: shared counts in one pass over the old members.
    index: dict[int, list[int]] = defaultdict(list)
    for n, m in new.items():
        for i in m:
            index[i].append(n)
    result: dict[int, Match] = {}
    proposed: dict[int, Match] = {}
    for theme, members in old.items():
        shared = Counter(n for i in members for n in index.get(i, ()))
        match = _match_one(
            theme, members, shared, merged=theme in merged, new=new, threshold=threshold
        )
        (proposed if match.new else result)[theme] = match
    # A new theme goes to the one old theme that overlaps it most; a tie gives it to neither.
    claims: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for match in proposed.values():
        for n in match.new:
            claims[n].append((match.overlap, match.old))
    for theme, match in proposed.items():
        rivals = [s for n in match.new for s, other in claims[n] if other != theme]
        if any(s > match.overlap for s in rivals):
            result[theme] = Match(theme, (), match.overlap, "taken")
        elif any(s == match.overlap for s in rivals):
            result[theme] = Match(theme, (), match.overlap, "ambiguous")
        else:
            result[theme] = match
    return result


def _match_one(
    theme: int,
    members: set[int],
    shared: Mapping[int, int],
    *,
    merged: bool,
    new: Mapping[int, set[int]],
    threshold: float,
) -> Match:
    """`shared`: how many of `members` each new theme holds (only those holding some)."""
    if not members:
        return Match(theme, (), 0.0, "vanished")
    scored = sorted(
        ((k / (len(members) + len(new[n]) - k), n) for n, k in shared.items()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    best = scored[0][0] if scored else 0.0
    if merged:
        parts = tuple(n for n, k in sorted(shared.items()) if k / len(new[n]) >= threshold)
        union: set[int] = set().union(*(new[n] for n in parts))
        score = _jaccard(members, union)
        if parts and score >= threshold:
            return Match(theme, parts, score)
        return Match(theme, (), max(best, score), "no_match")
    if best < threshold:
        return Match(theme, (), best, "no_match")
    if len(scored) > 1 and scored[1][0] == best:
        return Match(theme, (), best, "ambiguous")
    return Match(theme, (scored[0][1],), best)


def source_map(cycle_id: int, *, before: int | None = None) -> ThemeMap | None:
    """The version whose curation a new run carries over: the latest one (before version
    `before`), passing over a version whose own carry-over failed, which has none."""
    maps = ThemeMap.objects.filter(cycle_id=cycle_id).exclude(carryover__failed=True)
    if before is not None:
        maps = maps.filter(version__lt=before)
    return maps.order_by("-version").first()


def _members(theme_map: ThemeMap, themes: set[int] | None = None) -> dict[int, set[int]]:
    rows = ThemeAssignment.objects.filter(theme__theme_map=theme_map, primary=True)
    if themes is not None:
        rows = rows.filter(theme_id__in=themes)
    found: dict[int, set[int]] = defaultdict(set)
    for theme_id, input_id in rows.values_list("theme_id", "input_id").iterator(chunk_size=5000):
        found[theme_id].add(input_id)
    return found


def _carry_one(*, by: Any, item: Curated, parts: list[Theme], theme_map: ThemeMap) -> Theme:
    """Do the old theme's curation again on its match (the new themes `parts`)."""
    require_facilitator(by)
    if len(parts) > 1:
        target = services.merge_themes(
            by=by, themes=parts, label=item.label if item.renamed else ""
        )
    else:
        target = parts[0]
        if item.merged and not target.merged:
            Theme.objects.filter(pk=target.pk).update(merged=True)
            target.merged = True
    if item.renamed and (target.label != item.label or not target.renamed):
        target = services.rename_theme(by=by, theme=target, label=item.label)
    for area in CommonArea.objects.filter(pk__in=item.area_ids).select_for_update():
        before = area.source_theme_id
        area.source_theme = target
        area.save(update_fields=["source_theme"])
        audit.record(
            actor=by,
            action="common_area.carry_over",
            target=area,
            before={"theme": before},
            after={"theme": target.pk, "label": target.label, "version": theme_map.version},
        )
    if item.dropped:
        target = services.drop_theme(by=by, theme=target, reason=item.drop_reason)
    return target


def carry_over_curation(*, by: Any, theme_map: ThemeMap) -> dict[str, Any]:
    """Carry the previous version's curation over to `theme_map`, a version just saved.

    Returns what is stored on the map: {"from_version", "carried": [...], "not_carried":
    [...]}, or {} for a cycle's first version. Should it fail, nothing of it is kept and the
    map is marked so that the next run carries over from the version before it."""
    try:
        return _carry_over(by=by, theme_map=theme_map)
    except Exception:
        if not transaction.get_connection().in_atomic_block:  # else the caller's is broken
            ThemeMap.objects.filter(pk=theme_map.pk).update(carryover={"failed": True})
        raise


@transaction.atomic
def _carry_over(*, by: Any, theme_map: ThemeMap) -> dict[str, Any]:
    previous = source_map(theme_map.cycle_id, before=theme_map.version)
    if previous is None:
        return {}
    curated = curated_themes(previous)
    old = _members(previous, {c.theme_id for c in curated})
    added = set(
        Input.objects.filter(
            cycle_id=theme_map.cycle_id, created_at__gt=previous.created_at
        ).values_list("pk", flat=True)
    )
    matches = match_themes(
        old={c.theme_id: old.get(c.theme_id, set()) for c in curated},
        merged={c.theme_id for c in curated if c.merged},
        new=_members(theme_map),
        added=added,
    )
    themes = Theme.objects.in_bulk([n for m in matches.values() for n in m.new])
    carried, not_carried = [], []
    for item in curated:
        match = matches[item.theme_id]
        entry = {
            "theme": item.theme_id,
            "label": item.label,
            "curation": item.curation,
            "areas": list(item.area_names),
            "overlap": round(match.overlap, 2),
        }
        if not match.new:
            not_carried.append({**entry, "reason": match.reason})
            continue
        parts = sorted((themes[n] for n in match.new), key=lambda t: (t.position, t.pk))
        try:
            with transaction.atomic():
                target = _carry_one(by=by, item=item, parts=parts, theme_map=theme_map)
        except DomainError as error:
            not_carried.append({**entry, "reason": "refused", "message": error.message})
            continue
        carried.append({**entry, "to": target.pk, "to_label": target.label})
    outcome = {"from_version": previous.version, "carried": carried, "not_carried": not_carried}
    theme_map.carryover = outcome
    theme_map.save(update_fields=["carryover"])
    if not curated:
        return outcome  # nothing to say in the history
    audit.record(
        actor=by,
        action="theme_map.carry_over",
        target=theme_map,
        after={
            "from_version": previous.version,
            "carried": len(carried),
            "not_carried": len(not_carried),
            "details": outcome,
        },
    )
    return outcome


@dataclass
class Preview:
    """What a new run would start from: the inputs new since the last version, and the
    curation it would carry over."""

    previous: ThemeMap | None
    new_inputs: int
    removed_inputs: int
    examples: list[Input]
    curated: list[Curated]

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.curated)


def preview(cycle: Cycle) -> Preview:
    previous = source_map(cycle.pk)
    if previous is None:
        return Preview(None, cycle.inputs.count(), 0, [], [])
    added = cycle.inputs.filter(created_at__gt=previous.created_at)
    kept = cycle.inputs.filter(created_at__lte=previous.created_at).count()
    return Preview(
        previous=previous,
        new_inputs=added.count(),
        # Inputs are never edited in place (a changed text is a new input), so what the last
        # version read and no longer exists was removed.
        removed_inputs=max(0, previous.input_count - kept),
        examples=list(added.order_by("id").only("id", "text", "language")[:10]),
        curated=curated_themes(previous),
    )


def require_confirmation(cycle: Cycle, *, confirmed: bool) -> None:
    """Refuse a new run over a curated map unless the facilitator confirmed it."""
    if confirmed:
        return
    found = preview(cycle)
    if found.needs_confirmation:
        raise ConfirmationRequired(
            _(
                "Version %(version)s of the theme map has curation (%(count)s curated themes). "
                "A new run carries it over to the themes that match; confirm to start it."
            )
            % {"version": found.previous.version, "count": len(found.curated)}  # type: ignore[union-attr]
        )


def outcome_lines(theme_map: ThemeMap) -> dict[str, Any] | None:
    """The map's carry-over in words, for its page."""
    stored = theme_map.carryover
    if stored and stored.get("failed"):
        return {"failed": True}
    if not stored or not (stored.get("carried") or stored.get("not_carried")):
        return None

    def words(entry: dict[str, Any]) -> dict[str, Any]:
        curation = ", ".join(str(CURATION.get(c, c)) for c in entry.get("curation", []))
        reason = entry.get("reason", "")
        return {
            **entry,
            "curation_words": curation,
            "reason_words": entry.get("message") or str(REASONS.get(reason, reason)),
            "overlap_percent": round(100 * float(entry.get("overlap") or 0)),
        }

    return {
        "from_version": stored.get("from_version"),
        "carried": [words(e) for e in stored.get("carried", [])],
        "not_carried": [words(e) for e in stored.get("not_carried", [])],
    }
