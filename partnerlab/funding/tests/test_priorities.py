"""A donor records its priorities; only its own representatives and facilitators may."""

import datetime
from decimal import Decimal

import pytest

from partnerlab.accounts.models import Role
from partnerlab.actors.models import Organisation, OrganisationKind, Representation
from partnerlab.core.errors import Conflict, NotAllowed, ValidationFailed
from partnerlab.core.models import AuditEvent
from partnerlab.funding import selectors, services
from partnerlab.funding.models import DonorProfile, FundingWindow, ProfileRevision
from partnerlab.testing.personas import _person

GOOD = {
    "kind": "pooled",
    "objectives": [6, 18],
    "thematic_areas": ["Fair recruitment", "Skills recognition"],
    "regions": ["Africa"],
    "countries": ["GH", "SN"],
    "partnership_types": ["Capacity", "Hybrid"],
    "min_amount": "50000",
    "max_amount": "500000",
    "needs_cofunding": True,
    "excluded_countries": ["RU"],
    "excluded_types": ["Operational"],
    "excluded_objectives": [11],
    "exclusion_note": "No equipment purchases.",
    "contact_name": "Erik Berg",
    "contact_email": "erik@fund.test",
}
WINDOWS = [{"opens_on": "2027-01-01", "closes_on": "2027-03-31", "note": "First round"}]


def _save(cast, by=None, data=None, windows=WINDOWS, version=0):
    return services.update_priorities(
        by=by or cast.donor,
        organisation=cast.fund,
        data=data if data is not None else GOOD,
        windows=windows,
        expected_version=version,
    )


def test_a_donor_records_its_priorities_and_the_matching_engine_can_read_them(cast):
    profile = _save(cast)
    needs = selectors.donor_needs(selectors.profiles().get(pk=profile.pk))
    assert needs == {
        "objectives": {6, 18},
        "regions": {"Africa"},
        "countries": {"GH", "SN"},
        "types": {"Capacity", "Hybrid"},
        "min_amount": Decimal("50000"),
        "max_amount": Decimal("500000"),
        "needs_cofunding": True,
        "windows": [(datetime.date(2027, 1, 1), datetime.date(2027, 3, 31))],
        "excluded_countries": {"RU"},
        "excluded_types": {"Operational"},
        "excluded_objectives": {11},
    }
    assert profile.version == 1 and profile.get_kind_display() == "Multilateral or pooled fund"
    assert ProfileRevision.objects.get(profile=profile).version == 1
    event = AuditEvent.objects.get(action="donor_profile.create")
    assert event.actor == cast.donor and event.after["objectives"] == [6, 18]


def test_editing_keeps_each_version_and_refuses_a_stale_one(cast):
    profile = _save(cast)
    second = _save(cast, data={"min_amount": "60000"}, windows=None, version=1)
    assert second.version == 2 and second.min_amount == Decimal("60000")
    assert FundingWindow.objects.filter(profile=profile).count() == 1  # windows kept
    with pytest.raises(Conflict) as caught:
        _save(cast, by=cast.facilitator, data={"min_amount": "1"}, windows=None, version=1)
    assert caught.value.current_version == 2
    assert DonorProfile.objects.get(pk=profile.pk).min_amount == Decimal("60000")
    assert [r.version for r in profile.revisions.all()] == [2, 1]
    assert AuditEvent.objects.filter(action="donor_profile.update").count() == 1


def test_saving_the_same_priorities_again_makes_no_new_version(cast):
    _save(cast)
    again = _save(cast, version=1)
    assert again.version == 1 and ProfileRevision.objects.count() == 1


def test_a_facilitator_edits_any_donor(cast):
    assert _save(cast, by=cast.facilitator).version == 1


def test_another_donor_may_not_edit_these_priorities(cast):
    other_fund = Organisation.objects.create(name="Other Fund", kind=OrganisationKind.DONOR)
    other = _person("ines@other.test", "Inès", Role.DONOR, other_fund)
    for person in (other, cast.ghana, cast.observer):
        with pytest.raises(NotAllowed):
            _save(cast, by=person)
    assert (
        not DonorProfile.objects.exists()
        and not AuditEvent.objects.filter(action__startswith="donor_profile").exists()
    )


def test_a_window_closing_before_it_opens_is_refused_and_nothing_is_saved(cast):
    with pytest.raises(ValidationFailed) as caught:
        _save(cast, windows=[{"opens_on": "2027-03-01", "closes_on": "2027-02-01"}])
    assert caught.value.errors[0].field == "windows.0.closes_on"
    assert "cannot close before it opens" in caught.value.errors[0].message
    assert not DonorProfile.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"min_amount": "-5"}, "min_amount"),
        ({"min_amount": "lots"}, "min_amount"),
        ({"min_amount": "900000", "max_amount": "1000"}, "max_amount"),
        ({"kind": "lottery"}, "kind"),
        ({"objectives": [24]}, "objectives"),
        ({"regions": ["Atlantis"]}, "regions"),
        ({"countries": ["ZZ"]}, "countries"),
        ({"partnership_types": ["Charity"]}, "partnership_types"),
        ({"contact_email": "not an address"}, "contact_email"),
    ],
)
def test_bad_priorities_are_refused_naming_the_field(cast, change, field):
    with pytest.raises(ValidationFailed) as caught:
        _save(cast, data={**GOOD, **change})
    assert field in {e.field for e in caught.value.errors}
    assert not DonorProfile.objects.exists()


def test_only_a_donor_organisation_has_priorities(cast):
    with pytest.raises(ValidationFailed):
        services.update_priorities(
            by=cast.facilitator, organisation=cast.ghana_ministry, data=GOOD, expected_version=0
        )


def test_a_person_representing_a_donor_without_the_donor_role_may_not_edit(cast):
    Representation.objects.create(user=cast.ngo, organisation=cast.fund)
    with pytest.raises(NotAllowed):
        _save(cast, by=cast.ngo)
