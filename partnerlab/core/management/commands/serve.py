"""Serve the platform in production processes (gunicorn) with the task worker beside it."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from partnerlab.core.supervisor import Child, supervise


def warm_up() -> None:
    """Call every installed app's optional `warm_up()` (lower layers know nothing of them).

    Each web process runs it in the background when it imports `partnerlab.wsgi`."""
    for config in apps.get_app_configs():
        hook = getattr(config, "warm_up", None)
        if callable(hook):
            hook()


def static_sources_fingerprint() -> str:
    """Names, sizes and times of every static file the apps ship: a cheap change detector."""
    digest = hashlib.sha256()
    found = []
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            stat = os.stat(storage.path(path))
            found.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    for line in sorted(found):
        digest.update(line.encode())
    return digest.hexdigest()


def collect_static_if_changed() -> bool:
    """Collect (hash and compress) the static files unless they are collected from the same
    sources already: collecting takes about 20 seconds here, checking a fraction of one."""
    root = Path(settings.STATIC_ROOT)
    stamp = root / ".sources-fingerprint"
    fingerprint = static_sources_fingerprint()
    collected = (root / "staticfiles.json").exists() and stamp.exists()
    if collected and stamp.read_text() == fingerprint:
        return False
    call_command("collectstatic", interactive=False, verbosity=0)
    stamp.write_text(fingerprint)
    return True


def default_workers() -> int:
    """Twice the cores plus one, as gunicorn's documentation advises: a core is never idle while
    a process waits on the database."""
    return 2 * (os.cpu_count() or 1) + 1


class Command(BaseCommand):
    help = (
        "Serve the platform with gunicorn (several processes) and "
        "run the background task worker beside it; Ctrl+C or SIGTERM stops both."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            default=settings.SERVE_WORKERS or default_workers(),
            help="web processes (default: SERVE_WORKERS, else twice the cores + 1)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=settings.SERVE_THREADS,
            help="threads in each web process (default: SERVE_THREADS, else 1)",
        )
        parser.add_argument(
            "--no-worker", action="store_true", help="Do not start the task worker."
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="Do not collect the static files first, even if they changed.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["workers"] < 1 or options["threads"] < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        if not settings.DEBUG and not options["no_collectstatic"]:
            self._say("Collecting static files…")
            if not collect_static_if_changed():
                self._say("Static files are up to date.")
        host, port = options["host"], options["port"]
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        children = [
            Child(
                "Web server",
                [
                    *(sys.executable, "-m", "gunicorn"),
                    *("--config", "python:partnerlab.gunicorn_conf", "--bind", bind),
                    *("--workers", str(options["workers"])),
                    *("--threads", str(options["threads"])),
                ],
            )
        ]
        if not options["no_worker"]:
            command = [sys.executable, "-m", "partnerlab", "db_worker", "--no-reload"]
            children.append(Child("Task worker", command, restart=True))
        self._say(
            self.style.SUCCESS(
                f"Partnership Lab is serving on http://{bind}/ with {options['workers']} "
                f"web processes of {options['threads']} thread(s). Press Ctrl+C to stop."
            )
        )
        code = supervise(children, say=self._say, stop_timeout=35)
        if code:
            raise SystemExit(code)

    def _say(self, message: str) -> None:
        self.stdout.write(message)
        self.stdout.flush()
