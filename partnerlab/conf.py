"""Strict parsing of settings from environment variables.

A bad value stops start-up with a message that names the variable, so a typo in a
deployment never turns silently into a default.
"""

from __future__ import annotations

import os
import re
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dj_database_url

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class SettingError(Exception):
    """An environment variable holds a value the platform cannot use."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(f"Environment variable {name}={value!r} is not valid: {reason}")
        self.name = name


def _raw(name: str, env: Mapping[str, str] | None) -> str | None:
    value = (os.environ if env is None else env).get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env_str(name: str, default: str, *, env: Mapping[str, str] | None = None) -> str:
    value = _raw(name, env)
    return default if value is None else value


def env_bool(name: str, default: bool, *, env: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, env)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise SettingError(name, value, "expected one of true/false, yes/no, on/off, 1/0")


def env_int(
    name: str, default: int, *, minimum: int = 0, env: Mapping[str, str] | None = None
) -> int:
    value = _raw(name, env)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SettingError(name, value, "expected a whole number") from None
    if number < minimum:
        raise SettingError(name, value, f"must be at least {minimum}")
    return number


def env_list(name: str, default: list[str], *, env: Mapping[str, str] | None = None) -> list[str]:
    value = _raw(name, env)
    if value is None:
        return list(default)
    items = [item.strip() for item in value.split(",")]
    if any(not item for item in items):
        raise SettingError(name, value, "expected a comma-separated list without empty items")
    return items


def env_choice(
    name: str, default: str, choices: tuple[str, ...], *, env: Mapping[str, str] | None = None
) -> str:
    value = _raw(name, env)
    if value is None:
        return default
    if value.upper() not in choices:
        raise SettingError(name, value, "expected one of " + ", ".join(choices))
    return value.upper()


def env_rate(name: str, default: str, *, env: Mapping[str, str] | None = None) -> str:
    """A rate such as 10/m: a count per second (s), minute (m), hour (h) or day (d)."""
    value = _raw(name, env) or default
    if not re.fullmatch(r"[1-9]\d*/[smhd]", value):
        raise SettingError(name, value, "expected a rate such as 10/m (per s, m, h or d)")
    return value


def env_request_header(name: str, default: str, *, env: Mapping[str, str] | None = None) -> str:
    """A request header as Django's META names it: `X-Forwarded-For` becomes
    HTTP_X_FORWARDED_FOR; REMOTE_ADDR stays as it is."""
    value = _raw(name, env) or default
    key = value.upper().replace("-", "_")
    if key != "REMOTE_ADDR" and not key.startswith("HTTP_"):
        key = "HTTP_" + key
    if not re.fullmatch(r"REMOTE_ADDR|HTTP_[A-Z0-9_]+", key):
        raise SettingError(name, value, "expected REMOTE_ADDR or a header such as X-Forwarded-For")
    return key


def env_time_zone(name: str, default: str, *, env: Mapping[str, str] | None = None) -> str:
    value = _raw(name, env) or default
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise SettingError(
            name, value, "expected a time zone such as UTC or Europe/Geneva"
        ) from None
    return value


SECRET_KEY_MIN_LENGTH = 50


def env_secret_key(
    name: str, *, debug: bool, fallback: str, env: Mapping[str, str] | None = None
) -> str:
    """The secret key: required outside DEBUG, and long and varied enough to be worth having
    (Django's deployment check asks for 50 characters, 5 of them different)."""
    value = _raw(name, env)
    if value is None:
        if debug:
            return fallback
        raise SettingError(name, "", "must be set when DEBUG is off")
    if len(value) < SECRET_KEY_MIN_LENGTH or len(set(value)) < 5:
        raise SettingError(
            name, "***", f"must be at least {SECRET_KEY_MIN_LENGTH} varied characters long"
        )
    if value.startswith("django-insecure-"):
        raise SettingError(name, "***", "must not be Django's generated 'django-insecure-' key")
    return value


_SUPPORTED_DATABASES = {"sqlite", "postgres", "postgresql", "pgsql"}


def env_database(
    name: str, *, default_path: Path, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Parse DATABASE_URL (SQLite by default) into a Django DATABASES entry."""
    value = _raw(name, env)
    url = value or f"sqlite:///{default_path}"
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in _SUPPORTED_DATABASES:
        raise SettingError(name, url, "use a sqlite:/// or postgres:// URL")
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
    except ValueError as error:
        raise SettingError(name, url, str(error)) from None
    if config["ENGINE"].endswith("sqlite3"):
        if not config.get("NAME"):
            raise SettingError(name, url, "a SQLite URL needs a file path")
        Path(config["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        # WAL and IMMEDIATE transactions let the web server and the task worker share the file.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        config["CONN_MAX_AGE"] = 0
    elif not config.get("NAME"):
        raise SettingError(name, url, "a PostgreSQL URL needs a database name")
    else:
        # Connections are kept a minute and checked before reuse. Lists read whole results
        # at once: server-side cursors (what `.iterator()` asks for, as every select list
        # does) cost three round trips each and do not survive a connection pooler.
        config["CONN_HEALTH_CHECKS"] = True
        config["DISABLE_SERVER_SIDE_CURSORS"] = True
    return config


def env_email(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """E-mail goes to the console unless EMAIL_HOST names an SMTP server."""
    host = _raw("EMAIL_HOST", env)
    settings: dict[str, Any] = {
        "DEFAULT_FROM_EMAIL": env_str(
            "DEFAULT_FROM_EMAIL", "Partnership Lab <lab@localhost>", env=env
        ),
    }
    if host is None:
        settings["EMAIL_BACKEND"] = "django.core.mail.backends.console.EmailBackend"
        return settings
    use_tls = env_bool("EMAIL_USE_TLS", True, env=env)
    use_ssl = env_bool("EMAIL_USE_SSL", False, env=env)
    if use_tls and use_ssl:
        raise SettingError(
            "EMAIL_USE_SSL", "true", "EMAIL_USE_TLS and EMAIL_USE_SSL exclude each other"
        )
    settings.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST=host,
        EMAIL_PORT=env_int("EMAIL_PORT", 587, minimum=1, env=env),
        EMAIL_HOST_USER=env_str("EMAIL_HOST_USER", "", env=env),
        EMAIL_HOST_PASSWORD=env_str("EMAIL_HOST_PASSWORD", "", env=env),
        EMAIL_USE_TLS=use_tls,
        EMAIL_USE_SSL=use_ssl,
    )
    return settings


def env_origins(name: str, *, env: Mapping[str, str] | None = None) -> list[str]:
    """Origins such as https://lab.example.org (scheme and host, no path), comma-separated."""
    origins = env_list(name, [], env=env)
    for origin in origins:
        if not re.fullmatch(r"https?://[^/\s?#]+", origin):
            raise SettingError(
                name, origin, "expected origins such as https://lab.example.org (no path)"
            )
    return origins


def env_proxy_ssl_header(
    name: str, *, env: Mapping[str, str] | None = None
) -> tuple[str, str] | None:
    """The header a reverse proxy sets on HTTPS requests, as `X-Forwarded-Proto=https`;
    Django's form is ("HTTP_X_FORWARDED_PROTO", "https")."""
    value = _raw(name, env)
    if value is None:
        return None
    match = re.fullmatch(r"([A-Za-z][A-Za-z0-9-]*)\s*=\s*(\S+)", value)
    if match is None:
        raise SettingError(
            name, value, "expected a header and its value, e.g. X-Forwarded-Proto=https"
        )
    header = match.group(1).upper().replace("-", "_")
    if not header.startswith("HTTP_"):
        header = f"HTTP_{header}"
    return header, match.group(2)


def env_cache(name: str, *, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Redis when the URL is given (shared by every app server), else a table in the database."""
    value = _raw(name, env)
    if value is None:
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "partnerlab_cache",
        }
    if not re.fullmatch(r"(rediss?|unix)://\S+", value):
        raise SettingError(name, value, "expected a redis://, rediss:// or unix:// URL")
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": value,
        "KEY_PREFIX": "partnerlab",
    }
