"""Donors and fundable proposals matched with reasons a donor can check, both ways, in pages and
the API, seen only by the donor's people, the idea's partners and facilitators."""

import datetime
from decimal import Decimal

import pytest
from django.db import reset_queries
from django.urls import reverse
from django.utils import translation

from partnerlab.analysis.matching import DonorNeeds, ProposalFacts, match_pair
from partnerlab.funding import services
from partnerlab.funding.reasons import SENTENCES, Wording
from partnerlab.funding.tests.test_pages import _more_published

FITS = {
    "objectives": [],
    "thematic_areas": [],
    "regions": [],
    "countries": ["GH"],
    "partnership_types": [],
    "min_amount": "50000",
    "max_amount": "500000",
    "needs_cofunding": False,
    "excluded_countries": [],
    "excluded_types": [],
    "excluded_objectives": [],
    "exclusion_note": "",
    "contact_name": "",
    "contact_email": "",
}


def _priorities(cast, **changes):
    return services.update_priorities(
        by=cast.donor,
        organisation=cast.fund,
        data={**FITS, **changes},
        windows=[],
        expected_version=0,
    )


def test_a_donor_finds_the_proposal_that_fits_its_priorities_with_reasons(
    cast, ws, published, client_for
):
    _priorities(cast)
    page = client_for(cast.donor).get(reverse("funding:donor_matches", args=[cast.fund.pk]))
    text = page.content.decode()
    assert ws.idea.title in text
    assert "Match: 100 %" in text  # every criterion met: Ghana, 100,000 within range…
    assert "It acts in a country the donor funds: Ghana." in text
    assert "within the donor&#x27;s range of 50,000 USD to 500,000 USD" in text


def test_a_proposal_in_a_country_the_donor_excludes_is_shown_as_excluded(
    cast, ws, published, client_for
):
    _priorities(cast, excluded_countries=["MX"])  # the Mexico ministry is a partner
    page = client_for(cast.donor).get(reverse("funding:donor_matches", args=[cast.fund.pk]))
    text = page.content.decode()
    assert "Excluded by the donor's priorities" in text
    assert "Excluded: it acts in Mexico, where the donor does not fund." in text


def test_the_idea_partners_see_the_donors_that_match_before_publishing(cast, ws, client_for):
    _priorities(cast, max_amount="60000")
    url = reverse("funding:proposal_matches", args=[ws.idea.pk])
    text = client_for(cast.ghana).get(url).content.decode()
    assert cast.fund.name in text
    assert "more than the donor&#x27;s largest grant of 60,000 USD" in text
    for outsider in (cast.ngo, cast.observer, cast.donor):
        assert client_for(outsider).get(url).status_code == 404


def test_only_the_donor_and_facilitators_see_its_matches(cast, ws, published, client_for):
    _priorities(cast)
    url = reverse("funding:donor_matches", args=[cast.fund.pk])
    assert client_for(cast.facilitator).get(url).status_code == 200
    for outsider in (cast.ghana, cast.observer):
        assert client_for(outsider).get(url).status_code == 404


def test_a_donor_reads_on_the_proposal_how_it_meets_its_priorities(cast, ws, published, client_for):
    _priorities(cast, partnership_types=["Policy & Dialogue"])
    text = client_for(cast.donor).get(reverse("funding:proposal", args=[ws.idea.pk]))
    text = text.content.decode()
    assert f"How it meets the priorities of {cast.fund.name}" in text
    assert "partnership; the donor funds Policy &amp; Dialogue." in text


def test_the_api_ranks_both_ways_with_codes_weights_and_sentences(cast, ws, published, client_for):
    _priorities(cast)
    donor = client_for(cast.donor).get(f"/api/v1/donors/{cast.fund.pk}/matches")
    assert donor.status_code == 200
    [match] = donor.json()["items"]
    assert match["partnership"] == ws.idea.pk and match["score"] == 1.0
    assert not match["excluded"]
    assert {r["code"] for r in match["reasons"]} >= {"country", "amount_in_range"}
    assert sum(r["weight"] for r in match["reasons"]) == pytest.approx(1.0, abs=1e-3)
    proposal = client_for(cast.ghana).get(f"/api/v1/partnerships/{ws.idea.pk}/matches")
    assert [m["donor"] for m in proposal.json()["items"]] == [cast.fund.pk]
    assert (
        client_for(cast.observer).get(f"/api/v1/partnerships/{ws.idea.pk}/matches").status_code
        == 404
    )
    assert client_for(cast.ghana).get(f"/api/v1/donors/{cast.fund.pk}/matches").status_code == 403


