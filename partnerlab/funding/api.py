"""Donors' priorities, the pipeline, and a published proposal's pledges, questions and funding
status. Same permissions as the pages: the services check them."""

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Status
from ninja.pagination import paginate

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.actors.people import person_for
from partnerlab.api.base import ERRORS, ConflictError, Id, Pagination
from partnerlab.core.errors import NotAllowed, NotFound
from partnerlab.funding import dealings, matching, permissions, selectors, services
from partnerlab.funding import status as machine
from partnerlab.funding.api_schemas import (
    AnswerIn,
    DonorOut,
    FundingStatusOut,
    InterestIn,
    IntroductionIn,
    IntroductionOut,
    MatchOut,
    PairIn,
    PipelineFilters,
    PipelineOut,
    PledgeIn,
    PledgeOut,
    PledgesOut,
    PrioritiesIn,
    PrioritiesOut,
    PublicationIn,
    QuestionIn,
    QuestionOut,
    ReasonIn,
    TransitionIn,
)
from partnerlab.funding.models import Funding, Pledge, Question
from partnerlab.partnerships.models import Partnership

router = Router(tags=["funding"])
WRITE_ERRORS = {409: ConflictError, **ERRORS}


# --- Donors ---------------------------------------------------------------------------------


def _donor(pk: int) -> Organisation:
    found = Organisation.objects.filter(pk=pk, kind=OrganisationKind.DONOR).first()
    if found is None:
        raise NotFound(_("No such donor."))
    return found


def _priorities(request: HttpRequest, organisation: Organisation) -> dict[str, Any]:
    profile = selectors.profiles().filter(organisation=organisation).first()
    if profile is None:
        raise NotFound(_("This donor has recorded no priorities yet."))
    data = services.profile_snapshot(profile)
    if not permissions.can_edit_profile(request.user, organisation):
        data["contact_name"] = data["contact_email"] = None
    return data


@router.get(
    "/donors",
    response={200: list[DonorOut], **ERRORS},
    summary="List donor organisations and whether they recorded priorities",
)
@paginate(Pagination)
def list_donors(request: HttpRequest) -> object:
    versions = dict(selectors.profiles().values_list("organisation_id", "version"))
    return [
        {
            "id": o.pk,
            "name": o.name,
            "country": o.country.code or "",
            "has_priorities": o.pk in versions,
            "version": versions.get(o.pk, 0),
        }
        for o in Organisation.objects.filter(kind=OrganisationKind.DONOR).order_by("name", "pk")
    ]


@router.get(
    "/donors/{pk}/priorities",
    response={200: PrioritiesOut, **ERRORS},
    summary="A donor's funding priorities (contact shown to the donor and facilitators)",
)
def read_priorities(request: HttpRequest, pk: Id) -> object:
    return _priorities(request, _donor(pk))


@router.put(
    "/donors/{pk}/priorities",
    response={200: PrioritiesOut, **WRITE_ERRORS},
    summary="Record a donor's priorities (its own representatives and facilitators); send the "
    "version you edited",
)
def write_priorities(request: HttpRequest, pk: Id, payload: PrioritiesIn) -> object:
    organisation = _donor(pk)
    data = payload.dict()
    version = data.pop("version")
    windows = data.pop("windows")
    for name in ("min_amount", "max_amount"):
        data[name] = "" if data[name] is None else str(data[name])
    services.update_priorities(
        by=request.user,
        organisation=organisation,
        data=data,
        windows=windows,
        expected_version=version,
    )
    return _priorities(request, organisation)


# --- Pipeline -------------------------------------------------------------------------------


def _require_pipeline(request: HttpRequest) -> None:
    if not permissions.can_see_pipeline(request.user):
        raise NotAllowed(_("The pipeline is for donors, observers and facilitators."))


