"""Adding, editing and removing elements in the stage pages, with htmx.

A successful write answers with the refreshed section (retargeted) and an event that makes the
page's charts and stage check reload. A refused write answers with the form again, holding what
the person typed, and — when someone else saved first — what is saved now.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from partnerlab.core.errors import Conflict, DomainError
from partnerlab.core.forms import add_domain_errors, parse_id, posted_version
from partnerlab.intake.models import Input
from partnerlab.partnerships import editing, permissions, sections
from partnerlab.partnerships.elements import ELEMENTS, ElementSpec
from partnerlab.partnerships.forms import forget_shared_rows
from partnerlab.partnerships.models import Element, Partnership, StrandAssessment

CHANGED_EVENT = "partnership-changed"


def viewable(request: HttpRequest, pk: int) -> Partnership:
    partnership = get_object_or_404(
        Partnership.objects.select_related("group__cycle", "cycle"), pk=pk
    )
    if not permissions.can_view(request.user, partnership):
        raise Http404  # other groups and observers do not learn the idea exists
    return partnership


def _spec(kind: str, *, edit: bool = False) -> ElementSpec:
    if kind not in ELEMENTS or (kind == "problem" and not edit):  # one problem, edited only
        raise Http404
    return ELEMENTS[kind]


def post_data(spec: ElementSpec, request: HttpRequest, prefix: str = "") -> dict[str, Any]:
    """The fields the form sent. Multiple choices count only when the form showed them, so a
    form that edits one field never clears the citations."""
    data: dict[str, Any] = {}
    post = request.POST
    for name in spec.fields:
        key = f"{prefix}-{name}" if prefix else name
        if name in spec.m2m:
            if key in post or f"{key}_shown" in post:
                data[name] = post.getlist(key)
        elif name in spec.booleans:
            others = [n for n in spec.fields if n not in spec.booleans]
            if any((f"{prefix}-{n}" if prefix else n) in post for n in others):
                data[name] = key in post  # a whole form was sent: an unticked box sends nothing
        elif key in post:
            data[name] = post[key]
    return data


def section_response(
    request: HttpRequest,
    partnership: Partnership,
    kind: str,
    *,
    error: str = "",
    notice: str = "",
) -> HttpResponse:
    """After a change: htmx gets the section again, with `notice` saying it was saved and the
    other forms' lists of these records refreshed; a plain form post goes back to its page."""
    forget_shared_rows(partnership)  # lists read before the write are out of date
    if not getattr(request, "htmx", False):
        if error:
            messages.error(request, error)
        elif notice:
            messages.success(request, notice)
        return redirect_to_stage(partnership, kind)
    section = sections.build(request.user, partnership, kind)
    section.error = error
    section.notice = notice
    context = {"partnership": partnership, "section": section, **_citations(partnership, kind)}
    if not error:
        context["oob_selects"] = sections.dependent_choices(request.user, partnership, kind)
    response = render(request, "partnerships/_section.html", context)
    response["HX-Retarget"] = f"#section-{kind}"
    response["HX-Reswap"] = "outerHTML"
    response["HX-Trigger"] = CHANGED_EVENT
    return response


def page_url(partnership: Partnership, kind: str) -> str:
    """The page that shows elements of `kind`, at their section."""
    section = ELEMENTS[kind].section
    if section in ("partners", "workplan", ""):
        url = reverse("partnerships:detail", args=[partnership.pk])
    else:
        url = reverse("partnerships:stage", args=[partnership.pk, section])
    return f"{url}#section-{kind}"


def redirect_to_stage(partnership: Partnership, kind: str) -> HttpResponse:
    return redirect(page_url(partnership, kind))


def _citations(partnership: Partnership, kind: str, form: Any = None) -> dict[str, Any]:
    return citations(partnership, form) if kind in ("problem", "causes") else {}


def citations(partnership: Partnership, form: Any = None) -> dict[str, Any]:
    """The inputs a form may cite, the ones it cites now first. Beyond the group's own
    evidence only inputs the idea already cites are shown: partners do not browse intake."""
    cited: set[int] = set()
    if form is not None and "cited_inputs" in form.fields:
        values = form["cited_inputs"].value() or []
        cited = {i for i in map(parse_id, values) if i is not None}
    citable = list(sections.citable_inputs(partnership)[:80])
    beyond = cited - {i.pk for i in citable}
    extra = []
    if beyond:  # inputs outside the group's evidence, shown only if the idea already cites them
        allowed = beyond & sections.cited_by(partnership)
        extra = list(Input.objects.filter(pk__in=allowed).only("id", "text"))
    return {"citable": extra + citable, "cited_ids": cited}


