"""Load benchmark: 50 people for 5 minutes against a production `partnerlab serve`.

Run (one command):

    .venv/bin/python bench/load.py [--users 50] [--duration 300] [--database postgres|sqlite]

It prepares a database (PostgreSQL `partnerlab_load` on 127.0.0.1:5432 by default, or SQLite
under var/load/), migrates it and loads the demo plus the large cycle of `partnerlab demo
--scale 1` (500 organisations, 2,000 inputs, 200 ideas; about 5 minutes the first time, then
kept: `--fresh` rebuilds it), then refreshes the planner's statistics (VACUUM ANALYZE), as
after any bulk load. It starts `partnerlab serve` (DEBUG off, gunicorn, the task worker,
collected static files) on 127.0.0.1, and runs locust headless on loopback
(bench/locustfile.py): facilitators, partner representatives, donors and observers (10/25/8/7
of 50), each already signed in (a session made beforehand, as Django's login makes one: the
password hash is deliberately slow and is not what this measures), each opening a page or
calling the API every 1 to 5 seconds. The figures count from the moment every user has started
(locust's --reset-stats). It prints the median and 95th percentile of every kind of request
and the errors, marks the targets (no error; p95 <= 150 ms for workspace and list pages) met
or MISSED, and writes bench/results/load.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import secrets
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOME = ROOT / "var" / "load"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
TARGET_P95_MS = 150
# Who plays each role, each already signed in: a session made as Django's own login makes it
# (`force_login`), so the run measures pages and the API, not 50 password hashes at once.
PEOPLE = """
import json
from django.test import Client
from partnerlab.accounts.models import User
from partnerlab.partnerships.models import PartnershipPartner
cycle = "{cycle}"
partners = set(PartnershipPartner.objects.filter(partnership__cycle__slug=cycle)
    .values_list("organisation__representations__user__email", flat=True))
