"""Every write to donors' priorities and to a proposal's place in the pipeline.

Each function is one transaction, checks permission itself, writes an audit record and raises
a domain error on bad input. Introductions, questions and pledges are in `dealings`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.actors.models import Organisation, OrganisationKind
from partnerlab.core import audit
from partnerlab.core.errors import FieldError, NotAllowed, ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.funding import permissions
from partnerlab.funding import status as machine
from partnerlab.funding.forms import DonorProfileForm, WindowForm
from partnerlab.funding.models import (
    DonorProfile,
    Funding,
    FundingStatus,
    FundingWindow,
    ProfileRevision,
    StatusChange,
)
from partnerlab.funding.selectors import money_of
from partnerlab.partnerships.models import Partnership
from partnerlab.proposals.selectors import readiness

PROFILE_FIELDS = DonorProfileForm.Meta.fields


def _money(value: Any) -> str | None:
    return None if value is None else str(Decimal(value).quantize(Decimal("0.01")))


def profile_snapshot(profile: DonorProfile) -> dict[str, Any]:
    """The profile as plain data (what the API returns, the history keeps, the audit records)."""
    if profile.pk is None:
        objectives: list[int] = []
        excluded: list[int] = []
        windows: list[dict[str, Any]] = []
    else:
        objectives = sorted(o.number for o in profile.objectives.all())
        excluded = sorted(o.number for o in profile.excluded_objectives.all())
        windows = [
            {
                "opens_on": w.opens_on.isoformat(),
                "closes_on": w.closes_on.isoformat(),
                "note": w.note,
            }
            for w in sorted(profile.windows.all(), key=lambda w: (w.opens_on, w.closes_on, w.pk))
        ]
    return {
        "organisation": profile.organisation_id,
        "kind": profile.kind,
        "objectives": objectives,
        "thematic_areas": list(profile.thematic_areas),
        "regions": list(profile.regions),
        "countries": [c.code for c in profile.countries],
        "partnership_types": list(profile.partnership_types),
        "currency": profile.currency,
        "min_amount": _money(profile.min_amount),
        "max_amount": _money(profile.max_amount),
        "needs_cofunding": profile.needs_cofunding,
        "windows": windows,
        "excluded_countries": [c.code for c in profile.excluded_countries],
        "excluded_types": list(profile.excluded_types),
        "excluded_objectives": excluded,
        "exclusion_note": profile.exclusion_note,
        "contact_name": profile.contact_name,
        "contact_email": profile.contact_email,
        "version": profile.version if profile.pk else 0,
    }


def _form_data(snapshot: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in snapshot.items() if k in PROFILE_FIELDS}


def _clean_windows(windows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cleaned, errors = [], []
    for i, window in enumerate(windows):
        form = WindowForm(data=window)
        if not form.is_valid():
            errors += [FieldError(f"windows.{i}.{e.field}", e.message) for e in form_errors(form)]
        else:
            cleaned.append(form.cleaned_data)
    if errors:
        raise ValidationFailed(_("A funding window needs attention."), errors=errors)
    return cleaned


def _unchanged(
    before: dict[str, Any], form: DonorProfileForm, windows: list[dict[str, Any]] | None
) -> bool:
    """Whether the validated form and windows say what the profile says already."""
    candidate = profile_snapshot(form.instance)  # form fields applied, related rows not yet
    candidate["objectives"] = sorted(o.number for o in form.cleaned_data["objectives"])
    candidate["excluded_objectives"] = sorted(
        o.number for o in form.cleaned_data["excluded_objectives"]
    )
    candidate["windows"] = before["windows"]
    if windows is not None:
        candidate["windows"] = sorted(
            (
                {
                    "opens_on": w["opens_on"].isoformat(),
                    "closes_on": w["closes_on"].isoformat(),
                    "note": w["note"],
                }
                for w in windows
            ),
            key=lambda w: (w["opens_on"], w["closes_on"]),
        )
        before = {
            **before,
            "windows": sorted(before["windows"], key=lambda w: (w["opens_on"], w["closes_on"])),
        }
    return {**candidate, "version": 0} == {**before, "version": 0}


@transaction.atomic
def update_priorities(
    *,
    by: Any,
    organisation: Organisation,
    data: dict[str, Any],
    windows: list[dict[str, Any]] | None = None,
    expected_version: int | None,
) -> DonorProfile:
    """A donor's representative (or a facilitator) records what the donor funds. `data` holds
    the fields to change (lists as lists); `windows`, when given, replaces every window.
    Send the version edited (0 for a first profile): a newer one is never overwritten."""
    if organisation.kind != OrganisationKind.DONOR:
        raise ValidationFailed(_("Only a donor organisation has funding priorities."))
    if not permissions.can_edit_profile(by, organisation):
        raise NotAllowed(
            _("Only this donor's own representatives and facilitators may change its priorities.")
        )
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
    current = DonorProfile.objects.filter(organisation=organisation).first()
    current = current or DonorProfile(organisation=organisation, version=0)
    if expected_version is None:
        raise ValidationFailed(
            _("Send the version you edited, so nobody's work is overwritten."),
            errors=[FieldError("version", _("Required."))],
        )
    before = profile_snapshot(current)
    if expected_version != before["version"]:
        raise audit.stale_version(
            by=by,
            target=current,
            message=_(
                "Someone else changed these priorities while you were editing them; nothing "
                "was saved."
            ),
            current_version=before["version"],
            current=before,
        )
    unknown = set(data) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationFailed(
            _("Unknown fields."), errors=[FieldError(name, _("Unknown field.")) for name in unknown]
        )
    form = DonorProfileForm(data={**_form_data(before), **data}, instance=current)
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    new_windows = _clean_windows(windows) if windows is not None else None
    if _unchanged(before, form, new_windows) and before["version"]:
        return current
    profile: DonorProfile = form.save(commit=False)
    profile.version = before["version"] + 1
    profile.save()
    form.save_m2m()
    if new_windows is not None:
        profile.windows.all().delete()
        FundingWindow.objects.bulk_create(
            [FundingWindow(profile=profile, **w) for w in new_windows]
        )
    after = profile_snapshot(profile)
    ProfileRevision.objects.create(
        profile=profile,
        version=profile.version,
        data=after,
        before=before if before["version"] else None,
        by=by if getattr(by, "is_authenticated", False) else None,
    )
    audit.record(
        actor=by,
        action="donor_profile.update" if before["version"] else "donor_profile.create",
        target=profile,
        before=before if before["version"] else None,
        after=after,
    )
    return profile


# --- Publication and status ----------------------------------------------------------------


def _lock(partnership: Partnership) -> Funding | None:
    Partnership.objects.select_for_update().filter(pk=partnership.pk).first()
    return Funding.objects.select_for_update().filter(partnership=partnership).first()


@transaction.atomic
def publish_to_pipeline(*, by: Any, partnership: Partnership, published: bool = True) -> Funding:
    """The idea's partners put their fundable proposal in the donors' pipeline (or take it out
    again; what donors recorded stays)."""
    if not permissions.is_idea_partner(by, partnership):
        raise NotAllowed(_("Only the idea's partners choose when their proposal is published."))
    funding = _lock(partnership)
    if published and not readiness(partnership).fundable:
        raise ValidationFailed(
            _(
                "Only a fundable proposal is published: it must be eligible and every partner "
                "must have signed every element."
            )
        )
    if funding is not None and funding.is_published == published:
        return funding
    if funding is None:
        if not published:
            raise ValidationFailed(_("This proposal is not in the pipeline."))
        funding = Funding.objects.create(partnership=partnership, status=FundingStatus.FUNDABLE)
        StatusChange.objects.create(
            funding=funding,
            from_status="",
            to_status=FundingStatus.FUNDABLE,
            reason=_("Published to the pipeline by its partners."),
            by=by,
        )
    before = {"published_at": funding.published_at}
    funding.published_at = timezone.now() if published else None
    funding.published_by = by if published else funding.published_by
    funding.version += 1
    funding.save()
    audit.record(
        actor=by,
        action="funding.publish" if published else "funding.unpublish",
        target=funding,
        before=before,
        after={"published_at": funding.published_at},
    )
    if published:
        _tell_matching_donors(funding)
    return funding


def _tell_matching_donors(funding: Funding) -> None:
    """Donors whose priorities the newly published proposal meets well are told, once each."""
    from partnerlab.funding import matching, notices
    from partnerlab.funding.models import FundingNotice, NoticeKind

    told = set(
        FundingNotice.objects.filter(funding=funding, kind=NoticeKind.MATCHING).values_list(
            "donor_id", flat=True
        )
    )
    for profile in matching.donors_to_tell(funding.partnership):
        if profile.organisation_id in told:
            continue
        notices.notify(
            notices.donor_people(profile.organisation),
            kind=NoticeKind.MATCHING,
            funding=funding,
            donor=profile.organisation,
        )


@transaction.atomic
def change_status(*, by: Any, partnership: Partnership, to: str, reason: str) -> Funding:
    """A facilitator moves the funding status (agreement signed, implementing, completed,
    withdrawn…) with a reason; the lead partner may withdraw its proposal too."""
    funding = _lock(partnership)
    lead = permissions.is_idea_partner(by, partnership) and _is_lead(by, partnership)
    if not (permissions.is_facilitator(by) or (lead and to == FundingStatus.WITHDRAWN)):
        raise NotAllowed(_("Only facilitators move the funding status (the lead may withdraw)."))
    if funding is None or not funding.is_published:
        raise ValidationFailed(_("This proposal is not in the pipeline."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(
            _("Say why the status changes."), errors=[FieldError("reason", _("Required."))]
        )
    money = money_of(partnership, funding)
    machine.check_move(
        funding,
        to,
        requested=money.requested,
        pledged=money.pledged,
        fundable=readiness(partnership).fundable,
    )
    machine.move(funding, to, reason=reason, by=by)
    return funding


def _is_lead(by: Any, partnership: Partnership) -> bool:
    from partnerlab.partnerships.permissions import is_lead

    return is_lead(by, partnership)
