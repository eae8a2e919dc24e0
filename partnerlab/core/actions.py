"""Every audited action described for people, in one place: the audit log, the theme map's
history and each idea's history read the same words ("Cause added", "Theme “Fair recruitment”
published as an area of common interest"), never codes like `theme_map.publish`.

An action code is `<record>.<verb>` (`organisation.update`) or, for the elements of an idea,
`partnership.<element>.<verb>`. Most read well as "<kind of record> <verb>"; the others have a
sentence of their own below. A domain whose records core cannot name (the elements of an idea)
registers a namer for its prefix when it starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.apps import apps
from django.utils.functional import Promise
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from partnerlab.core.formatting import human_dates

VERBS: dict[str, Promise] = {
    "create": _("added"),
    "update": _("changed"),
    "delete": _("removed"),
    "forward": _("moved to the next stage"),
    "back": _("went back a stage"),
    "publish": pgettext_lazy("history of an idea", "published"),
    "unpublish": _("publication withdrawn"),
    "import": _("imported"),
    "revoke": _("revoked"),
    "accept": _("accepted"),
    "open": _("opened"),
    "close": _("closed"),
}

# Sentences for actions that "<kind> <verb>" would not say well. Placeholders come from the
# record's name (`object`) and the details stored with the action; a missing one reads "…".
SENTENCES: dict[str, Promise] = {
    "theme_map.start": _("Finding themes started"),
    "theme_map.discover": _(
        "%(themes)s themes found in %(inputs)s inputs: a new version of the map"
    ),
    "theme_map.rename": _("Theme “%(before)s” renamed “%(label)s”"),
    "theme_map.merge": _("Themes merged: %(labels)s"),
    "theme_map.split": _("Theme “%(label)s” split in two"),
    "theme_map.drop": _("Theme “%(label)s” dropped"),
    "theme_map.restore": _("Theme “%(label)s” restored"),
    "theme_map.move": _("An input moved from “%(from_label)s” to “%(to_label)s”"),
    "theme_map.publish": _("Theme “%(label)s” published as the area of common interest “%(name)s”"),
    "theme_map.carry_over": _(
        "Curation carried over from version %(from_version)s: %(carried)s themes carried, "
        "%(not_carried)s could not be"
    ),
    "common_area.publish": _("Area of common interest “%(object)s” published"),
    "common_area.carry_over": _(
        "Area of common interest “%(object)s” now follows the theme “%(label)s” of version "
        "%(version)s"
    ),
    "organisation.import": _("Organisations imported from a file"),
    "input.import": _("Consultation input imported from a file"),
    "survey.answer": _("A survey answer received"),
    "survey_link.open": _("Survey link opened"),
    "survey_link.close": _("Survey link closed"),
    "invitation.create": _("%(object)s invited"),
    "invitation.accept": _("Invitation accepted by %(object)s"),
    "invitation.revoke": _("Invitation of %(object)s revoked"),
    "invitation.organisations": _("Organisations of the invitation of %(object)s changed"),
    "representation.create": _("Now speaks for an organisation: %(object)s"),
    "user.create": _("Account of %(object)s created"),
    "user.role": _("Role of %(object)s changed"),
    "user.password.reset": _("Password of %(object)s reset"),
    "user.password.change": _("Password of %(object)s changed"),
    "interest.create": _("Interest expressed: %(object)s"),
    "interest.update": _("Interest changed: %(object)s"),
    "interest.delete": _("Interest withdrawn: %(object)s"),
    "group.create": _("Small group “%(object)s” formed"),
    "proposal.update": _("Proposal statements changed"),
    "proposal.sign_off": _("“%(element)s” signed off for %(object)s"),
    "proposal.sign_off_cleared": _("Sign-off of “%(element)s” for %(object)s cleared by a change"),
    "proposal.typology": _("Type of partnership set"),
}

# When an older record lacks what a sentence names (records written before it kept the labels).
WITHOUT_DETAILS: dict[str, Promise] = {
    "theme_map.restore": _("A theme restored"),
    "theme_map.move": _("An input moved to another theme"),
    "theme_map.publish": _("A theme published as an area of common interest"),
}

Namer = Callable[[str], str | None]
Reader = Callable[[dict[str, Any]], dict[str, Any]]
_NAMERS: dict[str, Namer] = {}
_READERS: dict[str, Reader] = {}


def register(prefix: str, *, namer: Namer | None = None, reader: Reader | None = None) -> None:
    """For codes starting with `prefix`: `namer(code)` names the kind of record (or None), and
    `reader(details)` turns stored codes into words (an element code into its name)."""
    if namer is not None:
        _NAMERS[prefix] = namer
    if reader is not None:
        _READERS[prefix] = reader


class _Details(dict[str, str]):
    missing = False

    def __missing__(self, key: str) -> str:
        self.missing = True
        return "…"


def _kind(code: str, object_type: str) -> str:
    for prefix, namer in _NAMERS.items():
        if code.startswith(prefix) and (name := namer(code)):
            return name
    try:
        return str(apps.get_model(object_type)._meta.verbose_name) if object_type else ""
    except (LookupError, ValueError):
        return ""


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(f"“{_shown(v)}”" for v in value)
    return Truncator(human_dates(str(value))).chars(80)


def describe(
    action: str,
    *,
    object_type: str = "",
    object_repr: str = "",
    details: Mapping[str, Any] | None = None,
) -> str:
    """The action in words, naming the record (`object_repr`) when given."""
    stored = dict(details or {})
    for prefix, reader in _READERS.items():
        if action.startswith(prefix):
            stored = reader(stored)
    values = _Details({k: _shown(v) for k, v in stored.items() if v not in (None, "")})
    if object_repr:
        values["object"] = _shown(object_repr)
    if action in SENTENCES:
        sentence = str(SENTENCES[action]) % values
        return (
            str(WITHOUT_DETAILS[action])
            if values.missing and action in WITHOUT_DETAILS
            else sentence
        )
    verb = action.rsplit(".", 1)[-1]
    kind = _kind(action, object_type) or action.split(".", 1)[0].replace("_", " ")
    text = f"{kind[:1].upper()}{kind[1:]} {VERBS.get(verb, verb.replace('_', ' '))}"
    return f"{text}: «{values['object']}»" if object_repr else text
