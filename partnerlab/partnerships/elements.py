"""The editable elements of a partnership idea, described once for services, pages and API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from partnerlab.partnerships import forms, permissions
from partnerlab.partnerships.models import (
    Activity,
    Authorization,
    BudgetLine,
    Cause,
    CheckIn,
    DesignOption,
    Element,
    Indicator,
    Objective,
    Partnership,
    PartnershipPartner,
    Problem,
    StrandAssessment,
    Task,
    WantedPartner,
)


def _members(user: Any, partnership: Partnership, element: Any) -> bool:
    return permissions.can_edit(user, partnership)


def _workplan(user: Any, partnership: Partnership, element: Any) -> bool:
    return permissions.can_keep_workplan(user, partnership, element)


def _partners(user: Any, partnership: Partnership, element: Any) -> bool:
    return permissions.can_manage_partners(user, partnership, element)


def _authorization(user: Any, partnership: Partnership, element: Any) -> bool:
    return permissions.can_record_authorization(user, partnership, element)


@dataclass(frozen=True)
class ElementSpec:
    key: str  # the URL segment, e.g. "causes"
    model: type[Element]
    form: type[forms.ElementForm]
    section: str  # a Stage value, or "partners" / "workplan"
    label: Promise
    may_change: Callable[[Any, Partnership, Any], bool] = _members

    @property
    def fields(self) -> list[str]:
        return list(self.form._meta.fields or [])

    @property
    def m2m(self) -> list[str]:
        return [
            f.name
            for f in self.model._meta.many_to_many
            if f.name in self.fields  # type: ignore[union-attr]
        ]

    @property
    def booleans(self) -> list[str]:
        return [
            f.name
            for f in self.model._meta.concrete_fields
            if f.name in self.fields and isinstance(f, models.BooleanField)
        ]

    def partnership_of(self, element: models.Model) -> Partnership:
        if isinstance(element, StrandAssessment):
            return element.cause.partnership
        return element.partnership  # type: ignore[attr-defined,no-any-return]


ELEMENTS: dict[str, ElementSpec] = {
    spec.key: spec
    for spec in [
        ElementSpec(
            "partners", PartnershipPartner, forms.PartnerForm, "partners", _("partner"), _partners
        ),
        ElementSpec(
            "wanted", WantedPartner, forms.WantedPartnerForm, "partners", _("wanted partner")
        ),
        ElementSpec("problem", Problem, forms.ProblemForm, "problem", _("problem")),
        ElementSpec("causes", Cause, forms.CauseForm, "fishbone", _("cause")),
        ElementSpec(
            "strands", StrandAssessment, forms.StrandAssessmentForm, "sequencing", _("strand")
        ),
        ElementSpec(
            "options",
            DesignOption,
            forms.DesignOptionForm,
            "design_space",
            _("idea for an entry point"),
        ),
        ElementSpec(
            "authorizations",
            Authorization,
            forms.AuthorizationForm,
            "authorization",
            _("authorization"),
            _authorization,
        ),
        ElementSpec("activities", Activity, forms.ActivityForm, "design", _("activity")),
        ElementSpec("objectives", Objective, forms.ObjectiveForm, "design", _("objective")),
        ElementSpec("indicators", Indicator, forms.IndicatorForm, "design", _("indicator")),
        ElementSpec("budget", BudgetLine, forms.BudgetLineForm, "design", _("budget line")),
        ElementSpec("tasks", Task, forms.TaskForm, "workplan", _("task"), _workplan),
        ElementSpec("check-ins", CheckIn, forms.CheckInForm, "workplan", _("check-in")),
    ]
}

SPEC_BY_MODEL = {spec.model: spec for spec in ELEMENTS.values()}


def spec_for(element: models.Model) -> ElementSpec:
    return SPEC_BY_MODEL[type(element)]
