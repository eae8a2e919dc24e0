"""Run the task worker and the web server together, as `make run` does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


def warm_up() -> None:
    """Call every installed app's optional `warm_up()` (lower layers know nothing of them)."""
    for config in apps.get_app_configs():
        hook = getattr(config, "warm_up", None)
        if callable(hook):
            hook()


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
            # Its own process group: stopping it stops its reloader child too.
            worker = subprocess.Popen(
                [sys.executable, "-m", "partnerlab", "db_worker"], start_new_session=True
            )
            self.stdout.write(f"Task worker started (pid {worker.pid}).")
        # Apps may load heavy things (models, PDF engine) while the first page is requested.
        threading.Thread(target=warm_up, daemon=True).start()
        # Stopped by a service manager (SIGTERM): shut down as on Ctrl+C, worker included.
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
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
                os.killpg(worker.pid, signal.SIGTERM)
                worker.wait(timeout=10)
