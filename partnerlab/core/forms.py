from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.db import IntegrityError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from partnerlab.core.errors import DomainError, FieldError
from partnerlab.core.integrity import duplicate_error

T = TypeVar("T")


def add_domain_errors(form: forms.BaseForm, error: DomainError) -> None:
    """Show a service's refusal on the form: its message on top, details by field.

    Services validate with the same forms the views show, so a bound form often holds the very
    messages the service sends back: each is shown once, where it belongs."""
    if error.message not in form.non_field_errors():
        form.add_error(None, error.message)
    for item in error.errors:
        field = item.field if item.field in form.fields else None
        if item.message not in form.errors.get(field or "__all__", []):
            form.add_error(field, item.message)


def form_errors(form: forms.BaseForm) -> list[FieldError]:
    """A bound form's errors as the field errors a DomainError carries."""
    return [
        FieldError(name, str(message))
        for name, messages in form.errors.items()
        for message in messages
    ]


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Who (e-mail)"), required=False)
    action = forms.CharField(
        label=_("Action"), required=False, help_text=_("For example organisation. or cycle.update")
    )
    object_type = forms.CharField(label=_("Record type"), required=False)
    object_id = forms.CharField(label=_("Record id"), required=False)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


def handle_form(request: HttpRequest, form: forms.BaseForm, action: Callable[[], T]) -> T | None:
    """On a valid POST, run `action` and return its result. A refusal from the service lands on
    the form (message on top, details by field) and gives None, as does any other request."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return action()
    except DomainError as error:
        add_domain_errors(form, error)
        return None
    except IntegrityError as error:  # two requests at once: the database's constraint decided
        refusal = duplicate_error(error)
        if refusal is None:
            raise
        add_domain_errors(form, refusal)
        return None


MAX_ID = 2**31 - 1


def posted_version(request: HttpRequest) -> int | None:
    """The version a form was filled in against (hidden field `version`)."""
    return parse_id(request.POST.get("version"))


def parse_id(value: object) -> int | None:
    """A positive whole number from a query or form value, or None: ASCII digits only and
    small enough for a database id, so odd input is ignored rather than crashing."""
    text = str(value or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        return None
    number = int(text)
    return number if number <= MAX_ID else None


CONTROL = {chr(c) for c in range(32)} - {"\n", "\r", "\t"} | {"\x7f"}


def refuse_control_characters(form: forms.BaseForm) -> None:
    """Invisible control characters cannot go into documents: name the field, keep the text."""
    for name, value in list((form.cleaned_data or {}).items()):
        if isinstance(value, str) and CONTROL & set(value):
            form.add_error(name, _("Remove the invisible control characters from this text."))


def printable(text: str) -> str:
    """Text without control characters, for documents and charts made from older data."""
    return "".join(ch for ch in text if ch not in CONTROL)
