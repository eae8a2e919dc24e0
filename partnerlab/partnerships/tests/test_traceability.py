"""The problem and every cause cite what stakeholders said, so anyone can trace them back."""

import pytest

from partnerlab.core.errors import ValidationFailed
from partnerlab.intake.models import Input
from partnerlab.partnerships import editing
from partnerlab.testing.workspace import fill_problem, make_cycle


def test_the_problem_cites_inputs_and_the_theme_it_comes_from(cast, ws, client_for):
    fill_problem(cast, ws)
    problem = ws.idea.problem
    problem.refresh_from_db()
    assert list(problem.cited_inputs.all()) == [ws.inputs[0]]
    assert problem.area == ws.area
    page = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/stages/problem/")
    html = page.content.decode()
    assert ws.inputs[0].text in html and ws.inputs[1].text in html  # citable, one ticked
    assert f'value="{ws.inputs[0].pk}" checked' in html


def test_a_cause_cites_inputs_and_its_sources_show_under_it(cast, ws, client_for):
    editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="causes",
        data={"text": "Payslips stay behind", "cited_inputs": [ws.inputs[1].pk]},
    )
    html = (
        client_for(cast.city).get(f"/partnerships/{ws.idea.pk}/stages/fishbone/").content.decode()
    )
    assert "Where this comes from (1)" in html
    assert ws.inputs[1].text in html


def test_inputs_of_another_cycle_cannot_be_cited(cast, ws):
    other = Input.objects.create(
        cycle=make_cycle("other"), text="Elsewhere", language="en", content_hash="zz"
    )
    with pytest.raises(ValidationFailed) as caught:
        editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="causes",
            data={"text": "Cause", "cited_inputs": [other.pk]},
        )
    assert caught.value.errors[0].field == "cited_inputs"


def test_editing_one_field_keeps_the_citations(cast, ws, client_for):
    cause = editing.create_element(
        by=cast.ghana,
        partnership=ws.idea,
        kind="causes",
        data={"text": "Payslips stay behind", "cited_inputs": [ws.inputs[1].pk]},
    )
    client_for(cast.ghana).post(
        f"/partnerships/{ws.idea.pk}/e/causes/{cause.pk}/",
        {"text": "Payslips stay with the employer", "version": 1},
        HTTP_HX_REQUEST="true",
    )
    assert list(cause.cited_inputs.all()) == [ws.inputs[1]]