@router.get(
    "/pipeline",
    response={200: list[PipelineOut], **ERRORS},
    summary="Published proposals, fundable ones first (donors, observers, facilitators)",
)
@paginate(Pagination)
def list_pipeline(request: HttpRequest, filters: Query[PipelineFilters]) -> object:
    _require_pipeline(request)
    rows = selectors.pipeline(filters.dict())
    return [
        {
            "id": r.idea.pk,
            "title": r.idea.title,
            "cycle": r.idea.cycle.slug,
            "funding_status": r.funding.status,
            "fundable": r.fundable,
            "published_at": r.funding.published_at,
            "type": r.facts["type"],
            "objectives": sorted(r.facts["objectives"]),
            "regions": sorted(r.facts["regions"]),
            "countries": sorted(r.facts["countries"]),
            "partners": [p.organisation.name for p in r.partners],
            "currency": r.idea.currency,
            "amount_requested": r.money.requested,
            "pledged": r.money.pledged,
            "gap": r.money.gap,
            "cofunding_cash": r.money.cash,
            "cofunding_in_kind": r.money.in_kind,
        }
        for r in rows
    ]


# --- A proposal's funding -------------------------------------------------------------------


def _idea(request: HttpRequest, pk: int) -> tuple[Partnership, Funding | None]:
    idea = Partnership.objects.select_related("group", "cycle").filter(pk=pk).first()
    if idea is None:
        raise NotFound(_("No such partnership idea."))
    funding = Funding.objects.filter(partnership=idea).first()
    if not permissions.can_view_funding(
        request.user, idea, funding is not None and funding.is_published
    ):
        raise NotFound(_("No such partnership idea."))
    return idea, funding


def _published(request: HttpRequest, pk: int) -> tuple[Partnership, Funding]:
    idea, funding = _idea(request, pk)
    if funding is None:
        raise NotFound(_("This proposal is not in the pipeline."))
    return idea, funding


def _status_out(request: HttpRequest, funding: Funding) -> dict[str, Any]:
    return {
        "status": funding.status,
        "published": funding.is_published,
        "published_at": funding.published_at,
        "allowed": machine.allowed_moves(funding.status),
        "history": [
            {
                "from_status": c.from_status,
                "to_status": c.to_status,
                "reason": c.reason,
                "by": person_for(request.user, c.by),
                "at": c.at,
            }
            for c in selectors.history(funding)
        ],
    }


@router.get(
    "/partnerships/{pk}/funding-status",
    response={200: FundingStatusOut, **ERRORS},
    summary="A published proposal's funding status and its history",
)
def read_funding_status(request: HttpRequest, pk: Id) -> object:
    return _status_out(request, _published(request, pk)[1])


@router.post(
    "/partnerships/{pk}/funding-status",
    response={200: FundingStatusOut, **ERRORS},
    summary="Move the funding status with a reason (facilitators; the lead may withdraw)",
)
def move_funding_status(request: HttpRequest, pk: Id, payload: TransitionIn) -> object:
    idea, _funding = _published(request, pk)
    funding = services.change_status(
        by=request.user, partnership=idea, to=payload.to, reason=payload.reason
    )
    return _status_out(request, funding)


@router.post(
    "/partnerships/{pk}/publication",
    response={200: FundingStatusOut, **ERRORS},
    summary="The idea's partners publish their fundable proposal to the pipeline (or take it out)",
)
def publish(request: HttpRequest, pk: Id, payload: PublicationIn) -> object:
    idea, _funding = _idea(request, pk)
    funding = services.publish_to_pipeline(
        by=request.user, partnership=idea, published=payload.published
    )
    return _status_out(request, funding)


def _pledge_out(p: Pledge) -> dict[str, Any]:
    return {
        "id": p.pk,
        "donor": p.donor.name,
        "donor_id": p.donor_id,
        "amount": p.amount,
        "kind": p.kind,
        "conditions": p.conditions,
        "budget_lines": sorted(line.pk for line in p.budget_lines.all()),
        "active": p.is_active,
        "over_gap_confirmed": p.over_gap_confirmed,
        "created_at": p.created_at,
        "withdrawn_at": p.withdrawn_at,
        "withdrawn_reason": p.withdrawn_reason,
        "pairings": [
            {"partner": x.partner.organisation.name, "commitment": x.commitment}
            for x in p.pairings.all()
        ],
    }


