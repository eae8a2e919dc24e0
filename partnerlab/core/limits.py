"""Rate limits shared by sign-in, password resets, the public survey link and the API.

Counts live in the cache through django-ratelimit, so they hold across web processes that
share it. A limit names its counter, the setting that holds its rate (read on each request, so
the environment decides) and what it counts by. `exceeded` counts a request against several
limits, narrowest first, and stops at the first one that is over: attempts refused by a narrow
limit (one address from one IP) then do not use up a wider one (the whole account), so nobody
can lock an owner out from their own address cheaply.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_ratelimit.core import get_usage

from partnerlab.core.errors import DomainError

Key = str | Callable[[str, HttpRequest], str]


class RateLimited(DomainError):
    """Too many requests: try again after `retry_after` seconds."""

    code = "rate_limited"
    status = 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


@dataclass(frozen=True)
class Limit:
    group: str  # the counter's name
    rate_setting: str  # the setting holding a rate such as 10/m
    key: Key  # "ip", "user", or a function (group, request) -> value


def client_ip(request: HttpRequest) -> str:
    """The client's address: from `CLIENT_IP_HEADER` behind a proxy, else REMOTE_ADDR.

    A forwarded list ("client, proxy") counts by its last entry, the one our own proxy added:
    the others are whatever the client chose to send. Anything that is not an address falls
    back to REMOTE_ADDR rather than failing the request.
    """
    header = getattr(settings, "CLIENT_IP_HEADER", "REMOTE_ADDR")
    forwarded = str(request.META.get(header, "")).split(",")[-1].strip()
    for candidate in (forwarded, str(request.META.get("REMOTE_ADDR", ""))):
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return "0.0.0.0"


def exceeded(request: HttpRequest, limits: Sequence[Limit]) -> int | None:
    """Count this request against each limit in turn; the seconds to wait if one is over."""
    for limit in limits:
        usage = get_usage(
            request,
            group=limit.group,
            key=limit.key,
            rate=str(getattr(settings, limit.rate_setting)),
            increment=True,
        )
        if usage is not None and usage["should_limit"]:
            return max(1, int(usage["time_left"]))
    return None


def enforce(request: HttpRequest, limits: Sequence[Limit], message: str = "") -> None:
    """Raise RateLimited when this request goes over one of the limits (API endpoints)."""
    wait = exceeded(request, limits)
    if wait is not None:
        raise RateLimited(message or _("Too many requests. Try again later."), retry_after=wait)


def wait_in_words(seconds: int) -> str:
    if seconds < 90:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = -(-seconds // 60)
    return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}


def too_many(
    request: HttpRequest, template: str, context: dict[str, object], retry_after: int
) -> HttpResponse:
    """A page that says when to try again (429), with the Retry-After header."""
    response = render(
        request,
        template,
        {**context, "retry_after": retry_after, "wait": wait_in_words(retry_after)},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response
