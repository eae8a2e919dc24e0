"""Wherever a person is named (history, stage moves, sign-offs, the audit log, pages and
documents) viewers who may not see contacts get the name, never the e-mail address.

Facilitators, the person and the person's colleagues (who speak for one of the same
organisations) see the address too."""

from __future__ import annotations

import io
import subprocess

from django.test import Client
from docx import Document

from partnerlab.accounts.models import Role, User
from partnerlab.actors.models import Representation
from partnerlab.partnerships import services as partnerships
from partnerlab.proposals import services
from partnerlab.proposals.models import ProposalElement

KOFI = "kofi@lab.test"


def _move_back(cast, ws) -> None:  # type: ignore[no-untyped-def]
    ws.idea.refresh_from_db()
    partnerships.return_to_stage(
        by=cast.ghana,
        partnership=ws.idea,
        stage="authorization",
        reason="A ministry wants to look again",
        expected_version=ws.idea.version,
    )


def _colleague(cast) -> User:  # type: ignore[no-untyped-def]
    person = User.objects.create_user(
        "yaw@lab.test", "pw", full_name="Yaw Boateng", role=Role.PARTNER
    )
    Representation.objects.create(user=person, organisation=cast.ghana_ministry)
    return person


def _people_named(client: Client, idea_id: int) -> list[dict]:  # type: ignore[type-arg]
    history = client.get(f"/api/v1/partnerships/{idea_id}/history", {"page_size": 200}).json()
    moves = client.get(f"/api/v1/partnerships/{idea_id}/stage-moves").json()
    revision = client.get(f"/api/v1/partnerships/{idea_id}/history/{history['items'][0]['id']}")
    return [r["by"] for r in history["items"]] + [m["by"] for m in moves] + [revision.json()["by"]]


def test_the_api_shows_names_and_the_address_only_to_who_may_see_contacts(
    cast, ws, client_for
) -> None:
    _move_back(cast, ws)
    kofi = {"id": cast.ghana.pk, "name": "Kofi Mensah", "email": KOFI}
    hidden = {**kofi, "email": None}
    for viewer, expected in (
        (cast.mexico, hidden),
        (cast.igo, hidden),
        (cast.facilitator, kofi),
        (cast.ghana, kofi),
        (_colleague(cast), kofi),
    ):
        named = _people_named(client_for(viewer), ws.idea.pk)
        by_kofi = [p for p in named if p and p["id"] == cast.ghana.pk]
        assert by_kofi and all(p == expected for p in by_kofi), viewer
        assert all(p is None or set(p) == {"id", "name", "email"} for p in named)
        if viewer != cast.facilitator:
            assert all(p["email"] is None for p in named if p and p["id"] == cast.facilitator.pk)


def test_a_sign_off_names_the_signer(cast, ws, client_for) -> None:
    signed = client_for(cast.mexico).post(
        f"/api/v1/partnerships/{ws.idea.pk}/elements/problem/sign-off",
        {},
        content_type="application/json",
    )
    assert signed.status_code == 200
    assert signed.json()["signed_by"] == {
        "id": cast.mexico.pk,
        "name": "Lucía Hernández",
        "email": "lucia@lab.test",
    }


def test_the_audit_api_gives_facilitators_the_person(cast, ws, client_for) -> None:
    events = client_for(cast.facilitator).get("/api/v1/audit", {"actor": "kofi"}).json()
    assert events["count"] > 0
    assert all(
        e["actor"] == {"id": cast.ghana.pk, "name": "Kofi Mensah", "email": KOFI}
        for e in events["items"]
    )


def _pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode()


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_pages_and_documents_never_fall_back_to_an_address(cast, ws, client_for) -> None:
    for element in ProposalElement.values:
        services.sign_off_element(by=cast.ghana, partnership=ws.idea, element=element)
    User.objects.filter(pk=cast.ghana.pk).update(full_name="")
    idea = ws.idea.pk
    revision = ws.idea.revisions.filter(by=cast.ghana).first()
    client = client_for(cast.mexico)
    pages = {
        path: client.get(path)
        for path in (
            f"/partnerships/{idea}/history/",
            f"/partnerships/{idea}/history/{revision.pk}/",
            f"/partnerships/{idea}/proposal/",
            f"/partnerships/{idea}/proposal.docx",
            f"/partnerships/{idea}/proposal.pdf",
        )
    }
    _move_back(cast, ws)
    pages["moves"] = client.get(f"/partnerships/{idea}/")
    for path, response in pages.items():
        assert response.status_code == 200, path
        read = {".docx": _docx_text, ".pdf": _pdf_text}.get(path[path.rfind(".") :], bytes.decode)
        text = read(response.content)
        assert KOFI not in text, path
    assert "Unnamed person" in pages[f"/partnerships/{idea}/proposal/"].content.decode()
    api = client.get(f"/api/v1/partnerships/{idea}/stage-moves").json()
    assert api[0]["by"] == {"id": cast.ghana.pk, "name": "Unnamed person", "email": None}
