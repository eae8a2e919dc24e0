"""Every write to consultations, survey links and inputs."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partnerlab.accounts.models import User
from partnerlab.actors.models import Organisation
from partnerlab.core import audit
from partnerlab.core.errors import ValidationFailed
from partnerlab.core.forms import form_errors
from partnerlab.core.permissions import require_facilitator
from partnerlab.cycles.models import Cycle
from partnerlab.intake.forms import ConsultationForm, SurveyForm
from partnerlab.intake.language import detect_language
from partnerlab.intake.models import (
    Answers,
    Consultation,
    ConsultationKind,
    Input,
    Source,
    SurveyLink,
    content_hash,
)

CONSULTATION_FIELDS = list(ConsultationForm.Meta.fields)


@transaction.atomic
def create_consultation(*, by: User, cycle: Cycle, data: dict[str, Any]) -> Consultation:
    require_facilitator(by)
    form = ConsultationForm(data=data, instance=Consultation(cycle=cycle))
    if not form.is_valid():
        raise ValidationFailed(_("Some fields need attention."), errors=form_errors(form))
    if cycle.consultations.filter(title__iexact=form.cleaned_data["title"]).exists():
        raise ValidationFailed(_("This cycle already has a consultation with that title."))
    consultation: Consultation = form.save()
    audit.record(
        actor=by,
        action="consultation.create",
        target=consultation,
        after=audit.snapshot(consultation, ["cycle_id", *CONSULTATION_FIELDS]),
    )
    return consultation


@transaction.atomic
def open_survey_link(*, by: User, consultation: Consultation) -> SurveyLink:
    """A new public link to the survey form of a survey-kind consultation."""
    require_facilitator(by)
    if consultation.kind != ConsultationKind.SURVEY:
        raise ValidationFailed(_("Survey links belong to consultations of the kind “survey”."))
    link = SurveyLink.objects.create(
        consultation=consultation, created_by=by, token=secrets.token_urlsafe(24)
    )
    audit.record(
        actor=by, action="survey_link.open", target=link, after={"consultation": consultation.pk}
    )
    return link


@transaction.atomic
def close_survey_link(*, by: User, link: SurveyLink) -> SurveyLink:
    require_facilitator(by)
    link.closed_at = timezone.now()
    link.save(update_fields=["closed_at"])
    audit.record(
        actor=by, action="survey_link.close", target=link, after={"closed_at": link.closed_at}
    )
    return link


@transaction.atomic
def submit_survey(*, link: SurveyLink, data: dict[str, Any], language: str) -> list[Input]:
    """One public answer to the survey: its two answers become two inputs of the cycle."""
    if not link.is_open:
        raise ValidationFailed(_("This survey is closed."))
    form = SurveyForm(data=data)
    if not form.is_valid():
        raise ValidationFailed(_("Some answers need attention."), errors=form_errors(form))
    answers = form.cleaned_data
    name = answers["organisation_name"].strip()
    organisation = Organisation.objects.filter(name__iexact=name).first() if name else None
    consultation = link.consultation
    key = uuid.uuid4().hex
    created = []
    for field, kind in (("problem", Answers.PROBLEM), ("solution", Answers.SOLUTION)):
        text = answers[field].strip()
        digest = content_hash(text)
        if Input.objects.filter(
            cycle_id=consultation.cycle_id, external_id="", content_hash=digest
        ).exists():
            continue  # the very same words were sent before (a double submit)
        detected = detect_language(text)
        created.append(
            Input.objects.create(
                cycle_id=consultation.cycle_id,
                consultation=consultation,
                text=text,
                answers=kind,
                language=detected if detected != "other" else language,
                organisation=organisation,
                organisation_name="" if organisation else name,
                stakeholder_kind=answers["stakeholder_kind"]
                or (organisation.kind if organisation else ""),
                country=answers["country"] or "",
                content_hash=digest,
                source=Source.SURVEY,
                response_key=key,
            )
        )
    audit.record(
        actor=None,
        action="survey.answer",
        target=consultation,
        after={"inputs": [i.pk for i in created], "link": link.pk},
    )
    return created
