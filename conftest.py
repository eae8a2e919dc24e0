"""Fixtures shared by every test: the cast of personas and signed-in clients."""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import translation

from partnerlab.testing.personas import Cast, make_cast

SQLITE_TEST_FILE = os.path.join(tempfile.gettempdir(), f"partnerlab-test-{os.getpid()}.sqlite3")
# The demo data (`demo`) and a real browser (`page`, `problems`), for any test that asks.
pytest_plugins = ["partnerlab.testing.demo", "partnerlab.testing.browser"]


def pytest_configure(config: pytest.Config) -> None:
    # Tests use an in-process cache so that tests without a database need none; the
    # database cache table itself is checked in core's migration test.
    from django.conf import settings

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # A fast hasher: every test creates several people.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Static files straight from the apps, as with DEBUG on: tests run without collectstatic
    # (the production storage and `serve` are tested in a real server process).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    # On SQLite, test in a database file as the server runs (WAL, IMMEDIATE transactions): an
    # in-memory test database is shared-cache, where a second writer fails at once with "table
    # is locked" instead of waiting, so concurrent requests could not be tested as they run.
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = SQLITE_TEST_FILE


def pytest_unconfigure(config: pytest.Config) -> None:
    # Django removes the test database file; WAL mode leaves its two companions behind.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(SQLITE_TEST_FILE + suffix)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    # The login rate limit lives in the cache; each test starts with a clean slate.
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    # A page requested in French leaves French active in this thread (the test client runs
    # in-process): each test starts in the default language, whatever ran before it.
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def cast(db: None) -> Cast:
    return make_cast()


@pytest.fixture
def client_for(cast: Cast):  # type: ignore[no-untyped-def]
    """`client_for(cast.ghana)` gives a test client signed in as that person."""

    def make(user):  # type: ignore[no-untyped-def]
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def flushable_db(transactional_db: None) -> Iterator[None]:
    """`transactional_db` for tests whose data is committed (live server, task worker).

    Afterwards Django empties the tables with DELETE on SQLite, which the append-only audit
    triggers refuse; so empty the audit table first with the triggers lifted meanwhile.
    PostgreSQL empties tables with TRUNCATE, which its row triggers do not see.
    """
    yield
    if connection.vendor == "sqlite":
        triggers = importlib.import_module(
            "partnerlab.core.migrations.0002_append_only_audit_and_cache"
        )
        with connection.cursor() as cursor:
            for sql in [*triggers.SQLITE_REVERSE, "DELETE FROM core_auditevent", *triggers.SQLITE]:
                cursor.execute(sql)
