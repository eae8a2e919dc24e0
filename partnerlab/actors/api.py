from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from partnerlab.actors import permissions, selectors, services
from partnerlab.actors.models import Organisation
from partnerlab.api.base import ERRORS, ConflictError, Id, Pagination, Version
from partnerlab.core.errors import NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors

router = Router(tags=["organisations"])


class ContactOut(Schema):
    id: int
    name: str
    title: str
    email: str


class OrganisationOut(Schema):
    id: int
    name: str
    acronym: str
    kind: str
    membership: str
    is_forum_member: bool
    country: str
    country_name: str
    region: str
    subregion: str
    website: str
    description: str
    version: int

    @staticmethod
    def resolve_country(obj: Organisation) -> str:
        return obj.country.code or ""

    @staticmethod
    def resolve_country_name(obj: Organisation) -> str:
        return str(obj.country.name or "")


class OrganisationDetailOut(OrganisationOut):
    contacts: list[ContactOut] | None = None

    @staticmethod
    def resolve_contacts(obj: Organisation, context: dict[str, Any]) -> Any:
        if permissions.can_see_contacts(context["request"].user, obj):
            return list(obj.contacts.all())
        return None


class OrganisationIn(Schema):
    name: str
    kind: str
    membership: str = "non_member"
    acronym: str = ""
    country: str = ""
    website: str = ""
    description: str = ""


class OrganisationPatch(Schema):
    """Only the fields sent are changed. `version` is the one you read: a save over a newer
    version is refused (409), so nobody's edit is silently overwritten."""

    name: str | None = None
    kind: str | None = None
    membership: str | None = None
    acronym: str | None = None
    country: str | None = None
    website: str | None = None
    description: str | None = None
    version: Version


class OrganisationFilters(Schema):
    q: str | None = None
    kind: str | None = None
    membership: str | None = None
    region: str | None = None
    subregion: str | None = None
    country: str | None = None


@router.get(
    "/organisations",
    response={200: list[OrganisationOut], **ERRORS},
    summary="List organisations",
    description="Filter by `q` (name, acronym, description), `kind`, `membership`, "
    "`region`, `subregion` (UN M49 names) and `country` (ISO alpha-2).",
)
@paginate(Pagination)
def list_organisations(request: HttpRequest, filters: Query[OrganisationFilters]) -> object:
    params = {k: v for k, v in filters.dict().items() if v}
    found = selectors.filter_organisations(request.user, params)
    if not found.is_valid():
        raise ValidationFailed(_("Some filters are not valid."), errors=form_errors(found.form))
    return found.qs


@router.get(
    "/organisations/{organisation_id}",
    response={200: OrganisationDetailOut, **ERRORS},
    summary="Read an organisation",
    description="`contacts` is included for facilitators and the organisation's "
    "own representatives, and null for others.",
)
def read_organisation(request: HttpRequest, organisation_id: Id) -> object:
    organisation = get_object_or_404(selectors.organisations_for(request.user), pk=organisation_id)
    return organisation


@router.post(
    "/organisations",
    response={201: OrganisationDetailOut, **ERRORS},
    summary="Create an organisation (facilitators)",
)
def create_organisation(request: HttpRequest, payload: OrganisationIn) -> object:
    organisation = services.create_organisation(by=request.user, data=payload.dict())  # type: ignore[arg-type]
    return Status(201, organisation)


@router.patch(
    "/organisations/{organisation_id}",
    response={200: OrganisationDetailOut, 409: ConflictError, **ERRORS},
    summary="Update an organisation",
    description="Facilitators, or the organisation's own representatives. With "
    "`version`, a save over a newer version is refused with 409 and the "
    "current version.",
)
def update_organisation(
    request: HttpRequest, organisation_id: Id, payload: OrganisationPatch
) -> object:
    organisation = get_object_or_404(selectors.organisations_for(request.user), pk=organisation_id)
    if not permissions.can_edit_organisation(request.user, organisation):
        raise NotAllowed(_("You may only edit organisations you represent."))
    changes = payload.dict(exclude_unset=True)
    version = changes.pop("version")
    updated = services.update_organisation(
        by=request.user,
        organisation=organisation,
        changes=changes,  # type: ignore[arg-type]
        expected_version=version,
    )
    return updated
