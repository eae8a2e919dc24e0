"""`{{ revision.by|person_name }}` and `{% with who=event.actor|person_for:user %}` in templates:
the same rendering of a person as the API's (see partnerlab.actors.people)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

from partnerlab.actors import people

register = template.Library()


@register.filter
def person_name(person: Any) -> str:
    """The person's name (never the e-mail address); "the system" for work done by none."""
    return _("the system") if person is None else str(person.display_name)


@register.filter
def person_for(person: Any, viewer: Any) -> dict[str, Any] | None:
    return people.person_for(viewer, person)
