"""Every change is in the history with who and when; any earlier version can be viewed."""

from partnerlab.core.models import AuditEvent
from partnerlab.partnerships import editing
from partnerlab.partnerships.models import Revision


def test_each_save_writes_a_revision_and_an_audit_record(cast, ws):
    cause = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "First words"}
    )
    editing.update_element(
        by=cast.mexico, element=cause, data={"text": "Second words"}, expected_version=1
    )
    editing.delete_element(by=cast.ghana, element=cause, expected_version=2)
    revisions = list(Revision.objects.filter(element_type="causes").order_by("id"))
    assert [(r.action, r.version, r.by) for r in revisions] == [
        ("create", 1, cast.ghana),
        ("update", 2, cast.mexico),
        ("delete", 2, cast.ghana),
    ]
    assert revisions[1].before["text"] == "First words"
    assert revisions[1].data["text"] == "Second words"
    assert all(r.stage == "fishbone" for r in revisions)
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"partnership.causes.create", "partnership.causes.update"} <= actions


def test_saving_unchanged_values_makes_no_new_version(cast, ws):
    cause = editing.create_element(
        by=cast.ghana, partnership=ws.idea, kind="causes", data={"text": "Same"}
    )
    again = editing.update_element(
        by=cast.ghana, element=cause, data={"text": "Same"}, expected_version=1
    )
    assert again.version == 1
    assert Revision.objects.filter(element_type="causes").count() == 1


def test_an_earlier_version_can_be_viewed_in_the_page_and_the_api(cast, ws, client_for):
    problem = ws.idea.problem
    editing.update_element(
        by=cast.ghana, element=problem, data={"statement": "Old statement"}, expected_version=1
    )
    editing.update_element(
        by=cast.ghana, element=problem, data={"statement": "New statement"}, expected_version=2
    )
    old = Revision.objects.get(element_type="problem", version=2)
    page = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/history/{old.pk}/")
    assert "Old statement" in page.content.decode()
    listing = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/history/?section=problem")
    assert "Problem changed" in listing.content.decode()
    api = client_for(cast.mexico).get(f"/api/v1/partnerships/{ws.idea.pk}/history/{old.pk}")
    assert api.json()["data"]["statement"] == "Old statement"
    assert api.json()["by"] == {"id": cast.ghana.pk, "name": "Kofi Mensah", "email": None}
