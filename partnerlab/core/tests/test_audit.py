"""Every write leaves an append-only audit record; facilitators can read and filter them."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from partnerlab.actors import services
from partnerlab.core.models import AuditEvent, AuditIsAppendOnly

pytestmark = pytest.mark.django_db


def test_a_write_records_who_what_when_and_the_values(cast) -> None:
    services.update_organisation(
        by=cast.facilitator, organisation=cast.accra, changes={"acronym": "AMA"}
    )
    event = AuditEvent.objects.get(action="organisation.update")
    assert event.actor == cast.facilitator
    assert event.object_type == "actors.organisation"
    assert event.object_id == str(cast.accra.pk)
    assert event.before["acronym"] == "" and event.after["acronym"] == "AMA"
    assert event.created_at is not None
    assert event.changed_fields() == [("acronym", "", "AMA")]


def test_records_cannot_be_changed_or_deleted_through_the_orm(cast) -> None:
    services.update_organisation(
        by=cast.facilitator, organisation=cast.accra, changes={"acronym": "AMA"}
    )
    event = AuditEvent.objects.get(action="organisation.update")
    event.action = "tampered"
    with pytest.raises(AuditIsAppendOnly):
        event.save()
    with pytest.raises(AuditIsAppendOnly):
        event.delete()
    with pytest.raises(AuditIsAppendOnly):
        AuditEvent.objects.all().update(action="tampered")
    with pytest.raises(AuditIsAppendOnly):
        AuditEvent.objects.all().delete()


def test_the_database_itself_refuses_changes_to_records(cast) -> None:
    services.update_organisation(
        by=cast.facilitator, organisation=cast.accra, changes={"acronym": "AMA"}
    )
    for sql in ("UPDATE core_auditevent SET action = 'x'", "DELETE FROM core_auditevent"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert AuditEvent.objects.filter(action="organisation.update").exists()


def test_facilitators_see_the_audit_log_filtered(cast, client_for) -> None:
    services.update_organisation(
        by=cast.facilitator, organisation=cast.accra, changes={"acronym": "AMA"}
    )
    services.update_organisation(
        by=cast.ghana, organisation=cast.ghana_ministry, changes={"acronym": "MELR"}
    )
    client = client_for(cast.facilitator)
    page = client.get("/audit/", {"actor": "kofi@"})
    assert page.status_code == 200
    assert "MELR" in page.content.decode() and "AMA" not in page.content.decode()
    api = client.get("/api/v1/audit", {"action": "organisation.", "actor": "alice"}).json()
    assert api["count"] == 1 and api["items"][0]["after"]["acronym"] == "AMA"


@pytest.mark.parametrize("persona", ["ghana", "donor", "observer"])
def test_others_may_not_read_the_audit_log(cast, client_for, persona) -> None:
    client = client_for(getattr(cast, persona))
    assert client.get("/audit/").status_code == 403
    assert client.get("/api/v1/audit").status_code == 403


def test_the_shared_cache_table_is_created_by_migrations() -> None:
    assert "partnerlab_cache" in connection.introspection.table_names()