def _pledges_out(idea: Partnership, funding: Funding) -> dict[str, Any]:
    money = selectors.money_of(idea, funding)
    pledges = funding.pledges.select_related("donor").prefetch_related(
        "budget_lines", "pairings__partner__organisation"
    )
    return {
        "currency": idea.currency,
        "requested": money.requested,
        "pledged": money.pledged,
        "gap": money.gap,
        "cofunding_cash": money.cash,
        "cofunding_in_kind": money.in_kind,
        "pledges": [_pledge_out(p) for p in pledges],
    }


@router.get(
    "/partnerships/{pk}/pledges",
    response={200: PledgesOut, **ERRORS},
    summary="Pledges to a published proposal, with the amount requested and the gap",
)
def list_pledges(request: HttpRequest, pk: Id) -> object:
    return _pledges_out(*_published(request, pk))


@router.post(
    "/partnerships/{pk}/pledges",
    response={201: PledgeOut, **ERRORS},
    summary="A donor pledges (a pledge larger than the gap needs confirm_over_gap)",
)
def make_pledge(request: HttpRequest, pk: Id, payload: PledgeIn) -> object:
    idea, _funding = _idea(request, pk)
    made = dealings.pledge(by=request.user, partnership=idea, **payload.dict())
    return Status(201, _pledge_out(made))


def _pledge(idea: Partnership, pledge_id: int) -> Pledge:
    return get_object_or_404(Pledge, pk=pledge_id, funding__partnership=idea)


@router.post(
    "/partnerships/{pk}/pledges/{pledge_id}/withdraw",
    response={200: PledgeOut, **ERRORS},
    summary="Withdraw a pledge with a reason (the donor that pledged, or facilitators)",
)
def withdraw_pledge(request: HttpRequest, pk: Id, pledge_id: Id, payload: ReasonIn) -> object:
    idea, _funding = _published(request, pk)
    return _pledge_out(
        dealings.withdraw_pledge(
            by=request.user, pledge=_pledge(idea, pledge_id), reason=payload.reason
        )
    )


@router.post(
    "/partnerships/{pk}/pledges/{pledge_id}/pairings",
    response={201: PledgeOut, **ERRORS},
    summary="Pair a partner's policy commitment with a pledge",
)
def pair_commitment(request: HttpRequest, pk: Id, pledge_id: Id, payload: PairIn) -> object:
    idea, _funding = _published(request, pk)
    found = _pledge(idea, pledge_id)
    dealings.pair_commitment(
        by=request.user, pledge=found, partner=payload.partner, commitment=payload.commitment
    )
    return Status(201, _pledge_out(found))


def _question_out(request: HttpRequest, q: Question) -> dict[str, Any]:
    return {
        "id": q.pk,
        "donor": q.donor.name,
        "asked_by": person_for(request.user, q.asked_by),
        "text": q.text,
        "created_at": q.created_at,
        "answers": [
            {
                "id": a.pk,
                "partner": a.partner.organisation.name,
                "answered_by": person_for(request.user, a.answered_by),
                "text": a.text,
                "created_at": a.created_at,
            }
            for a in q.answers.all()
        ],
    }


def _questions(funding: Funding) -> Any:
    return funding.questions.select_related("donor", "asked_by").prefetch_related(
        "answers__partner__organisation", "answers__answered_by"
    )


@router.get(
    "/partnerships/{pk}/questions",
    response={200: list[QuestionOut], **ERRORS},
    summary="Donors' questions on a published proposal and the partners' answers",
)
def list_questions(request: HttpRequest, pk: Id) -> object:
    funding = _published(request, pk)[1]
    return [_question_out(request, q) for q in _questions(funding)]


