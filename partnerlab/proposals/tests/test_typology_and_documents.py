"""The type of partnership, overridable with a reason; the proposal as DOCX and PDF."""

import io
import shutil
import subprocess

import pytest
from docx import Document

from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.proposals import services
from partnerlab.proposals.typology import typology_of


def test_the_type_is_computed_from_the_activities(ws):
    typology = typology_of(ws.idea)
    assert "Capacity" in typology.components  # training and study visits
    assert any("training course" in e for e in typology.evidence) and not typology.overridden


def test_a_facilitator_overrides_the_type_with_a_reason(cast, ws, client_for):
    with pytest.raises(NotAllowed):
        services.set_typology(
            by=cast.ghana,
            partnership=ws.idea,
            type="Operational",
            components=[],
            reason="x",
            expected_version=1,
        )
    with pytest.raises(ValidationFailed):
        services.set_typology(
            by=cast.facilitator,
            partnership=ws.idea,
            type="Operational",
            components=[],
            reason=" ",
            expected_version=1,
        )
    with pytest.raises(ValidationFailed):
        services.set_typology(
            by=cast.facilitator,
            partnership=ws.idea,
            type="Hybrid",
            components=["Capacity"],
            reason="x",
            expected_version=1,
        )
    body = (
        client_for(cast.facilitator)
        .post(
            f"/api/v1/partnerships/{ws.idea.pk}/typology",
            {
                "type": "Hybrid",
                "components": ["Capacity", "Operational"],
                "reason": "It also runs desks.",
                "version": 1,
            },
            content_type="application/json",
        )
        .json()
    )
    assert body["typology"]["type"] == "Hybrid" and body["typology"]["overridden"] is True
    assert body["typology"]["components"] == ["Capacity", "Operational"]
    assert body["typology"]["computed_type"] == typology_of(ws.idea).computed_type


def _text_of_pdf(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run scripts/ensure-browser-deps")
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return done.stdout.decode()


def test_the_pdf_holds_every_part_of_the_proposal(cast, ws, client_for):
    response = client_for(cast.mexico).get(f"/api/v1/partnerships/{ws.idea.pk}/proposal.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = _text_of_pdf(response.content)
    for part in (
        "Claims from home",
        "Problem assessment",
        "Causes of the problem",
        "Partners and roles",
        "Goals and objectives",
        "Activities and implementation plan",
        "Budget",
        "Sign-off record",
        "Train district officers",
        "Ministry register",
    ):
        assert part in text, part


def test_the_docx_has_the_same_content(cast, ws, client_for):
    response = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/proposal.docx")
    assert "attachment" in response["Content-Disposition"]
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Claims from home" in text and "Problem assessment" in text and "Sign-off record" in text
    assert "Train district officers" in cells and "Ministry register" in cells
    assert len(document.inline_shapes) == 4  # fishbone, change space, design space, Gantt


def test_documents_follow_the_interface_language(cast, ws, client_for):
    page = client_for(cast.mexico)
    page.cookies["django_language"] = "fr"
    text = _text_of_pdf(page.get(f"/partnerships/{ws.idea.pk}/proposal.pdf").content)
    assert "Budget" in text and "Problem assessment" not in text


def test_outsiders_get_no_document(cast, ws, client_for):
    assert (
        client_for(cast.observer).get(f"/partnerships/{ws.idea.pk}/proposal.pdf").status_code == 404
    )


def test_the_pdf_pages_render_as_images(cast, ws, client_for, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: run scripts/ensure-browser-deps")
    pdf = client_for(cast.mexico).get(f"/partnerships/{ws.idea.pk}/proposal.pdf").content
    (tmp_path / "p.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(tmp_path / "p.pdf"), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4  # cover, problem and charts, partners and plan, budget and sign-offs
    assert all(page.stat().st_size > 2_000 for page in pages)  # none is blank


def test_serve_warms_up_the_typology_model_and_the_pdf_engine():
    from partnerlab.analysis.typology import default_classifier
    from partnerlab.core.management.commands.serve import warm_up

    default_classifier.cache_clear()
    warm_up()
    assert default_classifier.cache_info().currsize == 1


def test_the_type_is_explained_in_the_interface_language(cast, ws, client_for):
    page = client_for(cast.mexico)
    page.cookies["django_language"] = "es"
    html = page.get(f"/partnerships/{ws.idea.pk}/proposal/").content.decode()
    explained = typology_of(ws.idea)
    from django.utils import translation

    with translation.override("es"):
        assert explained.description in html and explained.description.startswith(
            ("Los", "Un", "Combina", "Investigadores")
        )
    assert "Partners run migration" not in html and "One partner helps another" not in html
