"""The demo cycle's interest, small groups and partnership ideas, written through the services.

Each idea is taken through the stages the way a group would: fill the stage, move on, and for
one idea go back from authorization to the design space when a partner refuses.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from partnerlab.accounts.models import User
from partnerlab.actors.models import Organisation
from partnerlab.cycles.models import Cycle
from partnerlab.demo.intake_content import INPUTS
from partnerlab.demo.partnership_content import GROUPS, IDEAS
from partnerlab.demo.proposal_content import MORE_IDEAS
from partnerlab.intake.models import Input
from partnerlab.labs import services as labs
from partnerlab.partnerships import editing, services, stages
from partnerlab.partnerships.models import Cause, Partnership, PartnershipPartner
from partnerlab.themes.models import CommonArea

STAGE_CONTENT = ["problem", "causes", "ratings", "options", "authorizations"]


class _Demo:
    def __init__(self, by: User, cycle: Cycle) -> None:
        self.by = by
        self.cycle = cycle
        self.orgs = {o.name: o for o in Organisation.objects.all()}
        self.areas = {a.name: a for a in CommonArea.objects.filter(cycle=cycle)}
        texts = {i.text: i.pk for i in Input.objects.filter(cycle=cycle).only("id", "text")}
        self.inputs = [texts.get(row["text"]) for row in INPUTS]

    def cites(self, indices: list[int]) -> list[int]:
        return [self.inputs[i] for i in indices if self.inputs[i] is not None]

    def area_of(self, indices: list[int]) -> CommonArea | None:
        from partnerlab.demo.intake_content import THEMES

        for i in indices:
            area = self.areas.get(THEMES[INPUTS[i]["theme"]])
            if area is not None:
                return area
        return None


def load_partnerships(*, by: User, cycle: Cycle) -> None:
    """Interest, groups and ideas for the demo cycle; once."""
    if cycle.groups.exists() or not cycle.common_areas.exists():
        return
    demo = _Demo(by, cycle)
    groups = {}
    for item in GROUPS:
        for interest in item["interests"]:
            labs.record_interest(
                by=by,
                area=demo.areas[interest["area"]],
                organisation=demo.orgs[interest["organisation"]],
                brings=interest["brings"],
                role=interest["role"],
                note=interest["note"],
            )
        groups[item["name"]] = labs.create_group(
            by=by,
            cycle=cycle,
            name=item["name"],
            areas=[demo.areas[name] for name in item["areas"]],
            members=[demo.orgs[name] for name in item["members"]],
        )
    for idea in [*IDEAS, *MORE_IDEAS]:
        _load_idea(demo, groups[idea["group"]], idea)


def _load_idea(demo: _Demo, group: Any, idea: dict[str, Any]) -> Partnership:
    by = demo.by
    p = services.create_partnership(
        by=by,
        group=group,
        title=idea["title"],
        summary=idea["summary"],
        lead=demo.orgs[idea["lead"]],
    )
    partners = {idea["lead"]: p.partners.get()}
    for item in idea["partners"]:
        partners[item["organisation"]] = editing.create_element(
            by=by,
            partnership=p,
            kind="partners",
            data={
                "organisation": demo.orgs[item["organisation"]].pk,
                "role": item["role"],
                "contribution": item["contribution"],
            },
        )
    for item in idea["wanted"]:
        editing.create_element(by=by, partnership=p, kind="wanted", data=item)
    went_back = idea.get("went_back")
    target = went_back["from"] if went_back else idea["stage"]
    loaders = [_problem, _causes, _ratings, _options, _authorizations]
    for step, loader in enumerate(loaders):
        loader(demo, p, idea, partners)
        if stages.index(target) <= step:
            break
        p = services.advance_stage(by=by, partnership=p, expected_version=_fresh(p).version)
    if stages.index(target) == stages.index("design"):
        _design(demo, p, idea, partners)
    if went_back:
        p = services.return_to_stage(
            by=by,
            partnership=p,
            stage=went_back["to"],
            reason=went_back["reason"],
            expected_version=_fresh(p).version,
        )
        _after_going_back(demo, p, idea)
    _workplan(demo, p, idea, partners)
    if idea.get("published"):
        services.set_published(
            by=by, partnership=p, published=True, expected_version=_fresh(p).version
        )
    _date_last_change(p, idea)
    return p


def _fresh(p: Partnership) -> Partnership:
    return Partnership.objects.get(pk=p.pk)


def _problem(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    data = dict(idea["problem"])
    cites = data.pop("cites", [])
    area = demo.area_of(cites)
    data.update(cited_inputs=demo.cites(cites), area=area.pk if area else None)
    problem = p.problem
    editing.update_element(by=demo.by, element=problem, data=data, expected_version=1)


def _causes(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    def add(items: list[dict[str, Any]], parent: Cause | None) -> None:
        for item in items:
            cause = editing.create_element(
                by=demo.by,
                partnership=p,
                kind="causes",
                data={
                    "text": item["text"],
                    "parent": parent.pk if parent else None,
                    "cited_inputs": demo.cites(item.get("cites", [])),
                },
            )
            add(item.get("children", []), cause)  # type: ignore[arg-type]

    add(idea["causes"], None)


def _ratings(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    bones = list(p.causes.filter(parent=None).order_by("position"))
    for bone, item in zip(bones, idea["causes"], strict=False):
        rating = item.get("rating")
        if not rating:
            continue
        data = {k: v for k, v in rating.items() if k != "entry_point"}
        data["entry_rank"] = rating.get("entry_point")
        editing.rate_strand(by=demo.by, cause=bone, data=data, expected_version=0)


def _options(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    bones = list(p.causes.filter(parent=None).order_by("position"))
    refused_story = bool(idea.get("went_back"))
    for item in idea["options"]:
        data = {k: v for k, v in item.items() if k != "strand"}
        data["strand"] = bones[item["strand"]].pk if item.get("strand") is not None else None
        if refused_story and item["status"] == "set_aside":
            # Before the refusal this was the idea the group took into authorization.
            data.update(status="chosen", reason=str(item.get("chosen_reason", "")) or "—")
            data["_later"] = item
        later = data.pop("_later", None)
        option = editing.create_element(by=demo.by, partnership=p, kind="options", data=data)
        if later is not None:
            option._later = later  # type: ignore[attr-defined]
            demo.pending = [*getattr(demo, "pending", []), option]


def _authorizations(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    for item in idea["authorizations"]:
        data = {k: v for k, v in item.items() if k != "organisation"}
        data["partner"] = partners[item["organisation"]].pk
        editing.create_element(by=demo.by, partnership=p, kind="authorizations", data=data)


def _after_going_back(demo: _Demo, p: Partnership, idea: dict[str, Any]) -> None:
    for option in getattr(demo, "pending", []):
        later = option._later
        editing.update_element(
            by=demo.by,
            element=option,
            data={"status": later["status"], "reason": later["reason"]},
            expected_version=option.version,
        )
    demo.pending = []


def _design(demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict) -> None:
    activities = []
    for item in idea["activities"]:
        data = {k: v for k, v in item.items() if k != "responsible"}
        data["responsible"] = partners[item["responsible"]].pk
        activities.append(
            editing.create_element(by=demo.by, partnership=p, kind="activities", data=data)
        )
    for item in idea["indicators"]:
        data = dict(item)
        data["activity"] = activities[item["activity"]].pk if item["activity"] is not None else None
        editing.create_element(by=demo.by, partnership=p, kind="indicators", data=data)
    for item in idea["budget"]:
        data = {k: v for k, v in item.items() if k != "organisation"}
        data["partner"] = partners[item["organisation"]].pk
        data["activity"] = activities[item["activity"]].pk if item["activity"] is not None else None
        editing.create_element(by=demo.by, partnership=p, kind="budget", data=data)


def _workplan(
    demo: _Demo, p: Partnership, idea: dict[str, Any], partners: dict[str, PartnershipPartner]
) -> None:
    for item in idea["tasks"]:
        data = {k: v for k, v in item.items() if k != "owner"}
        data["owner"] = partners[item["owner"]].pk
        editing.create_element(by=demo.by, partnership=p, kind="tasks", data=data)
    for item in idea["check_ins"]:
        data = {"held_on": item["date"], **{k: item[k] for k in ("progress", "sticking_points")}}
        editing.create_element(by=demo.by, partnership=p, kind="check-ins", data=data)


def _date_last_change(p: Partnership, idea: dict[str, Any]) -> None:
    """Groups work at different speeds: date each idea's last change from its own story
    (its last check-in), so the overview shows the spread a real cycle has."""
    dates = [c["date"] for c in idea["check_ins"]]
    if not dates:
        return
    last = datetime.datetime.fromisoformat(max(dates)).replace(hour=17)
    Partnership.objects.filter(pk=p.pk).update(
        last_change_at=timezone.make_aware(last, timezone.get_current_timezone())
    )
