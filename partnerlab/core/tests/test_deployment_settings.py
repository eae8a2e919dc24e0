"""Production settings: the documented environment passes Django's deployment check, HTTPS and
proxy settings are parsed strictly, and Redis becomes the shared cache when it is named."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache.backends.redis import RedisCache

from partnerlab import conf
from partnerlab.conf import SettingError

README = Path(__file__).resolve().parents[3] / "README.md"


def documented_production_env() -> dict[str, str]:
    """The settings block of the README's "Deploying" section, placeholders filled in."""
    text = README.read_text()
    block = re.search(r"<!-- production-env -->\n```sh\n(.*?)```", text, re.S)
    assert block, "the README documents the production settings"
    env = {}
    for line in block.group(1).splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            env[name] = value
    env["SECRET_KEY"] = secrets.token_urlsafe(48)
    env["DATABASE_URL"] = env["DATABASE_URL"].replace("<password>", "secret")
    env["EMAIL_HOST_PASSWORD"] = "secret"
    return env


def test_the_documented_production_settings_pass_the_deployment_check(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE"))},
        **documented_production_env(),
        "PARTNERLAB_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "partnerlab", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_secret_key_must_be_long_and_varied_enough_for_the_deployment_check() -> None:
    too_short = "k" * 20 + "0123456789abcdefghij"  # 40 characters: accepted before
    for bad in (too_short, "ab" * 30, "django-insecure-" + secrets.token_urlsafe(48)):
        with pytest.raises(SettingError, match="SECRET_KEY"):
            conf.env_secret_key("SECRET_KEY", debug=False, fallback="", env={"SECRET_KEY": bad})
    good = secrets.token_urlsafe(48)
    assert conf.env_secret_key("SECRET_KEY", debug=False, fallback="", env={"SECRET_KEY": good})


def test_the_proxy_ssl_header_is_a_header_and_its_value() -> None:
    env = {"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto=https"}
    assert conf.env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER", env=env) == (
        "HTTP_X_FORWARDED_PROTO",
        "https",
    )
    assert conf.env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER", env={}) is None
    with pytest.raises(SettingError, match="SECURE_PROXY_SSL_HEADER"):
        conf.env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER", env={"SECURE_PROXY_SSL_HEADER": "on"})


def test_trusted_origins_need_a_scheme_and_no_path() -> None:
    env = {"CSRF_TRUSTED_ORIGINS": "https://lab.example.org,http://localhost:8000"}
    assert conf.env_origins("CSRF_TRUSTED_ORIGINS", env=env) == [
        "https://lab.example.org",
        "http://localhost:8000",
    ]
    for bad in ("lab.example.org", "https://lab.example.org/path"):
        with pytest.raises(SettingError, match="CSRF_TRUSTED_ORIGINS"):
            conf.env_origins("CSRF_TRUSTED_ORIGINS", env={"CSRF_TRUSTED_ORIGINS": bad})


def test_the_cache_is_the_database_unless_redis_is_named() -> None:
    assert conf.env_cache("REDIS_URL", env={})["BACKEND"].endswith("DatabaseCache")
    with pytest.raises(SettingError, match="REDIS_URL"):
        conf.env_cache("REDIS_URL", env={"REDIS_URL": "localhost:6379"})


def test_redis_is_a_cache_every_app_server_shares() -> None:
    config = conf.env_cache("REDIS_URL", env={"REDIS_URL": "redis://127.0.0.1:6379/0"})
    params = {k: v for k, v in config.items() if k not in ("BACKEND", "LOCATION")}
    params["KEY_PREFIX"] = f"partnerlab-test-{secrets.token_hex(4)}"
    one, other = (RedisCache(config["LOCATION"], params) for _ in range(2))
    one.set("login-attempts", 3, timeout=30)
    assert other.incr("login-attempts") == 4
    other.delete("login-attempts")