def form_response(
    request: HttpRequest,
    partnership: Partnership,
    spec: ElementSpec,
    form: Any,
    *,
    element: Element | None = None,
    conflict: Conflict | None = None,
    removed: str = "",
    status: int = 200,
    saved: bool = False,
) -> HttpResponse:
    context = {
        "saved": saved,
        "partnership": partnership,
        "spec": spec,
        "form": form,
        "element": element,
        "conflict": conflict,
        "removed": removed,
        "conflict_rows": _readable(form, conflict.current) if conflict else [],
        "back_url": page_url(partnership, spec.key),
        **_citations(partnership, spec.key, form),
    }
    template = (
        "partnerships/_element_form.html"
        if getattr(request, "htmx", False)
        else "partnerships/element_page.html"
    )
    return render(request, template, context, status=status)


def _readable(form: Any, current: dict[str, Any]) -> list[tuple[str, str]]:
    """What is saved now, with the form's labels and choices, for the conflict box."""
    return [(label, shown) for _name, label, shown in readable_values(form, current)]


def readable_values(form: Any, values: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, label, value as people read it) for every field of `form` found in `values`."""
    rows = []
    for name, field in form.fields.items():
        if name not in values:
            continue
        value = values.get(name)
        choices = {str(k): v for k, v in getattr(field, "choices", []) or []}
        if isinstance(value, list):
            shown = ", ".join(str(choices.get(str(v), v)) for v in value) or "—"
        else:
            shown = str(choices.get(str(value), value)) if value not in (None, "") else "—"
        rows.append((name, str(field.label), shown))
    return rows


def _refused(
    request: HttpRequest,
    partnership: Partnership,
    spec: ElementSpec,
    form: Any,
    error: DomainError,
    element: Element | None,
) -> HttpResponse:
    if isinstance(error, Conflict):
        data = form.data.copy()
        data["version"] = str(error.current_version)  # saving again is now a deliberate choice
        form.data = data
        return form_response(request, partnership, spec, form, element=element, conflict=error)
    if error.status == 403:
        raise error  # type: ignore[misc]
    add_domain_errors(form, error)
    return form_response(request, partnership, spec, form, element=element)


@login_required
@require_POST
@transaction.atomic  # a page that fails after saving saves nothing
def add(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    partnership = viewable(request, pk)
    spec = _spec(kind)
    prefix = f"new-{kind}"
    form = spec.form(request.POST, partnership=partnership, prefix=prefix)
    try:
        editing.create_element(
            by=request.user,
            partnership=partnership,
            kind=kind,
            data=post_data(spec, request, prefix),
        )
    except DomainError as error:
        form.is_valid()
        return _refused(request, partnership, spec, form, error, None)
    return section_response(request, partnership, kind, notice=_("Saved."))


def _find(partnership: Partnership, spec: ElementSpec, element_id: int) -> Element | None:
    if spec.model is StrandAssessment:
        items: Any = StrandAssessment.objects.filter(cause__partnership=partnership)
    else:
        items = spec.model.objects.filter(partnership=partnership)  # type: ignore[attr-defined]
    return items.filter(pk=element_id).first()  # type: ignore[no-any-return]


def _was_removed(partnership: Partnership, kind: str, element_id: int) -> bool:
    """Whether the history holds this element's removal (else it never existed here)."""
    removals = partnership.revisions.filter(element_type=kind, action="delete")
    return removals.filter(element_id=element_id).exists()


def removed_meanwhile(
    request: HttpRequest, partnership: Partnership, spec: ElementSpec, element_id: int
) -> HttpResponse:
    """Someone removed the element this person was looking at or editing. Say so, and keep
    what they typed in an add form, so that adding it again is one click."""
    if not _was_removed(partnership, spec.key, element_id):
        raise Http404
    if request.method != "POST" or request.resolver_match.url_name == "element_remove":  # type: ignore[union-attr]
        message = _("This %(element)s has already been removed.") % {"element": spec.label}
        return section_response(request, partnership, spec.key, error=message)
    message = _(
        "Someone removed this %(element)s while you were editing it. What you typed is kept "
        "below: add it again if it is still needed."
    ) % {"element": spec.label}
    prefix = f"new-{spec.key}"
    data = QueryDict(mutable=True)
    for name, values in request.POST.lists():
        if name not in ("csrfmiddlewaretoken", "version"):
            data.setlist(f"{prefix}-{name}", values)
    form = spec.form(data, partnership=partnership, prefix=prefix)
    return form_response(request, partnership, spec, form, removed=message)


