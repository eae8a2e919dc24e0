"""Filling an empty database with the demo cycle, idempotently, through the services."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.test.utils import override_settings

from partnerlab.accounts import services as accounts
from partnerlab.accounts.models import Role, User
from partnerlab.actors import services as actors
from partnerlab.actors.models import Organisation
from partnerlab.cycles import services as cycles
from partnerlab.cycles.models import Cycle
from partnerlab.demo.content import CYCLE, ORGANISATIONS
from partnerlab.demo.funding_loader import load_funding
from partnerlab.demo.intake_loader import load_intake
from partnerlab.demo.partnership_loader import load_partnerships
from partnerlab.demo.proposal_loader import load_proposals

DEMO_PASSWORD = "lab-demo-2026"


@dataclass(frozen=True)
class DemoLogin:
    email: str
    full_name: str
    role: str
    organisations: tuple[str, ...] = ()


LOGINS = [
    DemoLogin("facilitator@lab.example.org", "Amara Okafor", Role.FACILITATOR),
    DemoLogin(
        "delegate@lab.example.org",
        "Diego Ramírez",
        Role.PARTNER,
        ("Ministry of Foreign Affairs and Human Mobility, Ecuador",),
    ),
    DemoLogin("city@lab.example.org", "Lena Hoffmann", Role.PARTNER, ("City of Montréal",)),
    DemoLogin(
        "ngo@lab.example.org", "Fatou Sarr", Role.PARTNER, ("Bangladesh Returnee Migrants' Union",)
    ),
    DemoLogin(
        "donor@lab.example.org", "Kenji Watanabe", Role.DONOR, ("Nordic Fund for Safe Migration",)
    ),
    DemoLogin("observer@lab.example.org", "Sofia Lindqvist", Role.OBSERVER),
]


def _ensure_user(login: DemoLogin, *, by: User | None) -> User:
    user = User.objects.filter(email=login.email).first()
    if user is None:
        user = accounts.create_account(
            by=by,
            email=login.email,
            full_name=login.full_name,
            role=login.role,
            password=DEMO_PASSWORD,
        )
    return user


def _ensure_organisations(*, by: User) -> None:
    existing = {n.lower() for n in Organisation.objects.values_list("name", flat=True)}
    for item in ORGANISATIONS:
        if item["name"].lower() in existing:
            continue
        data = {k: v for k, v in item.items() if k != "contacts"}
        organisation = actors.create_organisation(by=by, data=data)
        for contact in item["contacts"]:
            actors.add_contact(by=by, organisation=organisation, data=contact)


def _ensure_cycle(*, by: User) -> Cycle:
    cycle = Cycle.objects.filter(slug=CYCLE["slug"]).first()
    if cycle is None:
        data = {k: v for k, v in CYCLE.items() if k != "thematic_areas"}
        cycle = cycles.create_cycle(by=by, data=data, thematic_areas=CYCLE["thematic_areas"])
    return cycle


def load_demo() -> list[DemoLogin]:
    """Load the demo; a second run changes nothing. The notices its donors and partners
    receive stay in the platform: no e-mail goes to its fictional people, even where the
    server can send mail."""
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        return _load_demo()


@transaction.atomic
def _load_demo() -> list[DemoLogin]:
    existing = User.objects.filter(role=Role.FACILITATOR, is_active=True).order_by("pk").first()
    facilitator = _ensure_user(LOGINS[0], by=existing)
    _ensure_organisations(by=facilitator)
    for login in LOGINS[1:]:
        user = _ensure_user(login, by=facilitator)
        for name in login.organisations:
            organisation = Organisation.objects.get(name=name)
            actors.link_representative(by=facilitator, user=user, organisation=organisation)
    cycle = _ensure_cycle(by=facilitator)
    load_intake(by=facilitator, cycle=cycle)
    load_partnerships(by=facilitator, cycle=cycle)
    load_proposals(by=facilitator, cycle=cycle, password=DEMO_PASSWORD)
    load_funding(by=facilitator, cycle=cycle, password=DEMO_PASSWORD)
    return LOGINS
