"""Browsing, filtering and editing organisations in the pages, by role."""

from __future__ import annotations

import pytest

from partnerlab.actors.models import Contact, Organisation
from partnerlab.reference import regions

pytestmark = pytest.mark.django_db


def _names(response) -> set[str]:  # type: ignore[no-untyped-def]
    return {o.name for o in response.context["page"]}


@pytest.mark.parametrize("persona", ["facilitator", "ghana", "donor", "observer"])
def test_every_signed_in_role_browses_organisations(cast, client_for, persona) -> None:
    response = client_for(getattr(cast, persona)).get("/organisations/")
    assert response.status_code == 200 and len(_names(response)) == 6


def test_filters_by_kind_membership_region_subregion_country_and_text(cast, client_for) -> None:
    client = client_for(cast.observer)
    assert _names(client.get("/organisations/", {"kind": "local_government"})) == {"City of Accra"}
    assert _names(client.get("/organisations/", {"membership": "member_state"})) == {
        "Ministry of Labour, Ghana",
        "Ministry of Foreign Affairs, Mexico",
    }
    assert _names(client.get("/organisations/", {"region": "Americas"})) == {
        "Ministry of Foreign Affairs, Mexico"
    }
    assert _names(client.get("/organisations/", {"subregion": "Sub-Saharan Africa"})) == {
        "Ministry of Labour, Ghana",
        "City of Accra",
    }
    assert _names(client.get("/organisations/", {"country": "SE"})) == {"Fund for Fair Mobility"}
    assert _names(client.get("/organisations/", {"q": "rights"})) == {"Migrant Rights Network"}


def test_htmx_gets_only_the_results(cast, client_for) -> None:
    response = client_for(cast.observer).get(
        "/organisations/", {"kind": "donor"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "Fund for Fair Mobility" in body and "<html" not in body


def test_the_list_runs_the_same_queries_however_many_organisations(
    cast, client_for, django_assert_max_num_queries
) -> None:
    client = client_for(cast.observer)
    for i in range(40):
        Organisation.objects.create(name=f"Extra {i}", kind="business", country="KE")
    with django_assert_max_num_queries(6):
        assert client.get("/organisations/").status_code == 200


def test_regions_come_from_the_un_geoscheme() -> None:
    assert (regions.region_of("KE"), regions.subregion_of("KE")) == ("Africa", "Sub-Saharan Africa")
    assert regions.region_of("fj") == "Oceania" and regions.subregion_of("FJ") == "Melanesia"
    assert regions.region_of("") == ""
    assert "MX" in regions.countries_in_subregion("Latin America and the Caribbean")


def test_contacts_are_shown_to_facilitators_and_own_representatives(cast, client_for) -> None:
    Contact.objects.create(organisation=cast.accra, name="Yaw Boateng", email="yaw@accra.test")
    url = f"/organisations/{cast.accra.pk}/"
    assert "yaw@accra.test" in client_for(cast.facilitator).get(url).content.decode()
    assert "yaw@accra.test" in client_for(cast.city).get(url).content.decode()
    for persona in ("ghana", "donor", "observer"):
        assert "yaw@accra.test" not in client_for(getattr(cast, persona)).get(url).content.decode()


def test_only_facilitators_add_organisations(cast, client_for) -> None:
    data = {"name": "New Org", "kind": "business", "membership": "non_member", "country": "KE"}
    assert client_for(cast.ghana).post("/organisations/new/", data).status_code == 403
    response = client_for(cast.facilitator).post("/organisations/new/", data)
    assert response.status_code == 302
    assert Organisation.objects.filter(name="New Org").exists()


def test_a_representative_edits_their_own_organisation_only(cast, client_for) -> None:
    data = {
        "name": "City of Accra",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "GH",
        "acronym": "AMA",
        "version": cast.accra.version,
    }
    assert (
        client_for(cast.city).post(f"/organisations/{cast.accra.pk}/edit/", data).status_code == 302
    )
    assert Organisation.objects.get(pk=cast.accra.pk).acronym == "AMA"
    assert (
        client_for(cast.ghana).post(f"/organisations/{cast.accra.pk}/edit/", data).status_code
        == 403
    )
    assert client_for(cast.observer).get(f"/organisations/{cast.accra.pk}/edit/").status_code == 403


def test_a_representative_cannot_change_membership_in_the_page(cast, client_for) -> None:
    data = {
        "name": "City of Accra",
        "kind": "local_government",
        "membership": "non_member",
        "country": "GH",
        "acronym": "AMA",
        "version": 1,
    }
    response = client_for(cast.city).post(f"/organisations/{cast.accra.pk}/edit/", data)
    assert response.status_code == 302
    accra = Organisation.objects.get(pk=cast.accra.pk)
    assert (accra.membership, accra.acronym) == ("mayors_mechanism", "AMA")


def test_an_edit_without_its_version_is_refused(cast, client_for) -> None:
    data = {
        "name": "City of Accra",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "GH",
        "acronym": "AMA",
    }
    response = client_for(cast.facilitator).post(f"/organisations/{cast.accra.pk}/edit/", data)
    assert response.status_code == 200
    assert Organisation.objects.get(pk=cast.accra.pk).acronym == ""


def test_membership_must_fit_the_kind(cast, client_for) -> None:
    data = {"name": "Acme", "kind": "business", "membership": "member_state", "country": "KE"}
    response = client_for(cast.facilitator).post("/organisations/new/", data)
    assert response.status_code == 200
    assert "open only to" in response.content.decode()
    assert not Organisation.objects.filter(name="Acme").exists()


def test_names_are_unique_whatever_the_case(cast, client_for) -> None:
    data = {"name": "city of ACCRA", "kind": "local_government", "membership": "non_member"}
    response = client_for(cast.facilitator).post("/organisations/new/", data)
    assert response.status_code == 200 and Organisation.objects.count() == 6


def test_a_second_editor_never_silently_overwrites_the_first(cast, client_for) -> None:
    url = f"/organisations/{cast.accra.pk}/edit/"
    base = {
        "name": "City of Accra",
        "kind": "local_government",
        "membership": "mayors_mechanism",
        "country": "GH",
        "version": 1,
    }
    first = client_for(cast.city).post(url, {**base, "acronym": "AMA"})
    assert first.status_code == 302
    second = client_for(cast.facilitator).post(
        url, {**base, "acronym": "ACC", "description": "typed text"}
    )
    body = second.content.decode()
    assert second.status_code == 200 and "Someone else saved" in body
    assert "AMA" in body and "typed text" in body  # both versions are on the page
    assert Organisation.objects.get(pk=cast.accra.pk).acronym == "AMA"


def test_contacts_are_added_and_removed_by_those_who_may_edit(cast, client_for) -> None:
    url = f"/organisations/{cast.accra.pk}/"
    client_for(cast.city).post(
        url, {"name": "Yaw Boateng", "title": "Adviser", "email": "yaw@accra.test"}
    )
    contact = Contact.objects.get(organisation=cast.accra)
    assert client_for(cast.ghana).post(url, {"name": "Intruder"}).status_code == 403
    assert client_for(cast.ghana).post(f"/contacts/{contact.pk}/remove/").status_code == 403
    assert client_for(cast.city).post(f"/contacts/{contact.pk}/remove/").status_code == 302
    assert not Contact.objects.exists()