def test_the_donor_match_page_reads_a_constant_number_of_queries(
    cast, ws, published, client_for, django_assert_max_num_queries, monkeypatch
):
    _priorities(cast)
    client = client_for(cast.donor)
    url = reverse("funding:donor_matches", args=[cast.fund.pk])
    client.get(url)
    reset_queries()
    with django_assert_max_num_queries(60) as one:
        client.get(url)
    first = len(one)
    _more_published(cast, 2, monkeypatch)
    client.get(url)
    reset_queries()
    with django_assert_max_num_queries(first) as three:
        response = client.get(url)
    assert len(three) == first
    assert response.content.decode().count('class="card match"') == 3


DONORS = [
    DonorNeeds(1, frozenset({5}), frozenset({"Africa"}), frozenset({"GH"}), frozenset({"Capacity"}),
               Decimal(1000), Decimal(2000), True,
               ((datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)),)),
    DonorNeeds(2, frozenset(), frozenset(), frozenset(), frozenset(), None, None, False, ()),
    DonorNeeds(3, frozenset({7}), frozenset({"Europe"}), frozenset(), frozenset({"Hybrid"}),
               Decimal(10), Decimal(20), True,
               ((datetime.date(2026, 7, 1), datetime.date(2026, 8, 1)),),
               excluded_countries=frozenset({"GH"}), excluded_types=frozenset({"Capacity"}),
               excluded_objectives=frozenset({5})),
    DonorNeeds(4, frozenset({5}), frozenset(), frozenset(), frozenset(), Decimal(5000), None,
               False, ((datetime.date(2026, 6, 20), datetime.date(2026, 9, 1)),)),
    DonorNeeds(5, frozenset(), frozenset({"Africa"}), frozenset(), frozenset(), None, Decimal(9000),
               False, ((datetime.date(2025, 1, 1), datetime.date(2025, 2, 1)),)),
]  # fmt: skip
PROPOSALS = [
    ProposalFacts(10, frozenset({5, 6}), frozenset({"Africa"}), frozenset({"GH"}), "Capacity",
                  Decimal(1500), Decimal(100), Decimal(0)),
    ProposalFacts(11, frozenset({6}), frozenset({"Americas"}), frozenset({"MX"}), "Capacity",
                  Decimal(500), Decimal(0), Decimal(0)),
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_reason_the_engine_gives_is_worded_in_each_language(db, language):
    today = datetime.date(2026, 6, 1)
    reasons = [
        reason
        for donor in DONORS
        for proposal in PROPOSALS
        for reason in match_pair(donor, proposal, today=today).reasons
    ]
    assert {r.code for r in reasons} == set(SENTENCES)  # the cases above reach every code
    with translation.override(language):
        wording = Wording(currency="USD")
        for reason in reasons:
            text = wording.sentence(reason)
            assert text and "%(" not in text
            if language != "en" and reason.code != "cofunding_available":
                with translation.override("en"):
                    assert text != Wording(currency="USD").sentence(reason)


def test_donors_whose_priorities_it_meets_are_told_when_a_proposal_is_published(
    cast, ws, mailoutbox, django_capture_on_commit_callbacks
):
    from partnerlab.funding.models import FundingNotice, NoticeKind

    _priorities(cast)
    with django_capture_on_commit_callbacks(execute=True):
        funding = services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    [notice] = FundingNotice.objects.filter(kind=NoticeKind.MATCHING)
    assert notice.user == cast.donor and notice.funding == funding
    assert any(ws.idea.title in m.subject for m in mailoutbox)
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea, published=False)
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    assert FundingNotice.objects.filter(kind=NoticeKind.MATCHING).count() == 1  # told once


def test_a_donor_that_excludes_the_proposal_is_not_told(cast, ws):
    from partnerlab.funding.models import FundingNotice

    _priorities(cast, excluded_types=["Hybrid"])
    services.publish_to_pipeline(by=cast.ghana, partnership=ws.idea)
    assert not FundingNotice.objects.filter(kind="matching").exists()
