"""Settings come from the environment and a bad value stops start-up, naming the variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from partnerlab import conf
from partnerlab.conf import SettingError


def test_bad_boolean_names_the_variable() -> None:
    with pytest.raises(SettingError, match="DEBUG"):
        conf.env_bool("DEBUG", False, env={"DEBUG": "maybe"})


def test_booleans_accept_the_usual_spellings() -> None:
    assert conf.env_bool("DEBUG", False, env={"DEBUG": "Yes"}) is True
    assert conf.env_bool("DEBUG", True, env={"DEBUG": "0"}) is False
    assert conf.env_bool("DEBUG", True, env={}) is True


def test_allowed_hosts_is_a_strict_comma_list() -> None:
    assert conf.env_list("ALLOWED_HOSTS", [], env={"ALLOWED_HOSTS": "a.org, b.org"}) == [
        "a.org",
        "b.org",
    ]
    with pytest.raises(SettingError, match="ALLOWED_HOSTS"):
        conf.env_list("ALLOWED_HOSTS", [], env={"ALLOWED_HOSTS": "a.org,,b.org"})


def test_secret_key_is_required_without_debug_and_must_be_long() -> None:
    with pytest.raises(SettingError, match="SECRET_KEY"):
        conf.env_secret_key("SECRET_KEY", debug=False, fallback="x", env={})
    with pytest.raises(SettingError, match="at least 50"):
        conf.env_secret_key("SECRET_KEY", debug=False, fallback="x", env={"SECRET_KEY": "short"})
    assert conf.env_secret_key("SECRET_KEY", debug=True, fallback="dev", env={}) == "dev"


def test_database_defaults_to_sqlite_under_var(tmp_path: Path) -> None:
    config = conf.env_database("DATABASE_URL", default_path=tmp_path / "var" / "db.sqlite3", env={})
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "var" / "db.sqlite3")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert (tmp_path / "var").is_dir()


def test_database_url_for_postgresql() -> None:
    config = conf.env_database(
        "DATABASE_URL",
        default_path=Path("/unused"),
        env={"DATABASE_URL": "postgres://lab:secret@db.internal:5433/partnerlab"},
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.internal", 5433, "partnerlab")


@pytest.mark.parametrize("url", ["mysql://root@localhost/lab", "nonsense", "postgres://host/"])
def test_unusable_database_url_names_the_variable(url: str) -> None:
    with pytest.raises(SettingError, match="DATABASE_URL"):
        conf.env_database("DATABASE_URL", default_path=Path("/unused"), env={"DATABASE_URL": url})


def test_smtp_is_used_when_a_host_is_given() -> None:
    assert conf.env_email(env={})["EMAIL_BACKEND"].endswith("console.EmailBackend")
    smtp = conf.env_email(env={"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "2525"})
    assert smtp["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (smtp["EMAIL_HOST"], smtp["EMAIL_PORT"]) == ("smtp.example.org", 2525)
    with pytest.raises(SettingError, match="EMAIL_PORT"):
        conf.env_email(env={"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "twenty"})


def _partnerlab(*args: str, debug: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "partnerlab", *args],
        env={**os.environ, "DEBUG": debug},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_stops_with_a_message_naming_the_bad_variable() -> None:
    result = _partnerlab("check", debug="perhaps")
    assert result.returncode == 2
    assert "DEBUG='perhaps'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_runs_django_management_commands() -> None:
    result = _partnerlab("help", debug="true")
    assert result.returncode == 0, result.stderr
    for command in ("migrate", "runserver", "demo", "serve"):
        assert command in result.stdout


def test_rates_levels_and_time_zones_are_checked() -> None:
    assert conf.env_rate("LOGIN_RATE", "10/m", env={"LOGIN_RATE": "5/h"}) == "5/h"
    with pytest.raises(SettingError, match="LOGIN_RATE"):
        conf.env_rate("LOGIN_RATE", "10/m", env={"LOGIN_RATE": "ten"})
    with pytest.raises(SettingError, match="TIME_ZONE"):
        conf.env_time_zone("TIME_ZONE", "UTC", env={"TIME_ZONE": "Mars/Olympus"})
    with pytest.raises(SettingError, match="LOG_LEVEL"):
        conf.env_choice("LOG_LEVEL", "INFO", ("INFO",), env={"LOG_LEVEL": "loud"})


def test_abuse_limit_rates_and_the_client_ip_header_are_checked() -> None:
    for name in ("LOGIN_IP_RATE", "LOGIN_ACCOUNT_RATE", "SURVEY_IP_RATE", "GCM_TAG_RATE"):
        assert conf.env_rate(name, "10/m", env={name: "7/d"}) == "7/d"
        with pytest.raises(SettingError, match=name):
            conf.env_rate(name, "10/m", env={name: "often"})
    header = conf.env_request_header
    assert header("CLIENT_IP_HEADER", "REMOTE_ADDR", env={}) == "REMOTE_ADDR"
    assert header("CLIENT_IP_HEADER", "", env={"CLIENT_IP_HEADER": "X-Forwarded-For"}) == (
        "HTTP_X_FORWARDED_FOR"
    )
    assert header("CLIENT_IP_HEADER", "", env={"CLIENT_IP_HEADER": "HTTP_X_REAL_IP"}) == (
        "HTTP_X_REAL_IP"
    )
    with pytest.raises(SettingError, match="CLIENT_IP_HEADER"):
        header("CLIENT_IP_HEADER", "", env={"CLIENT_IP_HEADER": "X Forwarded; For"})
