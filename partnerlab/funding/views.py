"""Donor profiles, the pipeline, a published proposal's funding panel and the notices.

Thin views: each parses the request, calls one service or selector and renders. Every view
checks who may see it; every form works without JavaScript."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.core.errors import Conflict, DomainError
from partnerlab.core.forms import add_domain_errors, parse_id, posted_version
from partnerlab.funding import dealings, matching, permissions, selectors, services
from partnerlab.funding import status as machine
from partnerlab.funding.forms import (
    DonorProfileForm,
    PipelineFilters,
    PledgeForm,
    TextForm,
    WindowFormSet,
)
from partnerlab.funding.models import (
    DonorProfile,
    Funding,
    FundingNotice,
    Pledge,
    Question,
)
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.content import partners_of, readable
from partnerlab.proposals.models import PartnershipType, ProposalElement
from partnerlab.proposals.selectors import load_for_readiness, readiness
from partnerlab.proposals.views import document_response
from partnerlab.reference import regions


def _refused(request: HttpRequest, error: DomainError) -> None:
    if error.status == 403:
        raise error
    messages.error(request, error.message)
    for item in error.errors:
        if item.message != error.message:
            messages.error(request, f"{item.field}: {item.message}")


# --- Donors ---------------------------------------------------------------------------------


@login_required
def donors(request: HttpRequest) -> HttpResponse:
    organisations = Organisation.objects.filter(kind=OrganisationKind.DONOR).order_by("name")
    found = {p.organisation_id: p for p in selectors.profiles()}
    rows = [(o, found.get(o.pk)) for o in organisations]
    return render(request, "funding/donors.html", {"rows": rows})


def _donor(pk: int) -> Organisation:
    return get_object_or_404(Organisation, pk=pk, kind=OrganisationKind.DONOR)


def _type_labels(codes: list[str]) -> list[str]:
    names = dict(PartnershipType.choices)
    return [str(names.get(c, c)) for c in codes]


@login_required
def donor(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _donor(pk)
    profile = selectors.profiles().filter(organisation=organisation).first()
    return render(
        request,
        "funding/donor.html",
        {
            "organisation": organisation,
            "profile": profile,
            "snapshot": services.profile_snapshot(profile) if profile else None,
            "region_labels": [regions.region_label(r) for r in profile.regions] if profile else [],
            "type_labels": _type_labels(profile.partnership_types) if profile else [],
            "excluded_type_labels": _type_labels(profile.excluded_types) if profile else [],
            "needs": selectors.donor_needs(profile) if profile else None,
            "may_edit": permissions.can_edit_profile(request.user, organisation),
            "revisions": list(profile.revisions.select_related("by")[:20]) if profile else [],
        },
    )


@login_required
def edit_donor(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _donor(pk)
    if not permissions.can_edit_profile(request.user, organisation):
        raise permissions.NotAllowed(
            _("Only this donor's own representatives and facilitators may change its priorities.")
        )
    profile = DonorProfile.objects.filter(organisation=organisation).first()
    snapshot = services.profile_snapshot(profile or DonorProfile(organisation=organisation))
    conflict = None
    if request.method == "POST":
        form = DonorProfileForm(request.POST, instance=profile)
        windows = WindowFormSet(request.POST, prefix="windows")
        if form.is_valid() and windows.is_valid():
            kept = [
                {k: v for k, v in w.items() if k != "DELETE"}
                for w in windows.cleaned_data
                if w and not w.get("DELETE")
            ]
            data = {
                name: form.data.getlist(name) if name in _LISTS else form.data.get(name, "")
                for name in services.PROFILE_FIELDS
            }
            data["needs_cofunding"] = bool(form.cleaned_data["needs_cofunding"])
            try:
                services.update_priorities(
                    by=request.user,
                    organisation=organisation,
                    data=data,
                    windows=kept,
                    expected_version=posted_version(request),
                )
            except Conflict as error:
                conflict = error
            except DomainError as error:
                if error.status == 403:
                    raise
                add_domain_errors(form, error)
            else:
                messages.success(request, _("Priorities saved."))
                return redirect("funding:donor", pk=pk)
    else:
        form = DonorProfileForm(instance=profile, initial={"objectives": snapshot["objectives"]})
        windows = WindowFormSet(prefix="windows", initial=snapshot["windows"])
    version = conflict.current_version if conflict else snapshot["version"]
    return render(
        request,
        "funding/donor_edit.html",
        {
            "organisation": organisation,
            "form": form,
            "windows": windows,
            "version": version,
            "conflict": conflict,
        },
    )


_LISTS = {
    "objectives",
    "regions",
    "countries",
    "partnership_types",
    "excluded_countries",
    "excluded_types",
    "excluded_objectives",
}


# --- The pipeline ---------------------------------------------------------------------------


@login_required
def pipeline(request: HttpRequest) -> HttpResponse:
    if not permissions.can_see_pipeline(request.user):
        raise permissions.NotAllowed(_("The pipeline is for donors, observers and facilitators."))
    form = PipelineFilters(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.pipeline(filters)
    page = Paginator(rows, 25).get_page(request.GET.get("page"))
    return render(request, "funding/pipeline.html", {"form": form, "page": page})


def _viewable(request: HttpRequest, pk: int) -> tuple[Partnership, Funding | None]:
    idea = get_object_or_404(Partnership.objects.select_related("group__cycle", "cycle"), pk=pk)
    funding = Funding.objects.filter(partnership=idea).first()
    published = funding is not None and funding.is_published
    if not permissions.can_view_funding(request.user, idea, published):
        raise Http404
    return idea, funding


@login_required
def proposal(request: HttpRequest, pk: int) -> HttpResponse:
    idea, funding = _viewable(request, pk)
    load_for_readiness([idea])
    ready = readiness(idea)
    user = request.user
    mine = permissions.donor_ids(user)
    context: dict[str, Any] = {
        "idea": idea,
        "funding": funding,
        "elements": [
            (name, [readable(k, t) for k, t in ready.lines[key]])
            for key, name in ProposalElement.choices
        ],
        "ready": ready,
        "money": selectors.money_of(idea, funding),
        "is_partner": permissions.is_idea_partner(user, idea),
        "is_donor": bool(mine),
        "is_facilitator": permissions.is_facilitator(user),
        "donor_ids": mine,
        "partners": partners_of(idea),
        "your_matches": matching.for_proposal(idea, organisations=mine) if mine else [],
    }
    if funding is not None:
        context.update(
            history=selectors.history(funding),
            moves=[(s, machine.label(s)) for s in machine.allowed_moves(funding.status)],
            questions=list(
                funding.questions.select_related("donor", "asked_by").prefetch_related(
                    "answers__partner__organisation", "answers__answered_by"
                )
            ),
            pledges=list(
                funding.pledges.select_related("donor", "pledged_by").prefetch_related(
                    "budget_lines", "pairings__partner__organisation"
                )
            ),
            introductions=list(funding.introductions.select_related("donor", "introduced_by")),
            donors=Organisation.objects.filter(kind=OrganisationKind.DONOR).order_by("name"),
            pledge_form=PledgeForm(lines=list(idea.budget_lines.all())),
            text_form=TextForm(),
        )
    return render(request, "funding/proposal.html", context)


@login_required
def document(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    idea, _funding = _viewable(request, pk)
    if fmt not in ("docx", "pdf"):
        raise Http404
    return document_response(idea, fmt)


def _act(request: HttpRequest, pk: int, done: str, action: Any) -> HttpResponse:
    try:
        action()
    except DomainError as error:
        _refused(request, error)
    else:
        messages.success(request, done)
    return redirect("funding:proposal", pk=pk)


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    on = request.POST.get("published", "1") == "1"
    return _act(
        request,
        pk,
        _("Published to the pipeline.") if on else _("Taken out of the pipeline."),
        lambda: services.publish_to_pipeline(by=request.user, partnership=idea, published=on),
    )


@login_required
@require_POST
def change_status(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    return _act(
        request,
        pk,
        _("Funding status changed."),
        lambda: services.change_status(
            by=request.user,
            partnership=idea,
            to=request.POST.get("to", ""),
            reason=request.POST.get("reason", ""),
        ),
    )


@login_required
@require_POST
def introduce(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    donor = _donor(parse_id(request.POST.get("donor")) or 0)
    return _act(
        request,
        pk,
        _("Donor introduced."),
        lambda: dealings.introduce(
            by=request.user, partnership=idea, donor=donor, note=request.POST.get("note", "")
        ),
    )


@login_required
@require_POST
def interest(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    interested = request.POST.get("answer") == "interested"
    return _act(
        request,
        pk,
        _("Your answer is recorded."),
        lambda: dealings.answer_introduction(
            by=request.user,
            partnership=idea,
            interested=interested,
            reason=request.POST.get("reason", ""),
            donor=parse_id(request.POST.get("donor")),
        ),
    )


@login_required
@require_POST
def ask(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    return _act(
        request,
        pk,
        _("Question sent to the partners."),
        lambda: dealings.ask_question(
            by=request.user,
            partnership=idea,
            text=request.POST.get("text", ""),
            donor=parse_id(request.POST.get("donor")),
        ),
    )


@login_required
@require_POST
def answer(request: HttpRequest, pk: int, question: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    found = get_object_or_404(Question, pk=question, funding__partnership=idea)
    return _act(
        request,
        pk,
        _("Answer sent to the donor."),
        lambda: dealings.answer_question(
            by=request.user,
            question=found,
            text=request.POST.get("text", ""),
            partner=parse_id(request.POST.get("partner")),
        ),
    )


@login_required
@require_POST
def pledge(request: HttpRequest, pk: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    return _act(
        request,
        pk,
        _("Pledge recorded."),
        lambda: dealings.pledge(
            by=request.user,
            partnership=idea,
            amount=request.POST.get("amount", ""),
            kind=request.POST.get("kind", ""),
            conditions=request.POST.get("conditions", ""),
            budget_lines=[x for x in map(parse_id, request.POST.getlist("budget_lines")) if x],
            confirm_over_gap=request.POST.get("confirm_over_gap") in ("on", "1", "true"),
            donor=parse_id(request.POST.get("donor")),
        ),
    )


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int, pledge: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    found = get_object_or_404(Pledge, pk=pledge, funding__partnership=idea)
    return _act(
        request,
        pk,
        _("Pledge withdrawn."),
        lambda: dealings.withdraw_pledge(
            by=request.user, pledge=found, reason=request.POST.get("reason", "")
        ),
    )


@login_required
@require_POST
def pair(request: HttpRequest, pk: int, pledge: int) -> HttpResponse:
    idea, _f = _viewable(request, pk)
    found = get_object_or_404(Pledge, pk=pledge, funding__partnership=idea)
    return _act(
        request,
        pk,
        _("Commitment paired with the pledge."),
        lambda: dealings.pair_commitment(
            by=request.user,
            pledge=found,
            partner=parse_id(request.POST.get("partner")) or 0,
            commitment=request.POST.get("commitment", ""),
        ),
    )


@login_required
def notices(request: HttpRequest) -> HttpResponse:
    mine = list(
        FundingNotice.objects.filter(user=request.user)
        .select_related("funding__partnership", "donor")
        .order_by("-created_at", "-id")[:100]
    )
    from partnerlab.funding.notices import sentence

    items = [
        (n, sentence(n.kind, donor=n.donor.name, title=n.funding.partnership.title)) for n in mine
    ]
    response = render(request, "funding/notices.html", {"items": items})
    FundingNotice.objects.filter(user=request.user, read_at=None).update(read_at=timezone.now())
    return response
