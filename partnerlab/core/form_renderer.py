"""Django's form renderer, with select lists and checkbox or radio lists drawn in Python.

Django renders every <option> and every checkbox through two template includes: about a
millisecond each here, so a list of 500 organisations or of 300 inputs to cite cost a page
more than everything else together. These two widgets are drawn here with exactly the markup
of Django's templates (a test compares both); every other widget keeps its template.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

SELECT = "django/forms/widgets/select.html"
MULTIPLE_INPUT = "django/forms/widgets/multiple_input.html"
SELECT_OPTION = "django/forms/widgets/select_option.html"
INPUT_OPTIONS = {
    "django/forms/widgets/checkbox_option.html",
    "django/forms/widgets/radio_option.html",
}


def _text(value: Any) -> str:
    return str(conditional_escape(str(value)))


def attributes(attrs: dict[str, Any]) -> str:
    """As django/forms/widgets/attrs.html: `name` for True, nothing for False."""
    return "".join(
        f" {name}" if value is True else f' {name}="{_text(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _option(option: dict[str, Any]) -> str:
    value, label = _text(option["value"]), _text(option["label"])
    return f'<option value="{value}"{attributes(option["attrs"])}>{label}</option>\n'


def _input(option: dict[str, Any]) -> str:
    field = _plain_input(option)
    if not option["wrap_label"]:
        return field + "\n"
    target = option["attrs"].get("id")
    label_for = f' for="{_text(target)}"' if target else ""
    return f"<label{label_for}>{field} {_text(option['label'])}</label>\n"


def _grouped(widget: dict[str, Any], start: str, end: str, item: Any) -> str:
    """The options, each group between `start` (with {label}) and `end`, then the end tag."""
    parts = []
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(start.format(label=_text(group)))
        parts += [item(option) for option in options]
        if group:
            parts.append(end)
    return "".join(parts)


def _select(widget: dict[str, Any]) -> str:
    options = _grouped(
        widget, '\n  <optgroup label="{label}">', "\n  </optgroup>", lambda o: f"\n  {_option(o)}"
    )
    return (
        f'<select name="{_text(widget["name"])}"{attributes(widget["attrs"])}>{options}\n</select>'
    )


def _multiple_input(widget: dict[str, Any]) -> str:
    target = widget["attrs"].get("id")
    css = widget["attrs"].get("class")
    options = _grouped(
        widget,
        "\n  <div><label>{label}</label>",
        "\n  </div>",
        lambda o: f"<div>\n    {_input(o)}</div>",
    )
    identity = (f' id="{_text(target)}"' if target else "") + (
        f' class="{_text(css)}"' if css else ""
    )
    return f"<div{identity}>{options}\n</div>"


def _standard_options(widget: dict[str, Any], names: set[str]) -> bool:
    return all(
        o["template_name"] in names for _g, options, _i in widget["optgroups"] for o in options
    )


# Django's templates that only include input.html.
INPUT = "django/forms/widgets/input.html"
INPUT_KINDS = {
    f"django/forms/widgets/{kind}.html"
    for kind in (
        "checkbox", "color", "date", "datetime", "email", "hidden", "number", "password",
        "search", "tel", "text", "time", "url",
    )
}  # fmt: skip
TEXTAREA = "django/forms/widgets/textarea.html"


def _plain_input(widget: dict[str, Any]) -> str:
    """As input.html."""
    value = widget["value"]
    shown = "" if value is None else f' value="{_text(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{shown}'
        f"{attributes(widget['attrs'])}>\n"
    )


def _textarea(widget: dict[str, Any]) -> str:
    """As textarea.html."""
    value = _text(widget["value"]) if widget["value"] else ""
    start = f'<textarea name="{_text(widget["name"])}"{attributes(widget["attrs"])}>'
    return f"{start}\n{value}</textarea>\n"


class FastChoicesRenderer(DjangoTemplates):
    """Django's renderer, drawing its most used widgets in Python with the same markup."""

    def render(
        self, template_name: str, context: dict[str, Any], request: Any = None
    ) -> SafeString:
        widget = context.get("widget")
        if widget is not None:
            if template_name == SELECT and _standard_options(widget, {SELECT_OPTION}):
                return mark_safe(_select(widget))
            if template_name == MULTIPLE_INPUT and _standard_options(widget, INPUT_OPTIONS):
                return mark_safe(_multiple_input(widget))
            # Django's renderer strips what a template draws.
            if template_name in INPUT_KINDS or template_name == INPUT:
                return mark_safe(_plain_input(widget).strip())
            if template_name == TEXTAREA:
                return mark_safe(_textarea(widget).strip())
        return super().render(template_name, context, request)


# Options of long lists, drawn once per list in this process (a few lists: the directory and
# the countries in each language); kept small so an edited directory does not pile up copies.
_DRAWN: dict[tuple[tuple[str, str], ...], str] = {}
_DRAWN_AT_MOST = 16


class _ListOptions:
    """A select over a long list of plain (value, label) choices that rarely changes: the
    directory of organisations, the countries. Django draws every option on every page (500
    organisations cost a page 15 ms); here the options are drawn once per list and each page
    only marks the selected ones. The markup is Django's (a test compares them)."""

    choices: Any
    attrs: dict[str, Any]
    allow_multiple_selected: bool
    format_value: Any
    build_attrs: Any

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        choices = tuple((str(v), str(label)) for v, label in self.choices)
        options = _DRAWN.get(choices)
        if options is None:
            if len(_DRAWN) >= _DRAWN_AT_MOST:
                _DRAWN.clear()
            plain = ({"value": v, "label": label, "attrs": {}} for v, label in choices)
            options = _DRAWN[choices] = "".join(f"\n  {_option(o)}" for o in plain)
        for chosen in self.format_value(value):
            start = f'<option value="{_text(chosen)}">'
            options = options.replace(start, start[:-1] + " selected>", 1)
        final = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            final["multiple"] = True
        return mark_safe(f'<select name="{_text(name)}"{attributes(final)}>{options}\n</select>')


class ListSelect(_ListOptions, forms.Select):
    pass


class ListSelectMultiple(_ListOptions, forms.SelectMultiple):
    pass
