"""`partnerlab serve` runs gunicorn and the task worker together, serves pages and collected
static files, restarts a dead worker and stops everything on SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

PORT = 8150
PRODUCTION_KEY = "serve-test-secret-key-" + "abcdefghijklmnopqrstuvwxyz0123456789"


def _environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": PRODUCTION_KEY,
        "PARTNERLAB_HOME": str(home),
        "DATABASE_URL": f"sqlite:///{home}/var/serve.sqlite3",
        "SERVE_WORKERS": "2",
        "SERVE_THREADS": "2",
    }


def _get(path: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def _wait_until_serving(server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 180  # collecting static files takes ~20 s on a busy machine
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stdout.read() if server.stdout else ""
        try:
            _get("/login/")
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail("partnerlab serve did not answer in time")


def _command_line(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())
    except psutil.Error:  # gone, or a zombie not yet reaped by the supervisor
        return ""


def _children(pid: int) -> list[psutil.Process]:
    return [p for p in psutil.Process(pid).children(recursive=True) if _command_line(p)]


def _worker_pids(pid: int) -> set[int]:
    return {p.pid for p in _children(pid) if "db_worker" in _command_line(p)}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    env = _environment(tmp_path)
    migrate = [sys.executable, "-m", "partnerlab", "migrate", "--no-input", "-v0"]
    subprocess.run(migrate, env=env, check=True, timeout=300)
    command = [sys.executable, "-m", "partnerlab", "serve", "--port", str(PORT)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        _wait_until_serving(process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serve_runs_gunicorn_and_the_worker_then_stops_both(server) -> None:
    status, headers, body = _get("/login/")
    assert status == 200 and "script-src 'self'" in headers["Content-Security-Policy"]
    stylesheet = re.search(rb'href="(/static/partnerlab/app\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, "the page links the hashed, collected stylesheet"
    status, headers, css = _get(stylesheet.group(1).decode())
    assert status == 200 and b".htmx-indicator" in css
    assert (
        "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
    )

    children = _children(server.pid)
    gunicorn = [p for p in children if "gunicorn" in _command_line(p)]
    assert len(gunicorn) == 3  # the master and two worker processes (SERVE_WORKERS=2)
    (worker,) = _worker_pids(server.pid)

    # A task worker that dies is started again.
    os.kill(worker, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (_worker_pids(server.pid) - {worker}):
        time.sleep(0.5)
    assert _worker_pids(server.pid) - {worker}, "the task worker was not restarted"

    children = _children(server.pid)
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=60) == 0
    _gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, [p.cmdline() for p in alive]
    with pytest.raises(OSError):
        _get("/login/")


def test_warm_up_compiles_every_template_of_ours_before_the_first_request() -> None:
    """A web process's first page otherwise compiles its templates on the request (the audit
    log took about 1 s instead of 30 ms)."""
    from django.apps import apps
    from django.template import engines

    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    assert "core/audit_log.html" not in loader.get_template_cache
    apps.get_app_config("core").warm_up()  # type: ignore[attr-defined]
    cached = set(loader.get_template_cache)
    package = Path(__file__).resolve().parents[2]
    ours = {
        path.relative_to(folder).as_posix()
        for folder in package.glob("**/templates")
        for path in folder.rglob("*.html")
    }
    assert len(ours) > 80
    assert ours - cached == set()
