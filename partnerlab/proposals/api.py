"""Eligibility, readiness, sign-off, the proposal's statements, the typology and documents."""

from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema

from partnerlab.actors.people import person_for
from partnerlab.api.base import ERRORS, ConflictError, Id, PersonOut, Version
from partnerlab.partnerships.api import _idea
from partnerlab.proposals import services
from partnerlab.proposals.content import proposal_of
from partnerlab.proposals.models import ProposalElement
from partnerlab.proposals.selectors import readiness
from partnerlab.proposals.typology import typology_of
from partnerlab.proposals.views import document_response

router = Router(tags=["proposals"])
WRITE_ERRORS = {409: ConflictError, **ERRORS}


class CheckOut(Schema):
    rule: str
    passed: bool
    severity: Literal["error", "warning"]
    explanation: str


class EligibilityOut(Schema):
    eligible: bool
    checks: list[CheckOut]


class MissingOut(Schema):
    partner: str
    element: str


class ReadinessOut(Schema):
    fundable: bool
    missing: list[MissingOut]


class SignOffIn(Schema):
    partner: Id | None = None
    content_hash: str | None = None  # what the signer read; a later change is refused (409)


class SignOffOut(Schema):
    element: str
    partner: str
    signed_by: PersonOut
    signed_at: Any
    content_hash: str


class TypologyOut(Schema):
    type: str
    components: list[str]
    scores: dict[str, float]
    evidence: list[str]
    confidence: float
    computed_type: str
    overridden: bool
    reason: str


class ProposalOut(Schema):
    goal: str
    novelty: str
    novelty_note: str
    benefits_origin: str
    benefits_destination: str
    benefits_migrants: str
    version: int
    typology: TypologyOut


class ProposalPatch(Schema):
    goal: str | None = None
    novelty: str | None = None
    novelty_note: str | None = None
    benefits_origin: str | None = None
    benefits_destination: str | None = None
    benefits_migrants: str | None = None
    version: Version


class TypologyIn(Schema):
    type: str = ""
    components: list[str] = []
    reason: str = ""
    version: Version


@router.get(
    "/partnerships/{pk}/eligibility",
    response={200: EligibilityOut, **ERRORS},
    summary="Each eligibility rule with whether it passes and why",
)
def eligibility(request: HttpRequest, pk: Id) -> object:
    ready = readiness(_idea(request, pk))
    return {"eligible": ready.eligible, "checks": [c.__dict__ for c in ready.checks]}


@router.get(
    "/partnerships/{pk}/readiness",
    response={200: ReadinessOut, **ERRORS},
    summary="Whether the partnership is fundable, and which sign-offs are missing",
)
def readiness_of(request: HttpRequest, pk: Id) -> object:
    ready = readiness(_idea(request, pk))
    return {
        "fundable": ready.fundable,
        "missing": [
            {"partner": c.partner.organisation.name, "element": c.element} for c in ready.missing
        ],
    }


@router.post(
    "/partnerships/{pk}/elements/{element}/sign-off",
    response={200: SignOffOut, **WRITE_ERRORS},
    summary="A partner's representative signs off an element as it stands "
    f"(elements: {', '.join(ProposalElement.values)})",
)
def sign_off(
    request: HttpRequest, pk: Id, element: str, payload: SignOffIn | None = None
) -> object:
    signed = services.sign_off_element(
        by=request.user,
        partnership=_idea(request, pk),
        element=element,
        partner=payload.partner if payload else None,
        seen_hash=payload.content_hash if payload else None,
    )
    return {
        "element": signed.element,
        "partner": signed.partner.organisation.name,
        "signed_by": person_for(request.user, signed.signed_by),
        "signed_at": signed.signed_at,
        "content_hash": signed.content_hash,
    }


def _proposal_out(p: Any) -> dict[str, Any]:
    proposal = proposal_of(p)
    return {
        **{name: getattr(proposal, name) for name in services.PROPOSAL_FIELDS},
        "version": proposal.version,
        "typology": typology_of(p).__dict__,
    }


@router.get(
    "/partnerships/{pk}/proposal",
    response={200: ProposalOut, **ERRORS},
    summary="What the proposal states, and its type",
)
def read_proposal(request: HttpRequest, pk: Id) -> object:
    return _proposal_out(_idea(request, pk))


@router.patch(
    "/partnerships/{pk}/proposal",
    response={200: ProposalOut, **WRITE_ERRORS},
    summary="Change the goal, what is new, and the benefits (send the version you edited)",
)
def update_proposal(request: HttpRequest, pk: Id, payload: ProposalPatch) -> object:
    p = _idea(request, pk)
    data = payload.dict(exclude_unset=True)
    version = data.pop("version")
    services.update_proposal(by=request.user, partnership=p, data=data, expected_version=version)
    return _proposal_out(_idea(request, pk))


@router.post(
    "/partnerships/{pk}/typology",
    response={200: ProposalOut, **WRITE_ERRORS},
    summary="Set the type by hand with a reason, or back to computed with an empty type "
    "(facilitators)",
)
def set_typology(request: HttpRequest, pk: Id, payload: TypologyIn) -> object:
    p = _idea(request, pk)
    services.set_typology(
        by=request.user,
        partnership=p,
        type=payload.type,
        components=payload.components,
        reason=payload.reason,
        expected_version=payload.version,
    )
    return _proposal_out(_idea(request, pk))


@router.get(
    "/partnerships/{pk}/proposal.docx",
    response={200: None, **ERRORS},
    summary="The proposal as a Word document, in the request's language",
)
def proposal_docx(request: HttpRequest, pk: Id) -> HttpResponse:
    return document_response(_idea(request, pk), "docx")


@router.get(
    "/partnerships/{pk}/proposal.pdf",
    response={200: None, **ERRORS},
    summary="The proposal as a PDF, in the request's language",
)
def proposal_pdf(request: HttpRequest, pk: Id) -> HttpResponse:
    return document_response(_idea(request, pk), "pdf")
