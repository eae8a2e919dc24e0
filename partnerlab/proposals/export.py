"""The proposal as a PDF (WeasyPrint, from an HTML template) and as a DOCX (python-docx), with
the same content in the same order, in the language that is active."""

from __future__ import annotations

import base64
import gc
import io
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from partnerlab.core.forms import printable
from partnerlab.partnerships.drawing import svg_to_png
from partnerlab.proposals.content import label
from partnerlab.proposals.document import ProposalDocument

CHART_TITLES = {
    "fishbone": lambda: _("Causes of the problem"),
    "change-space": lambda: _("Change space of each causal strand"),
    "design-space": lambda: _("Ideas for the entry points"),
    "gantt": lambda: _("Timeline of the activities"),
}


PROBLEM_FIELDS = [
    ("statement", "statement"),
    ("why", "why_it_matters"),
    ("affected", "affected"),
    ("care", "who_should_care"),
    ("solved", "solved_looks_like"),
]


def css_string(text: str) -> SafeString:
    """A quoted CSS string holding `text` (faster for WeasyPrint than string-set): quotes and
    backslashes escaped, and `<` too, so nothing can close the style element."""
    escaped = printable(" ".join(text.split())).replace("\\", "\\\\").replace('"', '\\"')
    return mark_safe('"' + escaped.replace("<", "\\3C ") + '"')


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def pdf(doc: ProposalDocument) -> bytes:
    from weasyprint import HTML  # imported when needed: it loads pango

    html = render_to_string(
        "proposals/document.html",
        {
            "doc": doc,
            "figures": {
                name.replace("-", "_"): {"title": CHART_TITLES[name](), "uri": _data_uri(svg)}
                for name, svg in doc.charts.items()
            },
            "status": _status_text(doc),
            "footer_title": css_string(doc.partnership.title[:80]),
            "type_text": _type_text(doc),
            "problem_rows": [
                (label(key), getattr(doc.problem, field, "") if doc.problem else "")
                for key, field in PROBLEM_FIELDS
            ],
        },
    )
    # Layout allocates many short-lived objects: the cyclic collector only slows it down here.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return HTML(string=html).write_pdf()  # type: ignore[no-any-return]
    finally:
        if collecting:
            gc.enable()


def _money(value: Any, currency: str) -> str:
    # Rounded like the PDF's floatformat, so both documents show the same figures.
    whole = Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{formats.number_format(whole, 0, force_grouping=True)} {currency}"


