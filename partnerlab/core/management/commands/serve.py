"""Run the task worker and the web server together, as `make run` does."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Start the background task worker and serve the platform (local use)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--no-worker", action="store_true", help="Do not start the task worker."
        )

    def handle(self, *args: Any, host: str, port: int, no_worker: bool, **options: Any) -> None:
        worker = None
        if not no_worker:
            worker = subprocess.Popen([sys.executable, "-m", "partnerlab", "db_worker"])
            self.stdout.write(f"Task worker started (pid {worker.pid}).")
        self.stdout.write(
            self.style.SUCCESS(
                f"Partnership Lab is serving on http://{host}:{port}/ — sign in with the demo "
                "logins printed above. Press Ctrl+C to stop."
            )
        )
        try:
            call_command("runserver", f"{host}:{port}", use_reloader=False, skip_checks=True)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
