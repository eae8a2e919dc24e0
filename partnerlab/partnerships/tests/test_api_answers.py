"""The API answers with what it saved, whatever the database holds, and never saves and then
fails: a refused duplicate names its field, and an answer that cannot be given undoes the write."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.db import IntegrityError, models, transaction

from partnerlab.partnerships import api as partnerships_api
from partnerlab.partnerships.api_schemas import OUT
from partnerlab.partnerships.elements import ELEMENTS
from partnerlab.partnerships.models import Cause, Partnership, PartnershipPartner

JSON = {"content_type": "application/json"}


def test_partners_are_listed_before_anyone_states_what_they_gain(cast, ws, client_for):
    response = client_for(cast.ghana).get(f"/api/v1/partnerships/{ws.idea.pk}/partners")
    assert response.status_code == 200, response.content
    partners = response.json()
    assert len(partners) == 3
    assert {p["expected_benefit"] for p in partners} == {None}


def test_adding_a_partner_answers_the_partner_it_saved(cast, ws, client_for):
    response = client_for(cast.facilitator).post(
        f"/api/v1/partnerships/{ws.idea.pk}/partners",
        {"organisation": cast.accra.pk, "role": "partner", "contribution": "Offices"},
        **JSON,
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["organisation"] == cast.accra.pk and body["expected_benefit"] is None
    assert PartnershipPartner.objects.filter(pk=body["id"], contribution="Offices").exists()


def test_changing_a_partner_answers_the_partner_it_saved(cast, ws, client_for):
    partner = ws.idea.partners.get(organisation=cast.mexico_ministry)
    response = client_for(cast.facilitator).patch(
        f"/api/v1/partnerships/{ws.idea.pk}/partners/{partner.pk}",
        {"gains": "Data on returns", "version": partner.version},
        **JSON,
    )
    assert response.status_code == 200, response.content
    assert response.json()["gains"] == "Data on returns"
    assert response.json()["version"] == partner.version + 1


def test_adding_an_organisation_that_is_already_a_partner_names_the_field(cast, ws, client_for):
    before = ws.idea.partners.count()
    response = client_for(cast.facilitator).post(
        f"/api/v1/partnerships/{ws.idea.pk}/partners",
        {"organisation": cast.mexico_ministry.pk, "role": "partner"},
        **JSON,
    )
    assert response.status_code == 422, response.content
    assert [e["field"] for e in response.json()["errors"]] == ["organisation"]
    assert "already a partner" in response.json()["message"]
    assert ws.idea.partners.count() == before


def _duplicates(cast: Any, ws: Any) -> dict[str, tuple[models.Model, str]]:
    """A copy of a record that must be unique, and the field a person would change."""
    from partnerlab.actors.models import Organisation

    return {
        "partner": (
            PartnershipPartner(
                partnership=ws.idea, organisation=cast.mexico_ministry, role="partner"
            ),
            "organisation",
        ),
        "organisation, any case": (
            Organisation(name=cast.accra.name.upper(), kind="local_government"),
            "name",
        ),
        "cycle": (
            type(ws.cycle)(
                name="Other",
                slug=ws.cycle.slug,
                year=2027,
                starts_on=ws.cycle.starts_on,
                ends_on=ws.cycle.ends_on,
            ),
            "slug",
        ),
    }


@pytest.mark.parametrize("what", ["partner", "organisation, any case", "cycle"])
def test_a_duplicate_that_slips_past_the_checks_is_still_a_422_naming_the_field(cast, ws, what):
    """Two requests at once can both pass a service's check; the database's constraint decides,
    and its error becomes a refusal naming the field (whatever the database says)."""
    from partnerlab.core.integrity import duplicate_error

    copy, field = _duplicates(cast, ws)[what]
    with pytest.raises(IntegrityError) as caught, transaction.atomic():
        copy.save()
    error = duplicate_error(caught.value)
    assert error is not None and error.status == 422
    assert [e.field for e in error.errors] == [field]


def _fullest(field: models.Field) -> object:
    """The largest value each kind of column holds."""
    if isinstance(field, models.DecimalField):
        return Decimal("9" * (field.max_digits - field.decimal_places) + ".99")
    if isinstance(field, models.DateField):
        return datetime.date(9999, 12, 31)
    if isinstance(field, models.BooleanField):
        return True
    if isinstance(field, models.IntegerField | models.ForeignKey):
        return 2**31 - 1
    if isinstance(field, models.ManyToManyField):
        return [1, 2**31 - 1]
    return "x" * (field.max_length or 20_000)


def _emptiest(field: models.Field) -> object:
    """The emptiest value each column holds: null where allowed, else an empty text or 0."""
    if isinstance(field, models.ManyToManyField):
        return []
    if field.null:
        return None
    if isinstance(field, models.BooleanField):
        return False
    if isinstance(field, models.ForeignKey):
        return 1
    if isinstance(field, models.DateField):
        return datetime.date(1, 1, 1)
    if isinstance(field, models.IntegerField | models.DecimalField):
        return 0
    return ""


@pytest.mark.parametrize("kind", sorted(ELEMENTS))
@pytest.mark.parametrize("fill", [_emptiest, _fullest])
def test_every_element_answer_accepts_whatever_the_database_holds(kind, fill):
    spec = ELEMENTS[kind]
    values = {name: fill(spec.model._meta.get_field(name)) for name in spec.fields}
    answer = {"id": 1, "version": 1, "cause": 1, **values}
    OUT[kind].model_validate(answer)  # raises if the schema refuses a value the column holds


@pytest.mark.django_db
def test_a_write_whose_answer_cannot_be_given_is_undone(cast, ws, client_for, monkeypatch):
    """Fault injected into the answer only: the service saved, the answer fails to build."""
    monkeypatch.setattr(partnerships_api, "_out", lambda *args, **kwargs: {"id": "broken"})
    client = client_for(cast.ghana)
    client.raise_request_exception = False
    response = client.patch(
        f"/api/v1/partnerships/{ws.idea.pk}",
        {"title": "Renamed", "version": ws.idea.version},
        **JSON,
    )
    assert response.status_code == 500
    assert Partnership.objects.get(pk=ws.idea.pk).title == "Claims from home"
    cause = client.post(f"/api/v1/partnerships/{ws.idea.pk}/causes", {"text": "Kept"}, **JSON)
    assert cause.status_code == 201 and Cause.objects.filter(text="Kept").exists()
