"""The funding API's request and answer shapes."""

import datetime
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field, Schema

from partnerlab.api.base import Id, PersonOut, Version
from partnerlab.funding.models import DonorKind, FundingStatus, PledgeKind
from partnerlab.proposals.models import PartnershipType
from partnerlab.reference.regions import REGION_LABELS

Money = Annotated[Decimal, Field(max_digits=14, decimal_places=2)]
Text = Annotated[str, Field(max_length=10000)]
StatusCode = Literal[tuple(FundingStatus.values)]  # type: ignore[valid-type]
TypeCode = Literal[tuple(PartnershipType.values)]  # type: ignore[valid-type]
RegionCode = Literal[tuple(REGION_LABELS)]  # type: ignore[valid-type]
DonorKindCode = Literal[("", *DonorKind.values)]  # type: ignore[valid-type]


class DonorOut(Schema):
    id: int
    name: str
    country: str
    has_priorities: bool
    version: int


class WindowIO(Schema):
    opens_on: datetime.date
    closes_on: datetime.date
    note: Annotated[str, Field(max_length=200)] = ""


class PrioritiesOut(Schema):
    organisation: int
    kind: str
    objectives: list[int]
    thematic_areas: list[str]
    regions: list[str]
    countries: list[str]
    partnership_types: list[str]
    currency: str
    min_amount: Decimal | None
    max_amount: Decimal | None
    needs_cofunding: bool
    windows: list[WindowIO]
    excluded_countries: list[str]
    excluded_types: list[str]
    excluded_objectives: list[int]
    exclusion_note: str
    contact_name: str | None
    contact_email: str | None
    version: int


class PrioritiesIn(Schema):
    """The whole profile (PUT): what is left out is emptied. Send the version you edited (0
    for a first profile)."""

    kind: DonorKindCode = ""
    objectives: list[Annotated[int, Field(ge=1, le=23)]] = []
    thematic_areas: list[Annotated[str, Field(max_length=120)]] = []
    regions: list[RegionCode] = []
    countries: list[Annotated[str, Field(max_length=2)]] = []
    partnership_types: list[TypeCode] = []
    currency: Annotated[str, Field(max_length=3)] = "USD"
    min_amount: Money | None = None
    max_amount: Money | None = None
    needs_cofunding: bool = False
    windows: list[WindowIO] = []
    excluded_countries: list[Annotated[str, Field(max_length=2)]] = []
    excluded_types: list[TypeCode] = []
    excluded_objectives: list[Annotated[int, Field(ge=1, le=23)]] = []
    exclusion_note: Text = ""
    contact_name: Annotated[str, Field(max_length=150)] = ""
    contact_email: Annotated[str, Field(max_length=254)] = ""
    version: Version


class PipelineFilters(Schema):
    objective: Annotated[int, Field(ge=1, le=23)] | None = None
    region: RegionCode | None = None
    country: Annotated[str, Field(max_length=2)] | None = None
    type: TypeCode | None = None
    amount_min: Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)] | None = None
    amount_max: Annotated[Decimal, Field(ge=0, max_digits=14, decimal_places=2)] | None = None
    status: StatusCode | None = None
    cycle: Annotated[str, Field(max_length=60)] | None = None


class PipelineOut(Schema):
    id: int
    title: str
    cycle: str
    funding_status: str
    fundable: bool
    published_at: datetime.datetime
    type: str
    objectives: list[int]
    regions: list[str]
    countries: list[str]
    partners: list[str]
    currency: str
    amount_requested: Decimal
    pledged: Decimal
    gap: Decimal
    cofunding_cash: Decimal
    cofunding_in_kind: Decimal


class ChangeOut(Schema):
    from_status: str
    to_status: str
    reason: str
    by: PersonOut | None
    at: datetime.datetime


class FundingStatusOut(Schema):
    status: str
    published: bool
    published_at: datetime.datetime | None
    allowed: list[str]
    history: list[ChangeOut]


class TransitionIn(Schema):
    to: StatusCode
    reason: Annotated[str, Field(min_length=1, max_length=2000)]


class PublicationIn(Schema):
    published: bool = True


class PairingOut(Schema):
    partner: str
    commitment: str


class PledgeOut(Schema):
    id: int
    donor: str
    donor_id: int
    amount: Decimal
    kind: str
    conditions: str
    budget_lines: list[int]
    active: bool
    over_gap_confirmed: bool
    created_at: datetime.datetime
    withdrawn_at: datetime.datetime | None
    withdrawn_reason: str
    pairings: list[PairingOut]


class PledgesOut(Schema):
    currency: str
    requested: Decimal
    pledged: Decimal
    gap: Decimal
    cofunding_cash: Decimal
    cofunding_in_kind: Decimal
    pledges: list[PledgeOut]


class PledgeIn(Schema):
    amount: Money
    kind: Literal[tuple(PledgeKind.values)]  # type: ignore[valid-type]
    conditions: Text = ""
    budget_lines: list[Id] = []
    confirm_over_gap: bool = False
    donor: Id | None = None  # facilitators name the donor


class ReasonIn(Schema):
    reason: Annotated[str, Field(max_length=2000)]


class PairIn(Schema):
    partner: Id
    commitment: Text = ""


class AnswerOut(Schema):
    id: int
    partner: str
    answered_by: PersonOut | None
    text: str
    created_at: datetime.datetime


class QuestionOut(Schema):
    id: int
    donor: str
    asked_by: PersonOut | None
    text: str
    created_at: datetime.datetime
    answers: list[AnswerOut]


class QuestionIn(Schema):
    text: Text
    donor: Id | None = None


class AnswerIn(Schema):
    text: Text
    partner: Id | None = None  # the organisation answering, when you speak for several


class InterestIn(Schema):
    interested: bool
    reason: Text = ""
    donor: Id | None = None


class IntroductionIn(Schema):
    donor: Id
    note: Text = ""


class IntroductionOut(Schema):
    donor: str
    answer: str
    reason: str


class ReasonOut(Schema):
    code: str
    passed: bool
    weight: float
    text: str


class MatchOut(Schema):
    donor: int
    donor_name: str
    partnership: int
    title: str
    score: float
    excluded: bool
    reasons: list[ReasonOut]
