"""A partner representative takes an idea from problem to design in the pages alone."""

import re

import pytest

from partnerlab.partnerships.models import Cause, Partnership

HX = {"HTTP_HX_REQUEST": "true"}


def _ok(response):
    assert response.status_code in (200, 302), response.content[:500]
    html = response.content.decode()
    assert "form-errors" not in html and 'class="error"' not in html, html[:2000]
    return response


NEXT_STAGE = {
    "en": "Move to the next stage",
    "fr": "Passer à l'étape suivante",
    "es": "Pasar a la etapa siguiente",
}
FISHBONE = {"en": "Fishbone", "fr": "Arête de poisson", "es": "Espina de pescado"}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_city_takes_an_idea_from_problem_to_design(cast, ws, client_for, language):
    page = client_for(cast.city)
    page.cookies["django_language"] = language
    created = page.post(
        f"/groups/{ws.group.pk}/ideas",
        {"title": "Neighbourhood counts", "summary": "", "lead": cast.accra.pk},
    )
    idea = Partnership.objects.get(title="Neighbourhood counts")
    assert created["Location"] == f"/partnerships/{idea.pk}/stages/problem/"
    html = page.get(created["Location"]).content.decode()
    assert f'<html lang="{language}">' in html
    assert NEXT_STAGE[language] in html and FISHBONE[language] in html

    def advance():
        version = Partnership.objects.get(pk=idea.pk).version
        return _ok(page.post(f"/partnerships/{idea.pk}/advance", {"version": version}))

    def add(kind, /, **fields):
        data = {f"new-{kind}-{k}": v for k, v in fields.items()}
        return _ok(page.post(f"/partnerships/{idea.pk}/e/{kind}/add", data, **HX))

    _ok(
        page.post(
            f"/partnerships/{idea.pk}/e/problem/{idea.problem.pk}/",
            {
                "version": 1,
                "statement": "Districts plan schools without counting newcomers.",
                "why_it_matters": "Classes overflow within a year.",
                "affected": "Newcomer families and teachers.",
                "who_should_care": "The planning department.",
                "solved_looks_like": "Yearly counts per district feed every plan.",
                "area": ws.area.pk,
                "cited_inputs": [ws.inputs[0].pk],
                "cited_inputs_shown": "1",
            },
            **HX,
        )
    )
    assert advance()["Location"].endswith("/stages/fishbone/")
    add("causes", text="No shared register")
    add("causes", text="Privacy rules unclear")
    first, second = Cause.objects.filter(partnership=idea).order_by("id")
    add("causes", text="Each office keeps its own list", parent=first.pk)
    assert advance()["Location"].endswith("/stages/sequencing/")
    for rank, bone in enumerate((first, second), start=1):
        data = {"acceptance": "high", "authority": "medium", "ability": "medium"}
        data = {f"strand-{bone.pk}-{k}": v for k, v in data.items()}
        data[f"strand-{bone.pk}-entry_rank"] = rank
        _ok(
            page.post(
                f"/partnerships/{idea.pk}/strands/{bone.pk}/rate", {**data, "version": 0}, **HX
            )
        )
    assert (
        "change-space" in page.get(f"/partnerships/{idea.pk}/stages/sequencing/").content.decode()
    )
    assert advance()["Location"].endswith("/stages/design_space/")
    add(
        "options",
        title="District data desks",
        source="elsewhere",
        strand=first.pk,
        technical=4,
        feasibility=4,
        status="chosen",
        reason="Worked in two other cities.",
    )
    assert advance()["Location"].endswith("/stages/authorization/")
    lead = idea.partners.get()
    add("authorizations", partner=lead.pk, authorizer="City council", status="authorized")
    assert advance()["Location"].endswith("/stages/design/")
    add(
        "activities",
        title="Set up the desks",
        responsible=lead.pk,
        starts_on="2027-01-01",
        ends_on="2027-06-30",
    )
    add("indicators", name="Districts with counts", baseline="0", target="12")
    add("budget", partner=lead.pk, description="Two analysts", kind="cash", amount="80000")
    add("tasks", kind="partner", title="Find a university", owner=lead.pk, due_on="2027-02-01")
    design = page.get(f"/partnerships/{idea.pk}/stages/design/").content.decode()
    assert "Set up the desks" in design and "80,000" in design.replace("\u202f", ",").replace(
        "\xa0", ","
    ).replace(".", ",")
    idea.refresh_from_db()
    assert idea.stage == "design"
    assert idea.activities.count() == idea.indicators.count() == idea.budget_lines.count() == 1
    assert re.search(r"gantt\.svg", design)
