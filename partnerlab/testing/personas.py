"""The people every test reuses: one facilitator, two State delegates, a city, an NGO, an
international organisation, a donor and an observer, each with their organisation."""

from __future__ import annotations

from dataclasses import dataclass

from partnerlab.accounts.models import Role, User
from partnerlab.actors.models import Membership, Organisation, OrganisationKind, Representation

PASSWORD = "correct-horse-battery-42"


@dataclass
class Cast:
    facilitator: User
    ghana: User
    mexico: User
    city: User
    ngo: User
    igo: User
    donor: User
    observer: User
    ghana_ministry: Organisation
    mexico_ministry: Organisation
    accra: Organisation
    ngo_org: Organisation
    igo_org: Organisation
    fund: Organisation


def _org(name: str, kind: str, membership: str, country: str) -> Organisation:
    return Organisation.objects.create(name=name, kind=kind, membership=membership, country=country)


def _person(email: str, name: str, role: str, *organisations: Organisation) -> User:
    user = User.objects.create_user(email, PASSWORD, full_name=name, role=role)
    for organisation in organisations:
        Representation.objects.create(user=user, organisation=organisation)
    return user


def make_cast() -> Cast:
    K, M = OrganisationKind, Membership
    ghana_ministry = _org("Ministry of Labour, Ghana", K.NATIONAL_GOVERNMENT, M.MEMBER_STATE, "GH")
    mexico_ministry = _org(
        "Ministry of Foreign Affairs, Mexico", K.NATIONAL_GOVERNMENT, M.MEMBER_STATE, "MX"
    )
    accra = _org("City of Accra", K.LOCAL_GOVERNMENT, M.MAYORS_MECHANISM, "GH")
    ngo_org = _org("Migrant Rights Network", K.CIVIL_SOCIETY, M.CIVIL_SOCIETY_MECHANISM, "PH")
    igo_org = _org("Regional Mobility Office", K.INTERNATIONAL_ORGANISATION, M.NON_MEMBER, "CH")
    fund = _org("Fund for Fair Mobility", K.DONOR, M.NON_MEMBER, "SE")
    return Cast(
        facilitator=_person("alice@lab.test", "Alice Facilitator", Role.FACILITATOR),
        ghana=_person("kofi@lab.test", "Kofi Mensah", Role.PARTNER, ghana_ministry),
        mexico=_person("lucia@lab.test", "Lucía Hernández", Role.PARTNER, mexico_ministry),
        city=_person("ama@lab.test", "Ama Owusu", Role.PARTNER, accra),
        ngo=_person("rosa@lab.test", "Rosa Santos", Role.PARTNER, ngo_org),
        igo=_person("jean@lab.test", "Jean Dupont", Role.PARTNER, igo_org),
        donor=_person("erik@lab.test", "Erik Berg", Role.DONOR, fund),
        observer=_person("olga@lab.test", "Olga Ivanova", Role.OBSERVER),
        ghana_ministry=ghana_ministry,
        mexico_ministry=mexico_ministry,
        accra=accra,
        ngo_org=ngo_org,
        igo_org=igo_org,
        fund=fund,
    )