@login_required
@require_http_methods(["GET", "POST"])
@transaction.atomic
def edit(request: HttpRequest, pk: int, kind: str, element_id: int) -> HttpResponse:
    partnership = viewable(request, pk)
    spec = _spec(kind, edit=True)
    element = _find(partnership, spec, element_id)
    if element is None:
        return removed_meanwhile(request, partnership, spec, element_id)
    if request.method == "GET":
        if not spec.may_change(request.user, partnership, element):
            raise Http404
        form = spec.form(
            instance=element,
            partnership=partnership,
            initial={"version": element.version},
        )
        return form_response(request, partnership, spec, form, element=element)
    form = spec.form(request.POST, instance=type(element)(pk=element.pk), partnership=partnership)
    try:
        editing.update_element(
            by=request.user,
            element=element,
            data=post_data(spec, request),
            expected_version=posted_version(request),
        )
    except DomainError as error:
        if error.status == 404:  # removed since the page looked it up
            return removed_meanwhile(request, partnership, spec, element_id)
        form.is_valid()
        return _refused(request, partnership, spec, form, error, element)
    if kind == "problem" and getattr(request, "htmx", False):
        return form_saved(request, partnership, spec, element)
    return section_response(request, partnership, kind, notice=_("Saved."))


def form_saved(
    request: HttpRequest, partnership: Partnership, spec: ElementSpec, element: Element
) -> HttpResponse:
    """A single element edited in place (the problem): the form again, at its new version."""
    element.refresh_from_db()
    form = spec.form(instance=element, partnership=partnership)
    response = form_response(request, partnership, spec, form, element=element, saved=True)
    response["HX-Trigger"] = CHANGED_EVENT
    return response


@login_required
@require_POST
@transaction.atomic  # a page that fails after saving saves nothing
def remove(request: HttpRequest, pk: int, kind: str, element_id: int) -> HttpResponse:
    partnership = viewable(request, pk)
    spec = _spec(kind)
    element = _find(partnership, spec, element_id)
    if element is None:
        return removed_meanwhile(request, partnership, spec, element_id)
    try:
        editing.delete_element(
            by=request.user, element=element, expected_version=posted_version(request)
        )
    except DomainError as error:
        if error.status == 403:
            raise
        if error.status == 404:
            return removed_meanwhile(request, partnership, spec, element_id)
        # Nothing was removed; the refreshed section says why and shows what is there now.
        return section_response(request, partnership, kind, error=error.message)
    return section_response(request, partnership, kind, notice=_("Removed."))


@login_required
@require_POST
@transaction.atomic  # a page that fails after saving saves nothing
def rate_strand(request: HttpRequest, pk: int, cause_id: int) -> HttpResponse:
    partnership = viewable(request, pk)
    spec = ELEMENTS["strands"]
    prefix = f"strand-{cause_id}"
    form = spec.form(request.POST, partnership=partnership, prefix=prefix)
    cause = partnership.causes.filter(pk=cause_id, parent=None).first()
    if cause is None:
        if not _was_removed(partnership, "causes", cause_id):
            raise Http404
        message = _(
            "Someone removed this cause while you were rating it; what you typed is kept below."
        )
        return form_response(request, partnership, spec, form, removed=message)
    try:
        editing.rate_strand(
            by=request.user,
            cause=cause,
            data=post_data(spec, request, prefix),
            expected_version=posted_version(request),
        )
    except DomainError as error:
        form.is_valid()
        if isinstance(error, Conflict):
            return _refused(request, partnership, spec, form, error, None)
        if error.status == 403:
            raise
        add_domain_errors(form, error)
        return form_response(request, partnership, spec, form)
    return section_response(request, partnership, "strands", notice=_("Saved."))


@login_required
def section(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """One section again (used by Cancel)."""
    partnership = viewable(request, pk)
    _spec(kind)
    section = sections.build(request.user, partnership, kind)
    return render(
        request,
        "partnerships/_section.html",
        {"partnership": partnership, "section": section, **_citations(partnership, kind)},
    )
