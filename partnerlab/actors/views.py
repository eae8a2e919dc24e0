"""Pages for organisations, their contacts, their import and inviting people."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partnerlab.accounts import services as accounts_services
from partnerlab.accounts.models import Invitation, User
from partnerlab.actors import imports, permissions, selectors, services
from partnerlab.actors.forms import ContactForm, ImportForm, InviteForm, OrganisationForm
from partnerlab.actors.models import Contact, Organisation, Representation
from partnerlab.core.errors import Conflict, DomainError, NotAllowed
from partnerlab.core.forms import add_domain_errors, handle_form
from partnerlab.core.htmx import page_or_partial
from partnerlab.core.import_pages import ImportPage, import_page, template_file
from partnerlab.core.permissions import require_facilitator


@login_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    found = selectors.filter_organisations(request.user, request.GET)
    page = Paginator(found.qs, 25).get_page(request.GET.get("page"))
    context = {
        "filter": found,
        "page": page,
        "can_create": permissions.can_create_organisation(request.user),
    }
    return page_or_partial(
        request,
        page="actors/organisation_list.html",
        partial="actors/_organisation_rows.html",
        context=context,
    )


@login_required
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(selectors.organisations_for(request.user), pk=pk)
    can_edit = permissions.can_edit_organisation(request.user, organisation)
    contact_form = ContactForm(request.POST or None) if can_edit else None
    if request.method == "POST":
        if not can_edit:
            raise NotAllowed(_("You may only edit organisations you represent."))
        assert contact_form is not None
        if contact_form.is_valid():
            try:
                services.add_contact(
                    by=request.user,
                    organisation=organisation,  # type: ignore[arg-type]
                    data=contact_form.cleaned_data,
                )
            except DomainError as error:
                add_domain_errors(contact_form, error)
            else:
                messages.success(request, _("Contact added."))
                return redirect("actors:organisation_detail", pk=pk)
    representatives = User.objects.filter(representations__organisation=organisation)
    return render(
        request,
        "actors/organisation_detail.html",
        {
            "organisation": organisation,
            "can_edit": can_edit,
            "contacts": organisation.contacts.all() if can_edit else None,
            "contact_form": contact_form,
            "representatives": representatives,
        },
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create_organisation(request.user):
        raise NotAllowed(_("Only facilitators may add organisations."))
    form = OrganisationForm(request.POST or None)
    organisation = handle_form(
        request,
        form,
        lambda: services.create_organisation(by=request.user, data=request.POST),  # type: ignore[arg-type]
    )
    if organisation is not None:
        messages.success(request, _("Organisation added."))
        return redirect("actors:organisation_detail", pk=organisation.pk)
    return render(request, "actors/organisation_form.html", {"form": form})


@login_required
def organisation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=pk)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise NotAllowed(_("You may only edit organisations you represent."))
    form = OrganisationForm(
        request.POST or None, instance=organisation, initial={"version": organisation.version}
    )
    form.fields["version"].required = True
    allowed = permissions.editable_fields(request.user, organisation)
    for name in services.ORGANISATION_FIELDS:
        form.fields[name].disabled = allowed is not None and name not in allowed
    conflict = None
    if request.method == "POST" and form.is_valid():
        changes = {
            name: request.POST.get(name, "")
            for name in services.ORGANISATION_FIELDS
            if not form.fields[name].disabled
        }
        try:
            services.update_organisation(
                by=request.user,
                organisation=organisation,  # type: ignore[arg-type]
                changes=changes,
                expected_version=form.cleaned_data.get("version"),
            )
        except Conflict as error:
            conflict = error
            form.data = form.data.copy()
            form.data["version"] = str(error.current_version)
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("Changes saved."))
            return redirect("actors:organisation_detail", pk=pk)
    return render(
        request,
        "actors/organisation_form.html",
        {"form": form, "organisation": organisation, "conflict": conflict},
    )


@login_required
@require_POST
def contact_remove(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(Contact.objects.select_related("organisation"), pk=pk)
    services.remove_contact(by=request.user, contact=contact)  # type: ignore[arg-type]
    messages.success(request, _("Contact removed."))
    return redirect("actors:organisation_detail", pk=contact.organisation.pk)


IMPORT_PURPOSE = "actors.organisations"


def _may_import(request: HttpRequest) -> None:
    if not permissions.can_create_organisation(request.user):
        raise NotAllowed(_("Only facilitators may import organisations."))


@login_required
def organisation_import(request: HttpRequest) -> HttpResponse:
    """Upload a file, see what would happen (a dry run; the file is kept), then confirm."""
    _may_import(request)
    page = ImportPage(
        template="actors/organisation_import.html",
        purpose=IMPORT_PURPOSE,
        run=partial(imports.import_organisations, by=request.user),
        done=lambda report: (
            _("%(added)d organisation(s) added, %(skipped)d already present and left unchanged.")
            % {"added": len(report.added), "skipped": len(report.skipped)}
        ),
        done_url=reverse("actors:organisation_list"),
    )
    form = ImportForm(request.POST or None, request.FILES or None)
    return import_page(request, page, form, {})


@login_required
def organisation_import_template(request: HttpRequest, fmt: str) -> HttpResponse:
    """A file to fill in: the import's columns and one example row."""
    _may_import(request)
    return template_file(
        imports.TEMPLATE_COLUMNS, imports.TEMPLATE_EXAMPLE, name="organisations-template", fmt=fmt
    )


@login_required
def people(request: HttpRequest) -> HttpResponse:
    """Facilitators see everyone with an account, pending invitations, and invite people."""
    require_facilitator(request.user)
    form = InviteForm(request.POST or None)
    link = None
    if request.method == "POST" and form.is_valid():
        try:
            _invitation, link = services.invite_person(
                by=request.user,  # type: ignore[arg-type]
                accept_url=lambda secret: request.build_absolute_uri(
                    reverse("accounts:accept_invitation", args=[secret])
                ),
                **form.cleaned_data,
            )
        except DomainError as error:
            add_domain_errors(form, error)
        else:
            messages.success(request, _("Invitation sent. The link is shown below once."))
            form = InviteForm()
    users = User.objects.prefetch_related(
        Prefetch("representations", queryset=Representation.objects.select_related("organisation"))
    )
    invitations = Invitation.objects.pending().select_related("invited_by")
    return render(
        request,
        "actors/people.html",
        {"form": form, "users": users, "invitations": invitations, "link": link},
    )


@login_required
@require_POST
def invitation_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    require_facilitator(request.user)
    invitation = get_object_or_404(Invitation, pk=pk)
    try:
        accounts_services.revoke_invitation(by=request.user, invitation=invitation)  # type: ignore[arg-type]
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
        )
    return redirect("actors:people")


@login_required
@require_POST
def person_active(request: HttpRequest, pk: int) -> HttpResponse:
    """A facilitator deactivates or reactivates an account from the People page."""
    require_facilitator(request.user)
    person = get_object_or_404(User, pk=pk)
    active = request.POST.get("active") == "1"
    try:
        accounts_services.set_active(by=request.user, user=person, active=active)  # type: ignore[arg-type]
    except DomainError as error:
        messages.error(request, error.message)
    else:
        done = _("%(name)s can sign in again.") if active else _("%(name)s can no longer sign in.")
        messages.success(request, done % {"name": person})
    return redirect("actors:people")
