"""Django's form renderer, with select lists and checkbox or radio lists drawn in Python.

Django renders every <option> and every checkbox through two template includes: about a
millisecond each here, so a list of 500 organisations or of 300 inputs to cite cost a page
more than everything else together. These two widgets are drawn here with exactly the markup
of Django's templates (a test compares both); every other widget keeps its template.
"""

from __future__ import annotations

from typing import Any

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
    value = "" if option["value"] is None else f' value="{_text(option["value"])}"'
    field = (
        f'<input type="{_text(option["type"])}" name="{_text(option["name"])}"{value}'
        f"{attributes(option['attrs'])}>\n"
    )
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


class FastChoicesRenderer(DjangoTemplates):
    def render(
        self, template_name: str, context: dict[str, Any], request: Any = None
    ) -> SafeString:
        widget = context.get("widget")
        if widget is not None:
            if template_name == SELECT and _standard_options(widget, {SELECT_OPTION}):
                return mark_safe(_select(widget))
            if template_name == MULTIPLE_INPUT and _standard_options(widget, INPUT_OPTIONS):
                return mark_safe(_multiple_input(widget))
        return super().render(template_name, context, request)
