"""Run the web server and the task worker side by side, as one service.

Each child runs in its own session, so Ctrl+C in a terminal reaches only the supervisor, which
then stops every child the same way a service manager's SIGTERM does: gracefully, then by force
after a timeout. A child marked `restart` (the task worker) is started again if it dies; if any
other child stops, everything stops and the supervisor exits with an error, so that a service
manager can restart the whole.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

POLL_SECONDS = 0.5
RESTART_PAUSE_SECONDS = 2.0


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the child gets SIGTERM if the supervisor itself is killed (even by SIGKILL)."""
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


@dataclass
class Child:
    name: str
    argv: list[str]
    restart: bool = False
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.argv,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def exit_code(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def stop(self, timeout: float) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def supervise(children: list[Child], *, say: Callable[[str], None], stop_timeout: float) -> int:
    """Start the children and watch them until a signal or a failure; returns the exit code."""
    stopping = threading.Event()
    previous = {
        signum: signal.signal(signum, lambda *_: stopping.set())
        for signum in (signal.SIGTERM, signal.SIGINT)
    }
    exit_code = 0
    try:
        for child in children:
            child.start()
            say(f"{child.name} started (pid {child.pid}).")
        while not stopping.wait(POLL_SECONDS):
            for child in children:
                code = child.exit_code()
                if code is None:
                    continue
                if child.restart:
                    say(f"{child.name} stopped (exit code {code}); starting it again.")
                    time.sleep(RESTART_PAUSE_SECONDS)
                    child.start()
                else:
                    say(f"{child.name} stopped (exit code {code}); stopping everything.")
                    exit_code = code or 1
                    stopping.set()
                    break
    finally:
        say("Stopping…")
        for child in reversed(children):
            child.stop(stop_timeout)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return exit_code
