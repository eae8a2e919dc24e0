"""The readiness page (eligibility, principles, typology, sign-off grid), documents, notices."""

from __future__ import annotations

import difflib
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.core.errors import Conflict, DomainError
from partnerlab.core.forms import add_domain_errors, parse_id, posted_version
from partnerlab.partnerships import permissions
from partnerlab.partnerships.element_views import viewable
from partnerlab.partnerships.views import _common
from partnerlab.proposals import export, rules, services
from partnerlab.proposals.content import element_lines, proposal_of, readable
from partnerlab.proposals.document import gather
from partnerlab.proposals.forms import ProposalForm, TypologyForm
from partnerlab.proposals.models import Notice, ProposalElement
from partnerlab.proposals.selectors import load_for_readiness
from partnerlab.proposals.selectors import readiness as readiness_of
from partnerlab.proposals.typology import typology_of


def _readable(lines: list[Any]) -> list[str]:
    return [readable(key, text) for key, text in lines]


def changes_since(signed: list[Any], now: list[Any]) -> list[tuple[str, str]]:
    """What differs between the element as signed and as it is now: ("-", old) and ("+", new)."""
    diff = difflib.ndiff(_readable(signed), _readable(now))
    return [(line[0], line[2:]) for line in diff if line[:1] in ("-", "+")]


def _context(request: HttpRequest, p: Any, **extra: Any) -> dict[str, Any]:
    ready = readiness_of(p)
    proposal = proposal_of(p)
    mine = permissions.organisation_ids(request.user) if request.user.is_partner else set()
    elements = []
    for key, name in ProposalElement.choices:
        elements.append({"key": key, "name": name, "lines": _readable(ready.lines[key])})
    changed = {}
    for row in ready.rows:
        for cell in row:
            if cell.state == "changed" and cell.partner.organisation_id in mine:
                now = ready.lines[cell.element]
                changed[cell.element] = changes_since(cell.sign_off.content, now)
    return {
        **_common(request, p),
        "ready": ready,
        "principles": rules.principles(p),
        "typology": typology_of(p),
        "proposal": proposal,
        "form": extra.pop("form", None)
        or ProposalForm(instance=proposal, initial={"version": proposal.version}),
        "typology_form": TypologyForm(
            initial={
                "type": proposal.override_type,
                "components": proposal.override_components,
                "reason": proposal.override_reason,
            }
        ),
        "elements": elements,
        "mine": mine,
        "changed": changed,
        **extra,
    }


@login_required
def readiness(request: HttpRequest, pk: int) -> HttpResponse:
    p = viewable(request, pk)
    load_for_readiness([p])  # a page to read: everything it shows in a fixed set of queries
    return render(request, "proposals/readiness.html", _context(request, p))


@login_required
@require_POST
def update(request: HttpRequest, pk: int) -> HttpResponse:
    p = viewable(request, pk)
    form = ProposalForm(request.POST)
    try:
        services.update_proposal(
            by=request.user,
            partnership=p,
            data={name: request.POST.get(name, "") for name in services.PROPOSAL_FIELDS},
            expected_version=posted_version(request),
        )
    except Conflict as error:
        form.is_valid()
        data = form.data.copy()
        data["version"] = str(error.current_version)
        form.data = data
        return render(
            request, "proposals/readiness.html", _context(request, p, form=form, conflict=error)
        )
    except DomainError as error:
        if error.status == 403:
            raise
        form.is_valid()
        add_domain_errors(form, error)
        return render(request, "proposals/readiness.html", _context(request, p, form=form))
    messages.success(request, _("Proposal saved."))
    return redirect("proposals:readiness", pk=pk)


@login_required
@require_POST
def sign_off(request: HttpRequest, pk: int, element: str) -> HttpResponse:
    p = viewable(request, pk)
    try:
        services.sign_off_element(
            by=request.user,
            partnership=p,
            element=element,
            partner=parse_id(request.POST.get("partner")),
            seen_hash=request.POST.get("hash") or None,
        )
    except DomainError as error:
        if error.status == 403:
            raise
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Signed off: %(element)s.") % {"element": dict(ProposalElement.choices)[element]},
        )
    return redirect("proposals:readiness", pk=pk)


@login_required
@require_POST
def set_typology(request: HttpRequest, pk: int) -> HttpResponse:
    p = viewable(request, pk)
    try:
        services.set_typology(
            by=request.user,
            partnership=p,
            type=request.POST.get("type", ""),
            components=request.POST.getlist("components"),
            reason=request.POST.get("reason", ""),
            expected_version=posted_version(request),
        )
    except DomainError as error:
        if error.status == 403:
            raise
        messages.error(request, error.message)
        for item in error.errors:
            messages.error(request, item.message)
    return redirect("proposals:readiness", pk=pk)


def _filename(p: Any, ext: str) -> str:
    return f"{slugify(p.title)[:60] or 'proposal'}.{ext}"


@login_required
def document(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    p = viewable(request, pk)
    if fmt not in ("docx", "pdf"):
        raise Http404
    return document_response(p, fmt)


def document_response(p: Any, fmt: str) -> HttpResponse:
    doc = gather(p)
    if fmt == "pdf":
        body, kind = export.pdf(doc), "application/pdf"
    else:
        body = export.docx(doc)
        kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{_filename(p, fmt)}"'
    return response


@login_required
def notices(request: HttpRequest) -> HttpResponse:
    mine = (
        Notice.objects.filter(user=request.user)
        .select_related(
            "sign_off__partnership",
            "sign_off__partner__organisation",
            "resolved_by__signed_by",
        )
        .order_by("-created_at")[:100]
    )
    items = []
    for notice in mine:
        s = notice.sign_off
        resolved = notice.resolved_by_id is not None  # signed again: nothing left to compare
        items.append(
            {
                "notice": notice,
                "element": dict(ProposalElement.choices)[s.element],
                "changes": []
                if resolved
                else changes_since(s.content, element_lines(s.partnership, s.element)),
            }
        )
    response = render(request, "proposals/notices.html", {"items": items})
    Notice.objects.filter(user=request.user, read_at=None).update(read_at=timezone.now())
    return response


def unread_notices(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notice.objects.pending().filter(user=user, read_at=None).count()
