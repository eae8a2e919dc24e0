"""Notices about the pipeline: kept in the platform and sent by e-mail once the change is saved."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from partnerlab.accounts.models import User
from partnerlab.actors.models import Organisation, Representation
from partnerlab.funding.models import Funding, FundingNotice, NoticeKind


def representatives(organisation_ids: Iterable[int]) -> list[User]:
    ids = set(organisation_ids)
    users = Representation.objects.filter(organisation_id__in=ids, user__is_active=True)
    return [r.user for r in users.select_related("user").order_by("user_id")]


def partner_people(funding: Funding) -> list[User]:
    orgs = funding.partnership.partners.values_list("organisation_id", flat=True)
    return [u for u in representatives(orgs) if u.is_partner]


def donor_people(donor: Organisation) -> list[User]:
    return [u for u in representatives([donor.pk]) if u.is_donor]


def sentence(kind: str, *, donor: str, title: str) -> str:
    texts = {
        NoticeKind.ANSWERED: _("The partners of “%(title)s” answered %(donor)s's question."),
        NoticeKind.INTEREST: _("%(donor)s is interested in “%(title)s”."),
        NoticeKind.DECLINED: _("%(donor)s declined “%(title)s”."),
        NoticeKind.QUESTION: _("%(donor)s asked a question about “%(title)s”."),
        NoticeKind.PLEDGE: _("%(donor)s pledged support to “%(title)s”."),
        NoticeKind.INTRODUCED: _("%(donor)s was introduced to “%(title)s”."),
        NoticeKind.MATCHING: _(
            "“%(title)s”, a fundable proposal that matches the priorities of %(donor)s, is now "
            "in the pipeline."
        ),
    }
    return str(texts.get(kind, kind)) % {"donor": donor, "title": title}


def notify(
    users: Iterable[User], *, kind: str, funding: Funding, donor: Organisation, detail: str = ""
) -> list[FundingNotice]:
    """A notice for each person, and an e-mail each once the transaction commits."""
    people = [u for u in dict.fromkeys(users) if u.is_active]
    notices = FundingNotice.objects.bulk_create(
        [
            FundingNotice(user=u, kind=kind, funding=funding, donor=donor, detail=detail)
            for u in people
        ]
    )
    title = funding.partnership.title
    path = reverse("funding:proposal", args=[funding.partnership_id])
    text = sentence(kind, donor=donor.name, title=title)
    subject = _("Partnership Lab: %(what)s") % {"what": text}
    body = "\n\n".join(
        x for x in (text, detail, _("Read it on the platform: %(path)s") % {"path": path}) if x
    )
    addresses = [u.email for u in people if u.email]

    def send() -> None:
        for address in addresses:  # one message each: people do not see each other's address
            send_mail(subject, body, None, [address], fail_silently=True)

    transaction.on_commit(send)
    return notices


def unread(user: Any) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return FundingNotice.objects.filter(user=user, read_at=None).count()
