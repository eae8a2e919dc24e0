"""The navigation a person sees depends on their role."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    items: list[tuple[str, Any]] = []
    if user is not None and user.is_authenticated:
        items += [
            (reverse("core:home"), _("Home")),
            (reverse("actors:organisation_list"), _("Organisations")),
            (reverse("cycles:cycle_list"), _("Cycles")),
        ]
    items.append((reverse("reference:gcm_objectives"), _("GCM objectives")))
    if getattr(user, "is_facilitator", False):
        items += [
            (reverse("actors:people"), _("People")),
            (reverse("core:audit_log"), _("Audit log")),
        ]
    path = request.path
    nav = [
        {
            "url": url,
            "label": label,
            "current": path == url or (url != "/" and path.startswith(url)),
        }
        for url, label in items
    ]
    return {"nav_items": nav}