emails = {{
    "facilitator": ["facilitator@lab.example.org"],
    "partner": sorted(e for e in partners if e and User.objects.get(email=e).role == "partner"),
    "donor": ["donor@lab.example.org"],
    "observer": ["observer@lab.example.org"],
}}
def session(email):
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client.cookies["sessionid"].value
people = {{role: [[e, session(e)] for e in found] for role, found in emails.items()}}
print(json.dumps(people))
"""


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=int, default=300, help="seconds (default 300)")
    parser.add_argument("--spawn-rate", type=float, default=5, help="users started a second")
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--database-name", default="partnerlab_load", help="PostgreSQL only")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    parser.add_argument("--port", type=int, default=8190)
    parser.add_argument("--settle", type=int, default=30, help="seconds to wait after start")
    parser.add_argument("--workers", type=int, help="web processes (serve's default)")
    parser.add_argument("--threads", type=int, help="threads a process (serve's default)")
    return parser.parse_args()


def environment(args: argparse.Namespace) -> dict[str, str]:
    HOME.mkdir(parents=True, exist_ok=True)
    key_file = HOME / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
    if args.database == "postgres":
        url = f"postgres://postgres@127.0.0.1:5432/{args.database_name}"
    else:
        url = f"sqlite:///{HOME}/load.sqlite3"
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO")},
        "DEBUG": "false",
        "SECRET_KEY": key_file.read_text().strip(),
        "PARTNERLAB_HOME": str(HOME),
        "DATABASE_URL": url,
        "ALLOWED_HOSTS": "127.0.0.1",
        # Every user signs in from 127.0.0.1: no sign-in limit may refuse them.
        "LOGIN_RATE": "10000/m",
        "LOGIN_IP_RATE": "10000/m",
        "LOGIN_ACCOUNT_RATE": "10000/h",
        "LOG_LEVEL": "WARNING",
    }


def partnerlab(env: dict[str, str], *args: str, **kwargs: object) -> str:
    result = subprocess.run(
        [PYTHON, "-m", "partnerlab", *args],
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE,
        **kwargs,  # type: ignore[call-overload]
    )
    return str(result.stdout)


def prepare_database(args: argparse.Namespace, env: dict[str, str]) -> None:
    if args.database == "postgres":
        admin = ["-h", "127.0.0.1", "-U", "postgres"]
        if args.fresh:
            subprocess.run(["dropdb", *admin, "--if-exists", args.database_name], check=True)
        exists = subprocess.run(
            [
                "psql",
                *admin,
                "-d",
                "postgres",
                "-tAc",
                f"SELECT 1 FROM pg_database WHERE datname = '{args.database_name}'",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        if not exists:
            subprocess.run(["createdb", *admin, args.database_name], check=True)
    elif args.fresh:
        for suffix in ("", "-wal", "-shm"):
            (HOME / f"load.sqlite3{suffix}").unlink(missing_ok=True)
    started = time.monotonic()
    partnerlab(env, "migrate", "--no-input", "-v0")
    print(partnerlab(env, "demo", "--scale", str(args.scale)).splitlines()[-1])
    # After a bulk load, as PostgreSQL's documentation advises: fresh planner statistics and
    # no dead rows left by the loader's updates (autovacuum would get there, later).
    if args.database == "postgres":
        subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                args.database_name,
                "-qc",
                "VACUUM ANALYZE",
            ],
            check=True,
        )
    else:
        partnerlab(env, "dbshell", input="ANALYZE;\n")
    print(f"database ready in {time.monotonic() - started:.0f} s")


def start_server(args: argparse.Namespace, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [PYTHON, "-m", "partnerlab", "serve", "--port", str(args.port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    if args.threads:
        command += ["--threads", str(args.threads)]
    log = open(RESULTS / "load-server.log", "wb")  # noqa: SIM115
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"partnerlab serve stopped: see {log.name}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{args.port}/login/", timeout=5)
            return server
        except OSError:
            time.sleep(1)
    server.terminate()
    sys.exit("partnerlab serve did not answer within 5 minutes")


def run_locust(args: argparse.Namespace, env: dict[str, str], people: str, cycle: str) -> Path:
    prefix = HOME / "locust"
    subprocess.run(
        [
            PYTHON,
            "-m",
            "locust",
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--users",
            str(args.users),
            "--spawn-rate",
            str(args.spawn_rate),
            "--run-time",
            f"{args.duration}s",
            "--stop-timeout",
            "10",
            "--host",
            f"http://127.0.0.1:{args.port}",
            "--csv",
            str(prefix),
            "--only-summary",
            "--reset-stats",
            "--loglevel",
            "WARNING",
        ],
        env={**env, "LOAD_PEOPLE": people, "LOAD_CYCLE": cycle},
        check=False,
    )
    return Path(f"{prefix}_stats.csv")


def report(stats_file: Path, args: argparse.Namespace, load_before: float) -> dict[str, object]:
    rows = []
    with stats_file.open() as handle:
        for row in csv.DictReader(handle):
            if row["Name"] == "Aggregated":
                continue
            targeted = row["Name"].startswith(("workspace:", "list:"))
            p95 = float(row["95%"])
            failures = int(row["Failure Count"])
            rows.append(
                {
                    "name": row["Name"],
                    "method": row["Type"],
                    "requests": int(row["Request Count"]),
                    "errors": failures,
                    "p50_ms": float(row["50%"]),
                    "p95_ms": p95,
                    "target_p95_ms": TARGET_P95_MS if targeted else None,
                    "met": failures == 0 and (not targeted or p95 <= TARGET_P95_MS),
                }
            )
    rows.sort(key=lambda r: str(r["name"]))
    print(f"\n{'request':<34}{'n':>7}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}  target")
    for r in rows:
        target = f"p95 <= {TARGET_P95_MS}" if r["target_p95_ms"] else "no error"
        mark = "met" if r["met"] else "MISSED"
        print(
            f"{r['name']:<34}{r['requests']:>7}{r['errors']:>8}{r['p50_ms']:>9.0f}"
            f"{r['p95_ms']:>9.0f}  {target}: {mark}"
        )
    errors = sum(int(r["errors"]) for r in rows)  # type: ignore[call-overload]
    print(f"\nerrors: {errors} ({'met' if errors == 0 else 'MISSED'}: target 0)")
    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "conditions": {
            "users": args.users,
            "duration_s": args.duration,
            "spawn_rate": args.spawn_rate,
            "wait_between_requests_s": [1, 5],
            "database": args.database,
            "scale": args.scale,
            "workers": args.workers or "serve's default",
            "threads": args.threads or "serve's default",
            "cores": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg()[0],
            "python": platform.python_version(),
        },
        "errors": errors,
        "all_targets_met": all(r["met"] for r in rows),
        "requests": rows,
    }


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and everything it started (the web server)."""
    import psutil  # locust's own dependency

    root = psutil.Process(pid)
    total = 0.0
    for process in [root, *root.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def children_cpu() -> float:
    """CPU seconds of this script's finished children (locust, once it has ended)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    args = arguments()
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = environment(args)
    prepare_database(args, env)
    cycle = f"lab-large-x{args.scale}"
    people = partnerlab(env, "shell", "-c", PEOPLE.format(cycle=cycle)).strip().splitlines()[-1]
    load_before = os.getloadavg()[0]
    server = start_server(args, env)
    time.sleep(args.settle)  # each web process loads its models in the background first
    try:
        server_before, locust_before = tree_cpu(server.pid), children_cpu()
        stats = run_locust(args, env, people, cycle)
        cpu = {
            "server_s": round(tree_cpu(server.pid) - server_before, 1),
            "load_generator_s": round(children_cpu() - locust_before, 1),
        }
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=90)
    result = report(stats, args, load_before)
    result["cpu_seconds"] = cpu
    print(
        f"CPU used during the run: server {cpu['server_s']} s (web processes and worker), "
        f"locust {cpu['load_generator_s']} s"
    )
    (RESULTS / "load.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"written to {RESULTS / 'load.json'}")


if __name__ == "__main__":
    main()
