"""Django settings, read from environment variables by the strict parsers in `partnerlab.conf`."""

from __future__ import annotations

from pathlib import Path

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from partnerlab import conf

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(conf.env_str("PARTNERLAB_HOME", str(PACKAGE_DIR.parent))).resolve()
VAR_DIR = BASE_DIR / "var"

DEBUG = conf.env_bool("DEBUG", False)
SECRET_KEY = conf.env_secret_key(
    "SECRET_KEY", debug=DEBUG, fallback="insecure-development-key-only-for-debug-mode-0123456789"
)
ALLOWED_HOSTS = conf.env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = conf.env_origins("CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": conf.env_database("DATABASE_URL", default_path=VAR_DIR / "partnerlab.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",  # serves the API docs' own scripts: no CDN
    "django_htmx",
    "csp",
    "django_countries",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "partnerlab.core",
    "partnerlab.accounts",
    "partnerlab.reference",
    "partnerlab.actors",
    "partnerlab.cycles",
    "partnerlab.intake",
    "partnerlab.themes",
    "partnerlab.labs",
    "partnerlab.partnerships",
    "partnerlab.proposals",
    "partnerlab.portfolio",
    "partnerlab.funding",
    "partnerlab.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "partnerlab.core.middleware.NoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "partnerlab.api.middleware.ApiErrorShapeMiddleware",
    "partnerlab.api.middleware.RefuseUnstorableInputMiddleware",
    # Last, so that the answer it keeps for a submission key is the view's own.
    "partnerlab.core.submissions.SubmitOnceMiddleware",
]

ROOT_URLCONF = "partnerlab.urls"
WSGI_APPLICATION = "partnerlab.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "partnerlab.core.context_processors.navigation",
                "partnerlab.proposals.context_processors.notices",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = conf.env_int("PASSWORD_RESET_TIMEOUT", 3 * 24 * 3600, minimum=60)
INVITATION_TTL_DAYS = conf.env_int("INVITATION_TTL_DAYS", 14, minimum=1)
# Abuse limits (see partnerlab/core/limits.py and the README's settings table). Sign-in and
# password-reset attempts count per (address, IP) pair, per IP and, slower, per account.
LOGIN_RATE = conf.env_rate("LOGIN_RATE", "10/m")
LOGIN_IP_RATE = conf.env_rate("LOGIN_IP_RATE", "30/m")
LOGIN_ACCOUNT_RATE = conf.env_rate("LOGIN_ACCOUNT_RATE", "100/h")
SURVEY_IP_RATE = conf.env_rate("SURVEY_IP_RATE", "10/m")
SURVEY_LINK_RATE = conf.env_rate("SURVEY_LINK_RATE", "60/m")
GCM_TAG_RATE = conf.env_rate("GCM_TAG_RATE", "10/m")

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Unambiguous dates in every language ("3 Dec 2026"), 24-hour times: partnerlab/formats/.
FORMAT_MODULE_PATH = ["partnerlab.formats"]
TIME_ZONE = conf.env_time_zone("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# `collectstatic` (run by `partnerlab serve`) names each file after a hash of its content and
# compresses it; WhiteNoise then serves those names with a ten-year, immutable cache lifetime.
# With DEBUG on, files come straight from the apps instead.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
# Source maps are for developers' tools only: not worth compressing (half the collecting time).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [
    *("jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "tgz", "bz2", "tbz", "xz", "br"),
    *("swf", "flv", "woff", "woff2", "3gp", "3gp2", "mp4", "ogg", "map"),
]
FORMS_URLFIELD_ASSUME_HTTPS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Shared by every web process and every app server, so rate limits hold across them: Redis
# when REDIS_URL is set, else a table in the database.
CACHES = {"default": conf.env_cache("REDIS_URL")}
RATELIMIT_USE_CACHE = "default"
# Behind a reverse proxy, name the header that carries the client's address
# (for example HTTP_X_FORWARDED_FOR), or every client counts as the proxy.
CLIENT_IP_HEADER = conf.env_request_header("CLIENT_IP_HEADER", "REMOTE_ADDR")
RATELIMIT_IP_META_KEY = "partnerlab.core.limits.client_ip"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SESSION_COOKIE_HTTPONLY = True
# Turn these on behind HTTPS (see the README, "Deploying").
SESSION_COOKIE_SECURE = conf.env_bool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = conf.env_bool("CSRF_COOKIE_SECURE", False)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HTTPS (see the README, "Deploying"): off by default so that `make run` works on plain HTTP.
SECURE_SSL_REDIRECT = conf.env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = conf.env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = conf.env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = conf.env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = conf.env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER")
USE_X_FORWARDED_HOST = conf.env_bool("USE_X_FORWARDED_HOST", False)

# Scripts and styles come only from our own static files: no inline code, no other origin.
# The API docs page (Swagger UI) works under the same policy.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# `partnerlab serve`: gunicorn processes (0: twice the cores plus one, gunicorn's advice) and
# threads in each. Pages spend most of their time in Python, where threads of one process wait
# on each other (the GIL): measured with bench/load.py, 5 processes of 1 thread missed far fewer
# of its targets than 3 processes of 4 threads.
SERVE_WORKERS = conf.env_int("SERVE_WORKERS", 0)
SERVE_THREADS = conf.env_int("SERVE_THREADS", 1, minimum=1)

globals().update(conf.env_email())

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_PER_PAGE_SIZE = 200

COUNTRIES_FIRST_REPEAT = False
FILTERS_EMPTY_CHOICE_LABEL = _("Any")

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": conf.env_choice("LOG_LEVEL", "INFO", LOG_LEVELS)},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # WeasyPrint narrates every step of every PDF at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Select lists and checkbox lists drawn in Python (the same markup, a fraction of the time).
FORM_RENDERER = "partnerlab.core.form_renderer.FastChoicesRenderer"
