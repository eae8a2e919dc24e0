"""Find themes at scale: the real job, timed step by step, on SQLite or PostgreSQL.

Run (one command; with 100,000 inputs, a couple of minutes plus creating the rows):

    .venv/bin/python bench/find_themes.py [--n 100000] [--seed 0] [--min-size 3]
    .venv/bin/python bench/find_themes.py --database-url postgres://postgres@127.0.0.1:5432/plab_bench_themes

It creates a fresh database (a SQLite file in a temporary directory by default; with
`--database-url postgres://…/NAME` it creates the database NAME, refusing one that exists, and
drops it at the end), migrates it, and creates a cycle with `--n` synthetic inputs
(`partnerlab.analysis.synthetic.generate`, written by the team: English, French and Spanish
answers on 34 planted topics, with noise) as rows written with bulk_create. Then a facilitator
starts discovery as the page does (`themes.services.start_discovery`) and the task worker
(`db_worker --batch`) runs the job: `themes.tasks.find_themes` inside `core.jobs.run_job`.

The time of each step is taken from the job's own progress reports (the time between the first
report of one step and the first report of the next): reading, embedding, grouping, tagging
(GCM suggestions for every input and every theme), saving. The total is the job's running time
(`started_at` to `finished_at`); the worker's run, start-up included, is printed beside it.
Target: the whole job within 120 s on this 2-core machine. The machine's load average before
and after is printed, since other work on the machine slows the job down.

Figures go to bench/results/find_themes.json, one entry per database (a run replaces the entry
of its own database and keeps the other).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "find_themes.json"
TARGET_S = 120.0
BULK_BATCH = 2000
# What each input holds before the job, so the check afterwards can tell "written" (even an
# empty list: no objective scored high enough to be shown) from "left alone".
NOT_YET = [{"number": 0, "score": 0, "evidence": ["not tagged yet"]}]


def log(message: str) -> None:
    print(message, flush=True)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


@contextmanager
def fresh_database(url: str | None) -> Iterator[str]:
    """A new, empty database for the run: its URL; removed afterwards."""
    if not url:
        with tempfile.TemporaryDirectory(prefix="plab-find-themes-") as tmp:
            yield f"sqlite:///{tmp}/bench.sqlite3"
        return
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        raise SystemExit("--database-url must be a postgres:// URL (SQLite is the default)")
    name = parts.path.lstrip("/")
    if not name or not name.replace("_", "").isalnum():
        raise SystemExit("--database-url must name a new database (letters, digits, _)")
    import psycopg

    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone():
            raise SystemExit(f"The database {name} exists: name a new one (it is dropped after).")
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault(
        "SECRET_KEY", "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz"
    )
    os.environ["DEBUG"] = "false"  # with DEBUG on, Django would keep every query in memory
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def synthetic_texts(n: int, seed: int) -> list[tuple[str, str]]:
    """n distinct (text, language) pairs from the team-written generator (topped up if the
    generator repeats itself, since a cycle holds each text once)."""
    from partnerlab.analysis.synthetic import generate
    from partnerlab.intake.models import content_hash

    seen: set[str] = set()
    rows: list[tuple[str, str]] = []
    extra_seed = seed
    while len(rows) < n:
        for answer in generate(n if not rows else max(1000, n - len(rows)), seed=extra_seed):
            key = content_hash(answer.text)
            if key not in seen and len(rows) < n:
                seen.add(key)
                rows.append((answer.text, answer.language))
        extra_seed += 1000
    return rows


def create_cycle(n: int, seed: int) -> tuple[Any, Any]:
    """A facilitator and a cycle holding n synthetic inputs (bulk_create)."""
    import datetime

    from partnerlab.accounts.models import Role, User
    from partnerlab.cycles.models import Cycle
    from partnerlab.intake.models import Input, content_hash

    facilitator = User.objects.create_user(
        "bench@lab.test", password=None, role=Role.FACILITATOR, full_name="Bench Facilitator"
    )
    cycle = Cycle.objects.create(
        name="Bench",
        slug="bench",
        year=2026,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
    )
    Input.objects.bulk_create(
        (
            Input(
                cycle=cycle,
                text=text,
                language=language,
                content_hash=content_hash(text),
                gcm_suggestions=NOT_YET,
            )
            for text, language in synthetic_texts(n, seed)
        ),
        batch_size=BULK_BATCH,
    )
    return facilitator, cycle


@contextmanager
def recorded_progress() -> Iterator[list[tuple[float, int, str]]]:
    """Every progress report of the job, timed: (seconds, percent, message)."""
    from partnerlab.core import jobs

    reports: list[tuple[float, int, str]] = []
    original = jobs.report

    def timed(job_id: int, percent: int, message: str = "") -> None:
        reports.append((time.perf_counter(), percent, message))
        original(job_id, percent, message)

    jobs.report = timed  # run_job looks `report` up in its module at each call
    try:
        yield reports
    finally:
        jobs.report = original


def step_times(reports: list[tuple[float, int, str]], end: float) -> list[dict[str, Any]]:
    """Seconds from the first report of each step to the first report of the next."""
    firsts: list[tuple[float, str, int]] = []
    for at, percent, message in reports:
        if not firsts or firsts[-1][1] != message:
            firsts.append((at, message, percent))
    steps = []
    for i, (at, message, percent) in enumerate(firsts):
        until = firsts[i + 1][0] if i + 1 < len(firsts) else end
        steps.append({"step": message, "from_percent": percent, "seconds": round(until - at, 2)})
    return steps


def run_job(facilitator: Any, cycle: Any, min_size: int) -> dict[str, Any]:
    """Start discovery as the page does and let the task worker run it; what it took."""
    from django.core.management import call_command

    from partnerlab.core.models import Job
    from partnerlab.themes.services import start_discovery

    # In autocommit mode the job is queued at once (enqueue waits for the commit).
    job = start_discovery(by=facilitator, cycle=cycle, min_size=min_size)
    with recorded_progress() as reports:
        started = time.perf_counter()
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
        worker_s = time.perf_counter() - started
    job = Job.objects.get(pk=job.pk)
    if job.status != "done":
        raise SystemExit(f"The job ended {job.status}: {job.error}")
    assert job.started_at and job.finished_at
    return {
        "job_s": round((job.finished_at - job.started_at).total_seconds(), 2),
        "worker_s": round(worker_s, 2),
        "steps": step_times(reports, end=started + worker_s),
        "progress": [[round(at - started, 2), p, m] for at, p, m in reports],
        "result": job.result,
    }


def check_saved(cycle: Any, run: dict[str, Any]) -> dict[str, int]:
    """What the job left in the database: the map, its assignments, suggestions per input."""
    from partnerlab.themes.models import ThemeAssignment, ThemeMap

    theme_map = ThemeMap.objects.get(pk=run["result"]["theme_map"])
    inputs = cycle.inputs.all()
    return {
        "inputs": inputs.count(),
        "inputs_tagged": inputs.count() - inputs.filter(gcm_suggestions=NOT_YET).count(),
        "inputs_with_suggestions_shown": inputs.exclude(gcm_suggestions=[])
        .exclude(gcm_suggestions=NOT_YET)
        .count(),
        "themes": theme_map.themes.count(),
        "assignments": ThemeAssignment.objects.filter(theme__theme_map=theme_map).count(),
    }


def table(entry: dict[str, Any]) -> str:
    run = entry["run"]
    lines = [
        f"Find themes, {entry['n']:,} inputs, {entry['database']} "
        f"(load average {entry['load_before']} before, {entry['load_after']} after)",
    ]
    for step in run["steps"]:
        lines.append(f"  {step['step']:<34} {step['seconds']:>8.2f} s")
    lines.append(f"  {'total (job started to finished)':<34} {run['job_s']:>8.2f} s")
    lines.append(f"  {'worker run, start-up included':<34} {run['worker_s']:>8.2f} s")
    saved = entry["saved"]
    lines.append(
        f"  saved: {saved['themes']} themes, {saved['assignments']:,} assignments; GCM "
        f"suggestions written for {saved['inputs_tagged']:,} of {saved['inputs']:,} inputs "
        f"({saved['inputs_with_suggestions_shown']:,} with at least one scoring high enough "
        "to be shown)"
    )
    verdict = "MET" if entry["target_met"] else "MISSED"
    lines.append(f"  target: whole job <= {TARGET_S:.0f} s: {verdict} ({run['job_s']:.1f} s)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=100_000, help="inputs (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-size", type=int, default=3, help="the page's default: 3")
    parser.add_argument("--database-url", help="postgres://…/NEWDB (default: a SQLite file)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    with fresh_database(args.database_url) as url:
        setup_django(url)
        from django.core.management import call_command
        from django.db import connection

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        facilitator, cycle = create_cycle(args.n, args.seed)
        log(f"{args.n:,} inputs created in {time.perf_counter() - started:.1f} s")
        load_before = load_average()
        run = run_job(facilitator, cycle, args.min_size)
        load_after = load_average()
        entry = {
            "database": connection.vendor,
            "n": args.n,
            "seed": args.seed,
            "min_size": args.min_size,
            "data": "partnerlab.analysis.synthetic.generate (written by the team)",
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
            "load_before": load_before,
            "load_after": load_after,
            "run": run,
            "saved": check_saved(cycle, run),
            "target_s": TARGET_S,
            "target_met": run["job_s"] <= TARGET_S,
            "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        }
    log(table(entry))
    results = json.loads(args.output.read_text()) if args.output.exists() else {}
    results[entry["database"]] = entry
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, default=str) + "\n")
    log(f"(figures in {args.output})")


if __name__ == "__main__":
    main()
