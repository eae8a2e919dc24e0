"""Signals for domains built on partnership ideas (proposals clear sign-offs on changes)."""

from django.dispatch import Signal

# Sent inside the writing transaction after any element of an idea changed.
# Arguments: partnership, section (a stage value, "partners", "workplan" or "").
element_changed = Signal()
