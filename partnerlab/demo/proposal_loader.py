"""The demo's proposals: three more designed ideas, what each proposal states, and sign-offs.

Three proposals end fundable, one waits for a missing sign-off, one is ineligible (a partner is
paid to deliver for the others). Each partner needs a representative to sign: those without one
among the demo logins get a representative account here (not printed; same demo password).
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.text import slugify

from partnerlab.accounts import services as accounts
from partnerlab.accounts.models import Role, User
from partnerlab.actors import services as actors
from partnerlab.actors.models import Organisation, Representation
from partnerlab.cycles.models import Cycle
from partnerlab.demo.proposal_content import PROPOSALS
from partnerlab.partnerships import editing
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals import services as proposals
from partnerlab.proposals.models import ProposalElement

FIRST = ["Amina", "Carlos", "Mei", "Tomás", "Nadia", "Samuel", "Leila", "Ravi", "Grace", "Omar"]
LAST = ["Haddad", "Mendoza", "Lin", "Okoro", "Petrova", "Khan", "Silva", "Nguyen", "Adeyemi"]


def load_proposals(*, by: User, cycle: Cycle, password: str) -> None:
    """Once: skipped when any proposal of the cycle has been signed already."""
    ideas = {p.title: p for p in Partnership.objects.filter(cycle=cycle, stage="design")}
    if not ideas or any(p.sign_offs.exists() for p in ideas.values()):
        return
    for title, spec in PROPOSALS.items():
        idea = ideas.get(title)
        if idea is not None:
            _state(by, idea, spec)
            _sign(by, idea, spec, password)


def _state(by: User, idea: Partnership, spec: dict[str, Any]) -> None:
    for partner in idea.partners.select_related("organisation"):
        data = spec["partners"].get(partner.organisation.name)
        if data is None:
            continue
        editing.update_element(by=by, element=partner, data=data, expected_version=partner.version)
    indicators = list(idea.indicators.order_by("id"))
    for item in spec["objectives"]:
        objective = editing.create_element(
            by=by, partnership=idea, kind="objectives", data={"text": item["text"]}
        )
        for index in item["indicators"]:
            indicator = indicators[index]
            editing.update_element(
                by=by,
                element=indicator,
                data={"objective": objective.pk},
                expected_version=indicator.version,
            )
            indicator.version += 1
    fields = [
        "goal",
        "novelty",
        "novelty_note",
        "benefits_origin",
        "benefits_destination",
        "benefits_migrants",
    ]
    proposals.update_proposal(
        by=by, partnership=idea, data={k: spec[k] for k in fields}, expected_version=0
    )


def _representative(by: User, organisation: Organisation, password: str) -> User:
    existing = (
        Representation.objects.filter(organisation=organisation, user__role=Role.PARTNER)
        .select_related("user")
        .first()
    )
    if existing is not None:
        return existing.user
    seed = int(hashlib.sha256(organisation.name.encode()).hexdigest(), 16)
    name = f"{FIRST[seed % len(FIRST)]} {LAST[seed // 7 % len(LAST)]}"
    email = f"{slugify(organisation.name)[:40]}@partners.example.org"
    user = User.objects.filter(email=email).first() or accounts.create_account(
        by=by, email=email, full_name=name, role=Role.PARTNER, password=password
    )
    actors.link_representative(by=by, user=user, organisation=organisation)
    return user


def _sign(by: User, idea: Partnership, spec: dict[str, Any], password: str) -> None:
    skip = {(m["organisation"], m["element"]) for m in spec.get("missing", [])}
    for partner in idea.partners.select_related("organisation"):
        signer = _representative(by, partner.organisation, password)
        for element in ProposalElement.values:
            if (partner.organisation.name, element) in skip:
                continue
            proposals.sign_off_element(
                by=signer,
                partnership=idea,
                element=element,
                partner=partner.organisation_id,
            )
