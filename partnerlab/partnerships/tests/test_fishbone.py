"""The fishbone is built in the page, drawn on the server and downloaded as SVG and PNG."""

from partnerlab.partnerships.models import Cause


def test_causes_are_added_renamed_moved_and_removed_in_the_page(cast, ws, client_for):
    page = client_for(cast.city)
    base = f"/partnerships/{ws.idea.pk}/e/causes"
    hx = {"HTTP_HX_REQUEST": "true"}
    page.post(f"{base}/add", {"new-causes-text": "Visas lapse"}, **hx)
    page.post(f"{base}/add", {"new-causes-text": "No proof of wages"}, **hx)
    visas, proof = Cause.objects.order_by("id")
    added = page.post(
        f"{base}/add", {"new-causes-text": "Payslips kept", "new-causes-parent": visas.pk}, **hx
    )
    assert "Payslips kept" in added.content.decode()
    payslips = Cause.objects.get(text="Payslips kept")
    assert payslips.parent == visas
    page.post(f"{base}/{payslips.pk}/", {"parent": proof.pk, "version": 1}, **hx)
    page.post(f"{base}/{proof.pk}/", {"text": "No proof of wages owed", "version": 1}, **hx)
    payslips.refresh_from_db()
    proof.refresh_from_db()
    assert payslips.parent == proof and proof.text == "No proof of wages owed"
    refused = page.post(f"{base}/{proof.pk}/", {"parent": payslips.pk, "version": 2}, **hx)
    assert "cannot sit under itself" in refused.content.decode()
    page.post(f"{base}/{proof.pk}/remove", {"version": 2}, **hx)
    assert list(Cause.objects.values_list("text", flat=True)) == ["Visas lapse"]


def test_the_fishbone_downloads_as_svg_and_png(cast, ws, client_for):
    page = client_for(cast.ghana)
    page.post(
        f"/partnerships/{ws.idea.pk}/e/causes/add",
        {"new-causes-text": "Employers vanish & <reappear>"},
    )
    svg = page.get(f"/partnerships/{ws.idea.pk}/charts/fishbone.svg?download=1")
    assert svg["Content-Type"].startswith("image/svg+xml")
    assert "attachment" in svg["Content-Disposition"]
    assert "Employers vanish &amp; &lt;reappear&gt;" in svg.content.decode()
    png = page.get(f"/partnerships/{ws.idea.pk}/charts/fishbone.png")
    assert png["Content-Type"] == "image/png"
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_chart_draws_from_the_ideas_data(cast, ws, client_for):
    page = client_for(cast.ghana)
    for name in ("change-space", "design-space", "gantt"):
        response = page.get(f"/partnerships/{ws.idea.pk}/charts/{name}.svg")
        assert response.status_code == 200 and b"<svg" in response.content
    assert page.get(f"/partnerships/{ws.idea.pk}/charts/nothing.svg").status_code == 404
    outsider = client_for(cast.ngo).get(f"/partnerships/{ws.idea.pk}/charts/fishbone.svg")
    assert outsider.status_code == 404
