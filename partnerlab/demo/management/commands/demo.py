from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from partnerlab.accounts.models import User
from partnerlab.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo cycle into the database (safe to run again) and print demo logins."

    def handle(self, *args: Any, **options: Any) -> None:
        logins = load_demo()
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
