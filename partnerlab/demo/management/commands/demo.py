from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from partnerlab.accounts.models import User
from partnerlab.demo.loader import DEMO_PASSWORD, load_demo
from partnerlab.demo.scale import load_scale


class Command(BaseCommand):
    help = "Load the demo cycle into the database (safe to run again) and print demo logins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            help=(
                "also load a large cycle for load tests: N × (500 organisations, 2,000 inputs, "
                "200 partnership ideas); takes a few minutes"
            ),
        )

    def handle(self, *args: Any, scale: int, **options: Any) -> None:
        if scale < 0:
            raise CommandError("--scale must be 0 or more.")
        logins = load_demo()
        if scale:
            started = time.monotonic()
            facilitator = User.objects.get(email=logins[0].email)
            cycle = load_scale(by=facilitator, scale=scale, password=DEMO_PASSWORD)
            self.stdout.write(
                f"The large cycle {cycle.name!r} (/cycles/{cycle.slug}/) is loaded "
                f"({time.monotonic() - started:.0f} s)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data is loaded. Demo logins (password for all: {DEMO_PASSWORD}):"
            )
        )
        for login in logins:
            speaks_for = f" — {', '.join(login.organisations)}" if login.organisations else ""
            self.stdout.write(f"  {login.role:<12} {login.email:<30} {login.full_name}{speaks_for}")
        others = User.objects.filter(email__endswith="@partners.example.org").count()
        if others:
            self.stdout.write(
                f"  and {others} more partner representatives (…@partners.example.org, same "
                "password) who signed the demo proposals."
            )
        donors = User.objects.filter(email__endswith="@donors.example.org").count()
        if donors:
            self.stdout.write(
                f"  and {donors} more donor representatives (…@donors.example.org, same password) "
                "who recorded priorities, asked, pledged or declined."
            )
