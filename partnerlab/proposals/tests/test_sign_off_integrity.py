"""Nothing a partner signed can change without its sign-off being cleared."""

import subprocess

import pytest
from django.utils import translation

from partnerlab.actors import services as actors
from partnerlab.core.errors import Conflict
from partnerlab.partnerships import editing
from partnerlab.partnerships import services as ideas
from partnerlab.proposals import services
from partnerlab.proposals.content import content_hash, element_lines
from partnerlab.proposals.models import ProposalElement, SignOff
from partnerlab.proposals.selectors import readiness


def _sign_all(cast, ws):
    for person in (cast.ghana, cast.mexico, cast.igo):
        for element in ProposalElement.values:
            services.sign_off_element(by=person, partnership=ws.idea, element=element)
    assert readiness(ws.idea).fundable


def _cleared(element):
    return SignOff.objects.filter(element=element).exclude(cleared_at=None).count()


@pytest.mark.parametrize(
    ("kind", "element"),
    [("budget", "budget"), ("indicators", "objectives"), ("activities", "activities")],
)
def test_removing_something_signed_clears_it(cast, ws, kind, element):
    _sign_all(cast, ws)
    if kind == "activities":  # an activity referred to by indicators stays; remove a free one
        extra = editing.create_element(
            by=cast.ghana, partnership=ws.idea, kind="activities", data={"title": "Spare"}
        )
        for person in (cast.ghana, cast.mexico, cast.igo):
            services.sign_off_element(by=person, partnership=ws.idea, element="activities")
        target = extra
    else:
        target = getattr(
            ws.idea, {"budget": "budget_lines", "indicators": "indicators"}[kind]
        ).first()
    editing.delete_element(by=cast.ghana, element=target, expected_version=target.version)
    assert SignOff.objects.filter(element=element, cleared_at=None).count() == 0
    assert not readiness(ws.idea).fundable


def test_the_hash_does_not_depend_on_the_language(ws):
    with translation.override("en"):
        english = {e: content_hash(element_lines(ws.idea, e)) for e in ProposalElement.values}
    with translation.override("fr"):
        french = {e: content_hash(element_lines(ws.idea, e)) for e in ProposalElement.values}
    assert english == french


def test_an_indicator_outside_the_objectives_is_still_signed(cast, ws):
    _sign_all(cast, ws)
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="indicators",
        data={"name": "Desks open", "target": "4"},
    )
    assert _cleared("objectives") == 3


def test_changing_the_summary_clears_the_problem_assessment(cast, ws):
    _sign_all(cast, ws)
    ideas.update_partnership(
        by=cast.ghana,
        partnership=ws.idea,
        data={"summary": "A new summary."},
        expected_version=ws.idea.version,
    )
    assert _cleared("problem") == 3


def test_an_organisation_renamed_afterwards_shows_as_changed(cast, ws):
    _sign_all(cast, ws)
    actors.update_organisation(
        by=cast.facilitator,
        organisation=cast.mexico_ministry,
        changes={"name": "Secretariat of Foreign Affairs, Mexico"},
        expected_version=cast.mexico_ministry.version,
    )
    ready = readiness(ws.idea)
    assert not ready.fundable
    assert {c.element for c in ready.missing} == {"partners", "budget"}


def test_a_change_between_reading_and_signing_is_refused(cast, ws):
    seen = content_hash(element_lines(ws.idea, "budget"))
    line = ws.idea.budget_lines.first()
    editing.update_element(by=cast.ghana, element=line, data={"amount": 1}, expected_version=1)
    with pytest.raises(Conflict):
        services.sign_off_element(
            by=cast.mexico, partnership=ws.idea, element="budget", seen_hash=seen
        )
    assert not SignOff.objects.exists()


def test_two_people_creating_the_proposal_do_not_overwrite_each_other(cast, client_for):
    from partnerlab.testing.workspace import make_workspace

    ws = make_workspace(cast)
    services.update_proposal(
        by=cast.ghana, partnership=ws.idea, data={"goal": "Ghana's"}, expected_version=0
    )
    with pytest.raises(Conflict):
        services.update_proposal(
            by=cast.mexico, partnership=ws.idea, data={"goal": "Mexico's"}, expected_version=0
        )


def test_two_partners_where_one_pays_everything_is_flagged(cast):
    from partnerlab.proposals import rules
    from partnerlab.testing.workspace import make_workspace

    ws = make_workspace(cast)
    ghana = ws.idea.partners.get(role="lead")
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="budget",
        data={"partner": ghana.pk, "description": "All of it", "kind": "cash", "amount": 1000},
    )
    check = next(c for c in rules.principles(ws.idea) if c.rule == "fair_shares")
    assert not check.passed and cast.ghana_ministry.name in check.explanation


def test_control_characters_are_refused_with_the_field_named(cast, ws, client_for):
    from partnerlab.core.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as caught:
        editing.create_element(
            by=cast.ghana, partnership=ws.idea, kind="activities", data={"title": "Bad\x0btitle"}
        )
    assert caught.value.errors[0].field == "title"


def test_documents_survive_odd_text_from_older_data(cast, ws, client_for):
    type(ws.idea).objects.filter(pk=ws.idea.pk).update(title="Workers' wages & <rights>\x0c")
    page = client_for(cast.mexico)
    assert page.get(f"/partnerships/{ws.idea.pk}/proposal.docx").status_code == 200
    pdf = page.get(f"/partnerships/{ws.idea.pk}/proposal.pdf")
    assert pdf.status_code == 200
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf.content, capture_output=True, check=True
    ).stdout.decode()
    assert text.count("Workers' wages & <rights>") >= 3  # cover and page footers, unmangled


def test_a_huge_partner_id_is_a_clear_refusal(cast, ws, client_for):
    response = client_for(cast.mexico).post(
        f"/api/v1/partnerships/{ws.idea.pk}/elements/problem/sign-off",
        {"partner": 10**30},
        content_type="application/json",
    )
    assert response.status_code == 422