@router.post(
    "/partnerships/{pk}/questions",
    response={201: QuestionOut, **ERRORS},
    summary="A donor asks the partners a question",
)
def ask_question(request: HttpRequest, pk: Id, payload: QuestionIn) -> object:
    idea, _funding = _idea(request, pk)
    q = dealings.ask_question(
        by=request.user, partnership=idea, text=payload.text, donor=payload.donor
    )
    return Status(201, _question_out(request, q))


@router.post(
    "/partnerships/{pk}/questions/{question_id}/answers",
    response={201: QuestionOut, **ERRORS},
    summary="A partner answers a donor's question, for its own organisation",
)
def answer_question(request: HttpRequest, pk: Id, question_id: Id, payload: AnswerIn) -> object:
    funding = _published(request, pk)[1]
    found = get_object_or_404(Question, pk=question_id, funding=funding)
    dealings.answer_question(
        by=request.user, question=found, text=payload.text, partner=payload.partner
    )
    return Status(201, _question_out(request, _questions(funding).get(pk=found.pk)))


@router.post(
    "/partnerships/{pk}/interest",
    response={200: IntroductionOut, **ERRORS},
    summary="A donor shows interest in a proposal or declines it with a reason",
)
def answer_interest(request: HttpRequest, pk: Id, payload: InterestIn) -> object:
    idea, _funding = _idea(request, pk)
    intro = dealings.answer_introduction(by=request.user, partnership=idea, **payload.dict())
    return {"donor": intro.donor.name, "answer": intro.answer, "reason": intro.reason}


@router.post(
    "/partnerships/{pk}/introductions",
    response={201: IntroductionOut, **ERRORS},
    summary="A facilitator introduces a donor to a published proposal",
)
def introduce(request: HttpRequest, pk: Id, payload: IntroductionIn) -> object:
    idea, _funding = _idea(request, pk)
    intro = dealings.introduce(
        by=request.user, partnership=idea, donor=_donor(payload.donor), note=payload.note
    )
    return Status(201, {"donor": intro.donor.name, "answer": intro.answer, "reason": intro.reason})


# --- Matches --------------------------------------------------------------------------------


def _match_out(shown: Any) -> dict[str, Any]:
    profile, idea = shown.profile, shown.idea
    return {
        "donor": profile.organisation_id if profile else shown.match.donor,
        "donor_name": profile.organisation.name if profile else "",
        "partnership": idea.pk,
        "title": idea.title,
        "score": round(shown.match.score, 4),
        "excluded": shown.match.excluded,
        "reasons": [
            {"code": r.code, "passed": r.passed, "weight": round(r.weight, 4), "text": text}
            for r, (_passed, text) in zip(shown.match.reasons, shown.reasons, strict=True)
        ],
    }


@router.get(
    "/donors/{pk}/matches",
    response={200: list[MatchOut], **ERRORS},
    summary="Fundable proposals in the pipeline ranked for a donor, with reasons (the donor's "
    "representatives and facilitators)",
)
@paginate(Pagination)
def donor_matches(request: HttpRequest, pk: Id) -> object:
    organisation = _donor(pk)
    if not matching.may_see_donor_matches(request.user, organisation):
        raise NotAllowed(_("Only the donor's representatives and facilitators see its matches."))
    profile = selectors.profiles().filter(organisation=organisation).first()
    if profile is None:
        raise NotFound(_("This donor has recorded no priorities yet."))
    return [_match_out(shown) for shown in matching.for_donor(profile)]


@router.get(
    "/partnerships/{pk}/matches",
    response={200: list[MatchOut], **ERRORS},
    summary="Donors ranked for a proposal, with reasons (the idea's partners and facilitators)",
)
@paginate(Pagination)
def proposal_matches(request: HttpRequest, pk: Id) -> object:
    idea = Partnership.objects.filter(pk=pk).select_related("group__cycle", "cycle").first()
    if idea is None or not matching.may_see_proposal_matches(request.user, idea):
        raise NotFound(_("No such partnership idea."))
    return [_match_out(shown) for shown in matching.for_proposal(idea)]
