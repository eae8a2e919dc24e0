"""`{% field_row field %}`: a form field with its label, help and errors, as `_field.html`
writes it, drawn in Python (an include costs a page ~0.5 ms a field; stage pages have 20)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

REQUIRED = ' <span class="required" aria-hidden="true">*</span>'


def _text(value: Any) -> str:
    return str(conditional_escape(value))


@register.simple_tag
def field_row(field: Any) -> SafeString:
    """The markup of `templates/_field.html` for `field` (a test compares the two)."""
    errors = field.errors
    target = _text(field.id_for_label)
    required = REQUIRED if field.field.required else ""
    help_text = (
        f'<p class="help" id="{target}-help">{_text(field.help_text)}</p>'
        if field.help_text
        else ""
    )
    shown = "".join(f'<p class="error" role="alert">{_text(e)}</p>' for e in errors)
    return mark_safe(
        f'<div class="field{" has-error" if errors else ""}">\n'
        f'  <label for="{target}">{_text(field.label)}{required}</label>\n'
        f"  {field}\n"
        f"  {help_text}\n"
        f"  {shown}\n"
        "</div>\n"
    )
