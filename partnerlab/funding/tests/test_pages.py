"""The donor, pipeline and funding pages: who sees what, forms without JavaScript, home links,
and a pipeline page whose queries do not grow with the proposals."""

import functools

import pytest
from django.db import reset_queries
from django.urls import reverse

from partnerlab.funding import dealings, services
from partnerlab.funding.models import DonorProfile, Pledge
from partnerlab.testing.workspace import make_designed


def test_a_donor_edits_its_priorities_on_its_page(cast, client_for):
    client = client_for(cast.donor)
    url = reverse("funding:edit_donor", args=[cast.fund.pk])
    assert client.get(url).status_code == 200
    data = {
        "version": "0",
        "objectives": ["6", "18"],
        "regions": ["Africa"],
        "countries": ["GH"],
        "partnership_types": ["Capacity"],
        "currency": "EUR",
        "min_amount": "1000",
        "max_amount": "90000",
        "thematic_areas": "Fair recruitment\nSkills",
        "windows-TOTAL_FORMS": "2",
        "windows-INITIAL_FORMS": "0",
        "windows-0-opens_on": "2027-01-01",
        "windows-0-closes_on": "2027-02-01",
        "windows-1-opens_on": "",
        "windows-1-closes_on": "",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    profile = DonorProfile.objects.get()
    assert profile.thematic_areas == ["Fair recruitment", "Skills"]
    assert profile.windows.count() == 1 and profile.currency == "EUR"
    page = client.get(reverse("funding:donor", args=[cast.fund.pk])).content.decode()
    assert "Fair recruitment" in page and "Africa" in page


def test_a_window_closing_before_it_opens_is_shown_on_the_form(cast, client_for):
    response = client_for(cast.donor).post(
        reverse("funding:edit_donor", args=[cast.fund.pk]),
        {
            "version": "0",
            "currency": "USD",
            "windows-TOTAL_FORMS": "1",
            "windows-INITIAL_FORMS": "0",
            "windows-0-opens_on": "2027-03-01",
            "windows-0-closes_on": "2027-01-01",
        },
    )
    assert response.status_code == 200
    assert "cannot close before it opens" in response.content.decode()
    assert not DonorProfile.objects.exists()


def test_another_donor_or_a_partner_may_not_open_the_edit_page(cast, client_for):
    url = reverse("funding:edit_donor", args=[cast.fund.pk])
    assert client_for(cast.ghana).get(url).status_code == 403
    assert client_for(cast.observer).post(url, {"version": "0"}).status_code == 403


def test_the_pipeline_page_is_for_donors_observers_and_facilitators(
    cast, ws, published, client_for
):
    for person in (cast.donor, cast.observer, cast.facilitator):
        page = client_for(person).get(reverse("funding:pipeline"))
        assert page.status_code == 200 and ws.idea.title in page.content.decode()
    assert client_for(cast.ngo).get(reverse("funding:pipeline")).status_code == 403
    filtered = client_for(cast.donor).get(reverse("funding:pipeline"), {"region": "Oceania"})
    assert ws.idea.title not in filtered.content.decode()


def test_the_pipeline_page_reads_a_constant_number_of_queries(
    cast, ws, published, client_for, django_assert_max_num_queries, monkeypatch
):
    client = client_for(cast.donor)
    client.get(reverse("funding:pipeline"))  # warm caches (typology, statuses)
    reset_queries()  # the log keeps 9,000 queries: a full one would count none
    with django_assert_max_num_queries(40) as one:
        client.get(reverse("funding:pipeline"))
    first = len(one)  # read now: the log is emptied by the next request
    _more_published(cast, 3, monkeypatch)
    client.get(reverse("funding:pipeline"))
    reset_queries()
    with django_assert_max_num_queries(first) as four:
        response = client.get(reverse("funding:pipeline"))
    assert len(four) == first
    assert response.content.decode().count('href="/pipeline/') >= 4


def _more_published(cast, n, monkeypatch):
    """`n` more fundable ideas, each in a cycle of its own, published to the pipeline."""
    from partnerlab.funding.tests.conftest import sign_all
    from partnerlab.partnerships.models import Partnership
    from partnerlab.testing import workspace

    make_cycle = workspace.make_cycle
    for i in range(n):
        monkeypatch.setattr(workspace, "make_cycle", functools.partial(make_cycle, f"lab-{i}"))
        extra = make_designed(cast)
        sign_all(cast, extra)
        services.publish_to_pipeline(by=cast.ghana, partnership=extra.idea)
    assert Partnership.objects.count() == n + 1


def test_the_funding_page_shows_money_questions_and_pledges(cast, ws, published, client_for):
    dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who audits the accounts?")
    dealings.pledge(by=cast.donor, partnership=ws.idea, amount="30000", kind="cash")
    url = reverse("funding:proposal", args=[ws.idea.pk])
    for person in (cast.donor, cast.ghana, cast.observer, cast.facilitator):
        page = client_for(person).get(url).content.decode()
        assert (
            "Who audits the accounts?" in page and "70,000 USD" in page
        )  # the gap, as written in English
    assert client_for(cast.ngo).get(url).status_code == 404
    assert (
        client_for(cast.donor)
        .get(reverse("funding:document", args=[ws.idea.pk, "docx"]))
        .status_code
        == 200
    )


def test_an_unpublished_proposal_is_seen_only_by_its_partners_and_facilitators(
    cast, ws, client_for
):
    url = reverse("funding:proposal", args=[ws.idea.pk])
    page = client_for(cast.ghana).get(url)
    assert page.status_code == 200 and "Publish to the pipeline" in page.content.decode()
    assert client_for(cast.donor).get(url).status_code == 404
    assert client_for(cast.observer).get(url).status_code == 404


def test_partners_publish_and_donors_pledge_through_the_pages(cast, ws, client_for):
    client_for(cast.ghana).post(reverse("funding:publish", args=[ws.idea.pk]), {"published": "1"})
    donor = client_for(cast.donor)
    refused = donor.post(
        reverse("funding:pledge", args=[ws.idea.pk]), {"amount": "-3", "kind": "cash"}, follow=True
    )
    assert "A pledge is more than zero." in refused.content.decode()
    assert not Pledge.objects.exists()
    donor.post(reverse("funding:pledge", args=[ws.idea.pk]), {"amount": "100", "kind": "cash"})
    assert Pledge.objects.get().amount == 100


def test_a_partner_answering_for_another_organisation_is_refused_on_the_page(
    cast, ws, published, client_for
):
    question = dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who?")
    response = client_for(cast.mexico).post(
        reverse("funding:answer", args=[ws.idea.pk, question.pk]),
        {"text": "Ghana does", "partner": str(cast.ghana_ministry.pk)},
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("who", "link"),
    [
        ("donor", "/pipeline/"),
        ("observer", "/pipeline/"),
        ("facilitator", "/pipeline/"),
        ("donor", "/donors/"),
    ],
)
def test_each_role_reaches_the_pipeline_and_donors_from_home(cast, client_for, who, link):
    assert f'href="{link}' in client_for(getattr(cast, who)).get("/").content.decode()


def test_partners_reach_their_proposals_funding_from_home(cast, ws, client_for):
    home = client_for(cast.ghana).get("/").content.decode()
    assert reverse("funding:proposal", args=[ws.idea.pk]) in home


def test_notices_page_lists_and_marks_read(cast, ws, published, client_for):
    dealings.ask_question(by=cast.donor, partnership=ws.idea, text="Who?")
    client = client_for(cast.ghana)
    assert "new notice" in client.get("/").content.decode()
    page = client.get(reverse("funding:notices")).content.decode()
    assert "asked a question" in page
    assert "new notice" not in client.get("/").content.decode()