class _Docx:
    """Writes the proposal into a python-docx Document, section by section."""

    def __init__(self, doc: ProposalDocument) -> None:
        from docx import Document
        from docx.shared import Cm, Pt

        self.doc = doc
        self.cm = Cm
        self.d = Document()
        self.d.styles["Normal"].font.name = "Calibri"
        self.d.styles["Normal"].font.size = Pt(10.5)
        for section in self.d.sections:  # A4, like the PDF (python-docx starts from US Letter)
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Light Grid Accent 1"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = printable(text)
        for row in rows:
            for cell, text in zip(t.add_row().cells, row, strict=True):
                cell.text = printable(text)
        self.d.add_paragraph()

    def chart(self, name: str) -> None:
        self.d.add_paragraph(CHART_TITLES[name](), style="Caption")
        scale = 1.5
        png = svg_to_png(self.doc.charts[name], scale=scale)
        # At its natural size (96 px to the inch) when it fits the 17 cm line, like the PDF.
        natural = int.from_bytes(png[16:20], "big") / scale * 2.54 / 96
        self.d.add_picture(io.BytesIO(png), width=self.cm(min(17.0, natural)))

    def fact(self, name: str, value: str, style: str | None = None) -> None:
        para = self.d.add_paragraph(style=style)
        para.add_run(f"{name}: ").bold = True
        para.add_run(printable(value or "—"))

    def para(self, text: str, style: str | None = None) -> None:
        self.d.add_paragraph(printable(text), style=style)

    def cover(self) -> None:
        doc, p = self.doc, self.doc.partnership
        self.d.add_paragraph(str(p.cycle), style="Subtitle")
        self.d.add_heading(printable(p.title), level=0)
        others = ", ".join(x.organisation.name for x in doc.partners if x.role != "lead")
        self.fact(_("Lead partner"), str(doc.lead.organisation) if doc.lead else "—")
        self.fact(_("Partners"), others)
        self.fact(_("Small group"), p.group.name)
        self.fact(_("Type of partnership"), _type_text(doc))
        self.fact(_("Date"), formats.date_format(doc.made_on, "DATE_FORMAT"))
        self.fact(_("Status"), _status_text(doc))
        self.d.add_page_break()
        self.d.add_heading(_("Summary"), level=1)
        self.para(p.summary or "—")
        if doc.proposal.goal:
            self.fact(_("Overall goal"), doc.proposal.goal)

    def problem(self) -> None:
        self.d.add_heading(_("Problem assessment"), level=1)
        for key, field in PROBLEM_FIELDS:
            value = getattr(self.doc.problem, field, "") if self.doc.problem else ""
            if value:
                self.d.add_heading(label(key), level=3)
                self.para(value)
        for name in ("fishbone", "change-space", "design-space"):
            self.chart(name)

    def partners(self) -> None:
        doc = self.doc
        self.d.add_heading(_("Partners and roles"), level=1)
        self.table(
            [_("Partner"), _("Role"), _("Brings"), _("Gains"), _("Rights and obligations")],
            [
                [
                    _organisation(x.organisation),
                    x.get_role_display(),
                    x.contribution,
                    x.gains,
                    "\n".join(v for v in (x.rights, x.obligations) if v),
                ]
                for x in doc.partners
            ],
        )
        self.d.add_heading(_("Who benefits"), level=2)
        self.fact(_("Country of origin"), doc.proposal.benefits_origin, "List Bullet")
        self.fact(_("Country of destination"), doc.proposal.benefits_destination, "List Bullet")
        self.fact(_("Migrants"), doc.proposal.benefits_migrants, "List Bullet")

    def objectives(self) -> None:
        self.d.add_heading(_("Goals and objectives"), level=1)
        for objective in self.doc.objectives:
            self.para(objective.text, style="List Number")
        self.d.add_heading(_("Indicators"), level=2)
        self.table(
            [_("Indicator"), _("Objective"), _("Baseline"), _("Target"), _("By"), _("Verified by")],
            [
                [
                    i.name,
                    i.objective.text if i.objective else "—",
                    i.baseline or "—",
                    i.target or "—",
                    _date(i.target_date),
                    i.means_of_verification or "—",
                ]
                for i in self.doc.indicators
            ],
        )

    def activities(self) -> None:
        self.d.add_heading(_("Activities and implementation plan"), level=1)
        self.table(
            [_("Activity"), _("Responsible"), _("Start"), _("End")],
            [
                [
                    a.title + (f"\n{a.description}" if a.description else ""),
                    str(a.responsible.organisation) if a.responsible else "—",
                    _date(a.starts_on),
                    _date(a.ends_on),
                ]
                for a in self.doc.activities
            ],
        )
        self.chart("gantt")

    def budget(self) -> None:
        doc, cur = self.doc, self.doc.partnership.currency
        self.d.add_heading(_("Budget"), level=1)
        self.table(
            [_("Partner"), _("Item"), _("Funding"), _("Amount")],
            [
                [
                    b.partner.organisation.name,
                    b.description,
                    b.get_kind_display(),
                    _money(b.amount, cur),
                ]
                for b in doc.budget["lines"]
            ],
        )
        self.d.add_heading(_("Shares of costs and benefits"), level=2)
        self.table(
            [
                _("Partner"),
                _("Cash"),
                _("In kind"),
                _("Requested from donors"),
                _("Total"),
                _("Share of costs"),
                _("Share of benefits"),
            ],
            [
                [
                    r["name"],
                    _money(r["cash"], cur),
                    _money(r["in_kind"], cur),
                    _money(r["requested"], cur),
                    _money(r["total"], cur),
                    f"{r['cost_share']} %",
                    "—" if r["benefit_share"] is None else f"{r['benefit_share']} %",
                ]
                for r in doc.share_rows
            ],
        )
        para = self.d.add_paragraph()
        para.add_run(_("Total budget") + f": {_money(doc.budget['grand'], cur)}").bold = True

    def checks_and_sign_offs(self) -> None:
        doc = self.doc
        self.d.add_heading(_("Eligibility and principles"), level=1)
        for check in [*doc.readiness.checks, *doc.principles]:
            mark = "✓" if check.passed else ("✗" if check.severity == "error" else "!")
            self.para(f"{mark} {check.explanation}", style="List Bullet")
        self.d.add_heading(_("Sign-off record"), level=1)
        self.table(
            [_("Partner"), *[str(name) for _key, name in doc.elements]],
            [
                [row[0].partner.organisation.name, *[_cell_text(cell) for cell in row]]
                for row in doc.readiness.rows
            ],
        )

    def bytes(self) -> bytes:
        for part in (
            self.cover,
            self.problem,
            self.partners,
            self.objectives,
            self.activities,
            self.budget,
            self.checks_and_sign_offs,
        ):
            part()
        out = io.BytesIO()
        self.d.save(out)
        return out.getvalue()


def docx(doc: ProposalDocument) -> bytes:
    return _Docx(doc).bytes()


def _organisation(organisation: Any) -> str:
    where = f", {organisation.country.name}" if organisation.country else ""
    return f"{organisation.name}\n({organisation.get_kind_display()}{where})"


def _date(value: Any) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else "—"


def _cell_text(cell: Any) -> str:
    if cell.state == "signed":
        who = cell.sign_off.signed_by
        when = formats.date_format(timezone.localtime(cell.sign_off.signed_at), "SHORT_DATE_FORMAT")
        return f"✓ {who.display_name}, {when}"
    if cell.state == "changed":
        return _("changed since signed")
    return _("not signed")


def _type_text(doc: ProposalDocument) -> str:
    t = doc.typology
    if not t.type:
        return "—"
    parts = f" ({', '.join(t.component_labels)})" if t.type == "Hybrid" and t.components else ""
    return f"{t.label}{parts}"


def _status_text(doc: ProposalDocument) -> str:
    if doc.readiness.fundable:
        return _("Fundable: eligible, and every partner has signed every element.")
    if not doc.readiness.eligible:
        return _("Not yet eligible.")
    return _("Waiting for sign-offs.")
