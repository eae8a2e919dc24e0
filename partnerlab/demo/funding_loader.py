"""The demo's donors and funding: six donor profiles, the fundable proposals published by their
lead partners, and what donors and partners did with them, every write through the funding
services (so the history, the audit trail and the versions are the real ones).

Each donor in `funding_content.DONORS` acts through a representative: the demo donor login for
the Nordic fund, an account of its own (…@donors.example.org, demo password, not printed) for
the others. Runs once: skipped when any proposal of the cycle is already in the pipeline.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from django.utils.text import slugify

from partnerlab.accounts import services as accounts
from partnerlab.accounts.models import Role, User
from partnerlab.actors import services as actors
from partnerlab.actors.models import Organisation, Representation
from partnerlab.cycles.models import Cycle
from partnerlab.demo.funding_content import DONORS, PIPELINE
from partnerlab.funding import dealings, services
from partnerlab.funding.models import DonorProfile, Funding, Pledge, Question
from partnerlab.partnerships.models import Partnership, PartnershipPartner
from partnerlab.proposals.selectors import readiness

DONOR_DOMAIN = "donors.example.org"


def load_funding(*, by: User, cycle: Cycle, password: str) -> None:
    """Once: profiles for donors that have none; the pipeline when nothing is published yet."""
    people = {name: _donor_representative(by, name, password) for name in DONORS}
    for name, spec in DONORS.items():
        organisation = Organisation.objects.get(name=name)
        if not DonorProfile.objects.filter(organisation=organisation).exists():
            _record_priorities(people[name], organisation, spec)
    ideas = Partnership.objects.filter(cycle=cycle, stage="design").order_by("pk")
    if Funding.objects.filter(partnership__cycle=cycle).exists():
        return
    fundable = [idea for idea in ideas if readiness(idea).fundable]
    for idea in fundable:
        services.publish_to_pipeline(by=_lead_representative(idea), partnership=idea)
    _deal(by, people, {idea.title: idea for idea in fundable})


def _donor_representative(by: User, name: str, password: str) -> User:
    """The donor's representative with the donor role: an existing one (the demo login) or a
    new account named after the organisation's first contact."""
    organisation = Organisation.objects.get(name=name)
    existing = (
        Representation.objects.filter(organisation=organisation, user__role=Role.DONOR)
        .select_related("user")
        .order_by("user_id")
        .first()
    )
    if existing is not None:
        return existing.user
    contact = organisation.contacts.order_by("pk").first()
    full_name = contact.name if contact is not None else name
    email = f"{slugify(name)[:40]}@{DONOR_DOMAIN}"
    user = User.objects.filter(email=email).first() or accounts.create_account(
        by=by, email=email, full_name=full_name, role=Role.DONOR, password=password
    )
    actors.link_representative(by=by, user=user, organisation=organisation)
    return user


def _record_priorities(person: User, organisation: Organisation, spec: dict[str, Any]) -> None:
    today = timezone.localdate()
    windows = [
        {
            "opens_on": today + datetime.timedelta(days=opens),
            "closes_on": today + datetime.timedelta(days=closes),
            "note": note,
        }
        for opens, closes, note in spec["windows"]
    ]
    data = {k: v for k, v in spec.items() if k != "windows"}
    services.update_priorities(
        by=person, organisation=organisation, data=data, windows=windows, expected_version=0
    )


def _lead_representative(idea: Partnership) -> User:
    lead = idea.partners.get(role="lead")
    return (
        Representation.objects.filter(organisation=lead.organisation, user__role=Role.PARTNER)
        .select_related("user")
        .order_by("user_id")
        .first()
        .user  # type: ignore[union-attr]  # the proposal loader gave every partner one
    )


def _partner_representative(idea: Partnership, name: str) -> tuple[User, PartnershipPartner]:
    partner = idea.partners.select_related("organisation").get(organisation__name=name)
    link = (
        Representation.objects.filter(organisation=partner.organisation, user__role=Role.PARTNER)
        .select_related("user")
        .order_by("user_id")
        .first()
    )
    assert link is not None, f"{name} has no representative to answer for it"
    return link.user, partner


def _idea(ideas: dict[str, Partnership], start: str) -> Partnership | None:
    return next((idea for title, idea in ideas.items() if title.startswith(start)), None)


def _deal(facilitator: User, people: dict[str, User], ideas: dict[str, Partnership]) -> None:
    """Introductions, answers, questions and their answers, pledges, and a pairing, in order."""
    _introduce_and_answer(facilitator, people, ideas)
    for item in PIPELINE["questions"]:
        idea = _idea(ideas, item["proposal"])
        if idea is None:
            continue
        question: Question = dealings.ask_question(
            by=people[item["donor"]], partnership=idea, text=item["text"]
        )
        speaker, partner = _partner_representative(idea, item["partner"])
        dealings.answer_question(
            by=speaker, question=question, text=item["answer"], partner=partner.organisation_id
        )
    made = _pledge(people, ideas)
    for item in PIPELINE["pairings"]:
        found = made.get((item["proposal"], item["donor"]))
        idea = _idea(ideas, item["proposal"])
        if found is None or idea is None:
            continue
        partner = idea.partners.get(organisation__name=item["partner"])
        dealings.pair_commitment(
            by=facilitator, pledge=found, partner=partner.pk, commitment=item["commitment"]
        )


def _introduce_and_answer(
    facilitator: User, people: dict[str, User], ideas: dict[str, Partnership]
) -> None:
    donors = {name: Organisation.objects.get(name=name) for name in DONORS}
    for item in PIPELINE["introductions"]:
        idea = _idea(ideas, item["proposal"])
        if idea is not None:
            dealings.introduce(
                by=facilitator, partnership=idea, donor=donors[item["donor"]], note=item["note"]
            )
    for item in PIPELINE["answers"]:
        idea = _idea(ideas, item["proposal"])
        if idea is not None:
            dealings.answer_introduction(
                by=people[item["donor"]],
                partnership=idea,
                interested=item["interested"],
                reason=item.get("reason", ""),
            )


def _pledge(
    people: dict[str, User], ideas: dict[str, Partnership]
) -> dict[tuple[str, str], Pledge]:
    made: dict[tuple[str, str], Pledge] = {}
    for item in PIPELINE["pledges"]:
        idea = _idea(ideas, item["proposal"])
        if idea is None:
            continue
        lines = [
            line.pk
            for line in idea.budget_lines.all()
            if any(line.description.startswith(start) for start in item["budget_lines"])
        ]
        made[(item["proposal"], item["donor"])] = dealings.pledge(
            by=people[item["donor"]],
            partnership=idea,
            amount=item["amount"],
            kind=item["kind"],
            conditions=item["conditions"],
            budget_lines=lines,
        )
    return made
