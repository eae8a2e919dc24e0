"""A large cycle for load tests: `partnerlab demo --scale N`.

At N=1: 500 organisations in the directory, 2,000 inputs from 31 consultations, a discovered
and curated theme map, 40 small groups holding 200 partnership ideas spread over all six PDIA
stages, each with its problem, causes, ratings, options, authorizations, design, budget,
workplan, check-ins and (for designed ideas) the proposal and its sign-offs.

Everything goes through the services, as in the demo, so the history, the audit trail and the
versions are those a real cycle would have. The ideas are the demo's eleven ideas told again
by other partners (organisations of the same kinds), so their text is realistic. Only the
texts are varied mechanically: each input is a demo input with a sentence of another input of
the same theme added.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from typing import Any

import pycountry
from django.db import transaction

from partnerlab.accounts.models import User
from partnerlab.actors import services as actors
from partnerlab.actors.models import Organisation
from partnerlab.cycles import services as cycles
from partnerlab.cycles.models import Cycle
from partnerlab.demo.content import CYCLE
from partnerlab.demo.intake_content import INPUTS
from partnerlab.demo.intake_loader import load_intake
from partnerlab.demo.partnership_content import GROUPS, IDEAS
from partnerlab.demo.partnership_loader import _Demo, _load_idea
from partnerlab.demo.proposal_content import MORE_IDEAS, PROPOSALS
from partnerlab.demo.proposal_loader import _sign, _state
from partnerlab.intake.models import Input
from partnerlab.labs import services as labs
from partnerlab.labs.models import Interest
from partnerlab.themes.models import CommonArea

ORGANISATIONS_PER_SCALE = 500
INPUTS_PER_SCALE = 2000
IDEAS_PER_SCALE = 200
IDEAS_PER_GROUP = 5
SPECS = [*IDEAS, *MORE_IDEAS]
# Which demo idea each new one retells, in turn: more ideas in the early stages than the demo
# has (problem 2, fishbone 3, sequencing 2, design space 2, authorization 2, design 5 of 16).
PATTERN = [3, 2, 2, 1, 1, 5, 7, 6, 6, 0, 4, 8, 9, 10, 3, 2]
# Every tenth idea keeps the demo's partners, so the demo logins have work in the large cycle.
KEEP_DEMO_PARTNERS_EVERY = 10

NAMES = {
    "national_government": (
        "member_state",
        ["Ministry of Labour, {c}", "Ministry of the Interior, {c}", "Migration Agency, {c}"],
    ),
    "local_government": ("mayors_mechanism", ["Capital City Council, {c}", "Port City, {c}"]),
    "business": ("business_mechanism", ["{c} Employers' Federation", "{c} Chamber of Trade"]),
    "civil_society": ("civil_society_mechanism", ["{c} Migrant Workers' Network"]),
    "academia": ("civil_society_mechanism", ["{c} Institute for Migration Studies"]),
    "international_organisation": ("non_member", ["Regional Mobility Office, {c}"]),
    "donor": ("non_member", ["{c} Development Cooperation Agency"]),
    "other": ("non_member", ["{c} Diaspora Foundation"]),
}


def cycle_slug(scale: int) -> str:
    return f"lab-large-x{scale}"


@transaction.atomic
def load_scale(*, by: User, scale: int, password: str) -> Cycle:
    """The large cycle for `scale`; a second run changes nothing."""
    existing = Cycle.objects.filter(slug=cycle_slug(scale)).first()
    if existing is not None:
        return existing
    _ensure_organisations(by=by, total=ORGANISATIONS_PER_SCALE * scale)
    data = {k: v for k, v in CYCLE.items() if k != "thematic_areas"}
    data.update(slug=cycle_slug(scale), name=f"Migration Partnerships Lab — large cycle ×{scale}")
    cycle = cycles.create_cycle(by=by, data=data, thematic_areas=CYCLE["thematic_areas"])
    load_intake(by=by, cycle=cycle, rows=_input_rows(INPUTS_PER_SCALE * scale))
    _load_ideas(_ScaleDemo(by, cycle), IDEAS_PER_SCALE * scale, password)
    return cycle


def _ensure_organisations(*, by: User, total: int) -> None:
    names = {n.lower() for n in Organisation.objects.values_list("name", flat=True)}
    missing = total - len(names)
    countries = sorted(pycountry.countries, key=lambda c: c.name)
    for number, country in enumerate(countries * 4):
        if missing <= 0:
            return
        kind = list(NAMES)[number % len(NAMES)]
        membership, templates = NAMES[kind]
        name = templates[number // len(countries) % len(templates)].format(c=country.name)
        if name.lower() in names:
            continue
        names.add(name.lower())
        actors.create_organisation(
            by=by,
            data={"name": name, "kind": kind, "membership": membership, "country": country.alpha_2},
        )
        missing -= 1


def _input_rows(count: int) -> list[dict[str, Any]]:
    """`count` inputs: the demo's, then each again with a sentence from another input of its
    theme, so that every text is new and theme discovery finds the same themes."""
    by_theme: dict[int, list[int]] = defaultdict(list)
    for index, row in enumerate(INPUTS):
        by_theme[row["theme"]].append(index)
    rows = []
    seen: set[str] = set()
    for number in range(count):
        round_, index = divmod(number, len(INPUTS))
        row = dict(INPUTS[index], id=f"{INPUTS[index]['id']}-{round_}")
        same = by_theme[row["theme"]]
        step = round_
        while row["text"].lower() in seen:
            other = INPUTS[same[(same.index(index) + step) % len(same)]]["text"]
            row["text"] += " " + re.split(r"(?<=[.!?])\s+", other)[-1]
            step += 1
        seen.add(row["text"].lower())
        rows.append(row)
    return rows


class _ScaleDemo(_Demo):
    """Organisations by name and inputs by demo index, for the large cycle."""

    def __init__(self, by: User, cycle: Cycle) -> None:
        self.by = by
        self.cycle = cycle
        self.orgs = {o.name: o for o in Organisation.objects.all()}
        self.areas = {a.name: a for a in CommonArea.objects.filter(cycle=cycle)}
        first = {}
        for pk, external_id in Input.objects.filter(cycle=cycle).values_list("pk", "external_id"):
            first.setdefault(external_id, pk)
        self.inputs = [first.get(f"{row['id']}-0") for row in INPUTS]
        # Organisations that can play each other: the same kind and the same membership.
        self.peers: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name, organisation in sorted(self.orgs.items()):
            self.peers[organisation.kind, organisation.membership].append(name)


def _names_in(spec: dict[str, Any]) -> list[str]:
    names = [spec["lead"], *(p["organisation"] for p in spec["partners"])]
    return list(dict.fromkeys(names))


def _partners_for(demo: _ScaleDemo, spec: dict[str, Any], number: int) -> dict[str, str]:
    """Demo organisation name -> the organisation of the same kind playing it in idea `number`."""
    if number % KEEP_DEMO_PARTNERS_EVERY == 0:
        return {name: name for name in _names_in(spec)}
    cast: dict[str, str] = {}
    for name in _names_in(spec):
        organisation = demo.orgs[name]
        pool = demo.peers[organisation.kind, organisation.membership]
        start = number * 7 + len(cast) * 13
        cast[name] = next(
            pool[(start + step) % len(pool)]
            for step in range(len(pool))
            if pool[(start + step) % len(pool)] not in cast.values()
        )
    return cast


def _retold(value: Any, cast: dict[str, str]) -> Any:
    """The spec with every organisation name replaced by its new player (names are values, or
    keys of a proposal's `partners`)."""
    if isinstance(value, str):
        return cast.get(value, value)
    if isinstance(value, list):
        return [_retold(item, cast) for item in value]
    if isinstance(value, dict):
        return {cast.get(k, k): _retold(v, cast) for k, v in value.items()}
    return value


def _express_interest(by: User, area: CommonArea, organisation: Organisation) -> None:
    if Interest.objects.filter(area=area, organisation=organisation).exists():
        return
    role = "partner" if organisation.is_forum_member else "auxiliary"
    labs.record_interest(
        by=by, area=area, organisation=organisation, brings=["expertise"], role=role
    )


def _load_ideas(demo: _ScaleDemo, count: int, password: str) -> None:
    group_specs = {g["name"]: g for g in GROUPS}
    for first in range(0, count, IDEAS_PER_GROUP):
        numbers = range(first, min(first + IDEAS_PER_GROUP, count))
        ideas = []
        for number in numbers:
            spec = copy.deepcopy(SPECS[PATTERN[number % len(PATTERN)]])
            cast = _partners_for(demo, spec, number)
            idea = _retold(spec, cast)
            idea["title"] = f"{spec['title']} · {number + 1:03d}"
            ideas.append((idea, cast, spec["title"]))
        members = [demo.orgs[n] for _i, cast, _t in ideas for n in cast.values()]
        area_names = [a for i, _c, _t in ideas for a in group_specs[i["group"]]["areas"]]
        areas = [demo.areas[a] for a in dict.fromkeys(area_names) if a in demo.areas]
        areas = areas or list(demo.areas.values())[:1]
        for organisation in dict.fromkeys(members):
            _express_interest(demo.by, areas[0], organisation)
        group = labs.create_group(
            by=demo.by,
            cycle=demo.cycle,
            name=f"Group {first // IDEAS_PER_GROUP + 1:02d}: {areas[0].name}",
            areas=areas,
            members=list(dict.fromkeys(members)),
        )
        for idea, cast, title in ideas:
            partnership = _load_idea(demo, group, idea)
            if title in PROPOSALS and idea["stage"] == "design":
                proposal = _retold(copy.deepcopy(PROPOSALS[title]), cast)
                _state(demo.by, partnership, proposal)
                _sign(demo.by, partnership, proposal, password)
