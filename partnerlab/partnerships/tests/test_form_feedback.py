"""What the stage forms tell people: each problem once, scores bounded in the field, "Saved"
after each save, lists that follow what was just added, and causes shown as a tree."""

import re

import pytest

from partnerlab.partnerships import editing
from partnerlab.partnerships.models import Partnership

HX = {"HTTP_HX_REQUEST": "true"}


def _add(client, idea, kind, htmx=True, **fields):
    data = {f"new-{kind}-{k}": v for k, v in fields.items()}
    return client.post(f"/partnerships/{idea.pk}/e/{kind}/add", data, **(HX if htmx else {}))


@pytest.mark.parametrize("htmx", [True, False])
@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("causes", {"text": ""}, "This field is required."),
        (
            "options",
            {"title": "Desks", "source": "new", "status": "chosen", "reason": ""},
            "Say why the idea was chosen or set aside.",
        ),
        (
            "activities",
            {"title": "Train", "starts_on": "2027-05-01", "ends_on": "2027-01-01"},
            "The end cannot come before the start.",
        ),
    ],
)
def test_each_validation_message_is_shown_once(cast, ws, client_for, kind, fields, message, htmx):
    response = _add(client_for(cast.ghana), ws.idea, kind, htmx=htmx, **fields)
    html = response.content.decode()
    assert html.count(message) == 1, html


def test_scores_are_bounded_in_the_number_field(cast, ws, client_for):
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="design_space")
    html = client_for(cast.ghana).get(f"/partnerships/{ws.idea.pk}/stages/design_space/")
    html = html.content.decode()
    for name in ("technical", "feasibility"):
        field = re.search(rf'<input[^>]*name="new-options-{name}"[^>]*>', html).group(0)
        assert 'type="number"' in field and 'min="1"' in field and 'max="5"' in field, field


def test_a_save_says_saved_with_and_without_javascript(cast, ws, client_for):
    client = client_for(cast.ghana)
    added = _add(client, ws.idea, "causes", text="Payslips stay with the employer")
    assert 'role="status"' in added.content.decode() and "Saved." in added.content.decode()
    plain = _add(client, ws.idea, "causes", htmx=False, text="No desk at home")
    assert plain.status_code == 302
    assert "Saved." in client.get(plain["Location"]).content.decode()
    problem = ws.idea.problem
    edited = client.post(
        f"/partnerships/{ws.idea.pk}/e/problem/{problem.pk}/",
        {"version": problem.version, "statement": "Wages go unpaid."},
        **HX,
    )
    assert "Saved." in edited.content.decode()


def test_adding_an_activity_refreshes_the_activity_lists_of_the_design_forms(cast, ws, client_for):
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="design")
    client = client_for(cast.ghana)
    page = client.get(f"/partnerships/{ws.idea.pk}/stages/design/").content.decode()
    assert 'id="id_new-budget-activity"' in page and 'id="id_new-indicators-activity"' in page
    added = _add(client, ws.idea, "activities", title="Open claim desks").content.decode()
    for target in ("id_new-budget-activity", "id_new-indicators-activity"):
        swap = re.search(rf'<select[^>]*id="{target}"[^>]*>.*?</select>', added, re.S)
        assert swap and 'hx-swap-oob="true"' in swap.group(0), target
        assert "Open claim desks" in swap.group(0)
    # On a page without those forms nothing is sent that htmx could not place.
    Partnership.objects.filter(pk=ws.idea.pk).update(stage="fishbone")
    bone = _add(client, ws.idea, "causes", text="Deported before payday").content.decode()
    assert "hx-swap-oob" not in bone.replace('id="section-causes"', "")


def test_the_part_of_list_of_causes_is_an_indented_tree(cast, ws, client_for):
    def cause(text, parent=None):
        return editing.create_element(
            by=cast.ghana,
            partnership=ws.idea,
            kind="causes",
            data={"text": text, "parent": parent.pk if parent else None},
        )

    wages = cause("Wages unpaid")
    cause("Visas lapse")
    employer = cause("Employer vanishes", wages)
    cause("Firm renamed", employer)
    html = client_for(cast.ghana).get(f"/partnerships/{ws.idea.pk}/stages/fishbone/")
    select = re.search(
        r'<select[^>]*name="new-causes-parent"[^>]*>(.*?)</select>', html.content.decode(), re.S
    ).group(1)
    options = [o.strip(" \n\t") for o in re.findall(r"<option[^>]*>([^<]*)</option>", select)]
    assert options[1:] == [
        "Wages unpaid",
        "\u2003Employer vanishes",
        "\u2003\u2003Firm renamed",
        "Visas lapse",
    ]


def test_a_conflict_with_ones_own_other_tab_does_not_blame_someone_else(cast, ws, client_for):
    cause = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "Wages unpaid"}
    )
    url = f"/partnerships/{ws.idea.pk}/e/causes/{cause.pk}/"
    tab_one, tab_two = client_for(cast.ghana), client_for(cast.ghana)
    assert tab_one.post(url, {"text": "First tab", "version": "1"}, **HX).status_code == 200
    html = tab_two.post(url, {"text": "Second tab", "version": "1"}, **HX).content.decode()
    assert "You saved a newer version in another tab or window" in html
    assert "Someone else" not in html and "someone else" not in html
    assert "First tab" in html and "Second tab" in html  # both versions on the page
    other = client_for(cast.mexico).post(url, {"text": "Mexico", "version": "1"}, **HX)
    assert "Someone else saved this cause" in other.content.decode()


def test_every_edit_page_knows_the_newer_version_is_ones_own(cast, client_for):
    url = f"/organisations/{cast.accra.pk}/edit/"
    base = {"name": "City of Accra", "kind": "local_government", "country": "GH", "version": 1}
    base["membership"] = "mayors_mechanism"
    client = client_for(cast.facilitator)
    assert client.post(url, {**base, "acronym": "AMA"}).status_code == 302
    body = client.post(url, {**base, "acronym": "ACC"}).content.decode()
    assert "You saved a newer version in another tab or window" in body
