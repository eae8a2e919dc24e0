"""The demo data for tests, loaded once per test session and restored for each later test.

Loading the demo goes through every service and runs theme discovery (about 20 s here); the
first test that asks for it loads it and keeps a backup (`partnerlab backup`), and every later
test restores that backup (about a second). Tests get the data committed (`flushable_db`), as
a live server and the task worker need.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerlab.core.backup import backup, restore
from partnerlab.demo.loader import LOGINS, DemoLogin, load_demo


@pytest.fixture(scope="session")
def demo_backup_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo") / "demo-backup.zip"


@pytest.fixture
def demo(flushable_db: None, demo_backup_path: Path) -> list[DemoLogin]:
    """The demo, committed. Load it before a browser starts: while Playwright's loop runs,
    Django keeps connections per context, and one opened then would outlive the test
    (PostgreSQL then refuses to drop the test database)."""
    if demo_backup_path.exists():
        restore(demo_backup_path, force=True)
        return list(LOGINS)
    logins = load_demo()
    backup(demo_backup_path)
    return logins
