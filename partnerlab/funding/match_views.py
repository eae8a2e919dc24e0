"""Pages of matches: the proposals that suit a donor, the donors that suit a proposal."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.funding import matching, selectors
from partnerlab.funding.models import Funding
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.selectors import load_for_readiness, readiness


@login_required
def donor_matches(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=pk, kind=OrganisationKind.DONOR)
    if not matching.may_see_donor_matches(request.user, organisation):
        raise Http404
    profile = selectors.profiles().filter(organisation=organisation).first()
    shown = matching.for_donor(profile) if profile else []
    return render(
        request,
        "funding/matches_donor.html",
        {"organisation": organisation, "profile": profile, "matches": shown},
    )


@login_required
def proposal_matches(request: HttpRequest, pk: int) -> HttpResponse:
    idea = get_object_or_404(Partnership.objects.select_related("group__cycle", "cycle"), pk=pk)
    if not matching.may_see_proposal_matches(request.user, idea):
        raise Http404
    load_for_readiness([idea])
    funding = Funding.objects.filter(partnership=idea).first()
    return render(
        request,
        "funding/matches_proposal.html",
        {
            "idea": idea,
            "funding": funding,
            "fundable": readiness(idea).fundable,
            "matches": matching.for_proposal(idea),
            "may_introduce": request.user.is_facilitator
            and funding is not None
            and funding.is_published,
        },
    )
