"""Settings of Tremplin, one file, read from the environment.

Variables (see README): DEBUG (off unless 1), SECRET_KEY (required when DEBUG is off),
ALLOWED_HOSTS (comma list), DATABASE_URL (else a local or embedded PostgreSQL, see
board/database.py), REDIS_URL (optional cache and rate limits), EMAIL_URL or EMAIL_HOST & co.
(console backend when unset), SITE_URL (absolute links in e-mails, feeds and JSON-LD),
DEFAULT_FROM_EMAIL, MODERATION_EMAIL, SECURE_SSL_REDIRECT, CSRF_TRUSTED_ORIGINS,
COLLECTED_STATIC (serve collected, hashed static files; on unless DEBUG).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from board.database import database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """A yes/no variable: 1/0, true/false (any case); anything else is a configuration error."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() not in {"0", "1", "true", "false", "yes", "no"}:
        raise ImproperlyConfigured(f"{name} must be 0/1/true/false, not {value!r}")
    return value.lower() in {"1", "true", "yes"}


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.forms",
    "django_filters",
    "allauth",
    "allauth.account",
    "board",
    "postings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # No LocaleMiddleware: the site speaks French only, and LANGUAGE_CODE applies without
    # it; it only added Content-Language and Vary: Accept-Language to every answer.
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "board.urls"
WSGI_APPLICATION = "board.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "board.context_processors.site",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Connections are kept a minute between requests (CONN_MAX_AGE=0 closes them: tests).
DATABASES = {
    "default": dj_database_url.parse(
        database_url(), conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60"))
    )
}

AUTH_USER_MODEL = "board.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/compte/connexion/"
LOGIN_REDIRECT_URL = "/espace/"
LOGOUT_REDIRECT_URL = "/"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Employer accounts (django-allauth, account part only): e-mail is the login and must be
# confirmed before the account can do anything; rate limits use Django's cache (Redis when
# REDIS_URL is set). See README "Comptes employeurs".
ACCOUNT_ADAPTER = "board.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "board.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a POST confirms: mail scanners follow links
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "site_web"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Tremplin] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = urlsplit(SITE_URL).scheme or "https"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "manage_email": "10/m/user",
    "change_password": "5/m/user",
    "reauthenticate": "10/m/user",
}
# Offers a member may create per hour (paste or upload), against floods.
POSTINGS_PER_HOUR = int(os.environ.get("POSTINGS_PER_HOUR", "20"))

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
# In production the files are collected (`collectstatic`) with hashed names and compressed
# copies, which whitenoise serves with far-future cache headers. COLLECTED_STATIC=0 serves
# them from the source folders instead (development, tests).
COLLECTED_STATIC = env_bool("COLLECTED_STATIC", not DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if COLLECTED_STATIC
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not COLLECTED_STATIC
if not COLLECTED_STATIC:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns when it is missing
WHITENOISE_MAX_AGE = 31536000 if COLLECTED_STATIC else 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # django-redis keeps one client per process; Django's own Redis backend builds a client
    # for every call (0.1 ms, where django-redis's GET takes 0.03 ms; a listing makes 3 to 5).
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tremplin",
        }
    }
else:
    # Per process; room for the listing's cached pieces (cards, search results, forms).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Whole public pages for visitors without a session (postings/page_cache.py): in Redis,
# shared by the workers; off without Redis (each worker would keep its own copies, 20 kB a
# page) or with PAGE_CACHE=0 (to measure the pages being built, `manage.py bench`).
CACHES["pages"] = (
    CACHES["default"]
    if REDIS_URL and env_bool("PAGE_CACHE", True)
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)


def mailer_from_environment() -> dict[str, object]:
    """The default mailer (Django 6.1 MAILERS): SMTP from EMAIL_URL or EMAIL_HOST, else console.

    EMAIL_URL looks like smtp://user:password@host:587 (STARTTLS) or smtps://…:465 (TLS).
    """
    url = os.environ.get("EMAIL_URL", "")
    if url:
        parts = urlsplit(url)
        implicit_tls = parts.scheme == "smtps" or parts.port == 465
        options = {
            "host": parts.hostname or "",
            "port": parts.port or (465 if implicit_tls else 587),
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_ssl": implicit_tls,
            "use_tls": not implicit_tls,
            "timeout": 10,
        }
    elif os.environ.get("EMAIL_HOST"):
        options = {
            "host": os.environ["EMAIL_HOST"],
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": 10,
        }
    else:
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    return {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}


MAILERS = {"default": mailer_from_environment()}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tremplin <ne-pas-repondre@tremplin.fr>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MODERATION_EMAIL = os.environ.get("MODERATION_EMAIL", "moderation@tremplin.fr")

# Production hardening (checked by `manage.py check --deploy` in CI).
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# A pasted posting may be long (500 000 characters at most, see postings/forms.py); uploads
# are limited to 5 MB by the form, with a French message.
DATA_UPLOAD_MAX_MEMORY_SIZE = 6 * 1024 * 1024

# Listing and API page size.
POSTINGS_PER_PAGE = 20
