"""Production: refuses to start without its secrets or with unsafe values."""

import ipaddress
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from cms.observability import logging_config, sentry_init

from .base import *  # noqa: F403
from .base import (
    SENTRY_DSN,
    SENTRY_ENVIRONMENT,
    SENTRY_RELEASE,
    SENTRY_TRACES_SAMPLE_RATE,
    env_bool,
    wagtailadmin_login_url,
)

SECRET_KEY_MIN_LENGTH = 50


def _is_local_host(host: str) -> bool:
    if host in {"", "localhost"} or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def configuration_errors(environ: "os._Environ[str] | dict[str, str]") -> list[str]:
    """Every reason why these production settings must not start, in one list."""
    errors = [
        f"{name} is not set."
        for name in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL")
        if not environ.get(name)
    ]
    secret_key = environ.get("SECRET_KEY", "")
    if secret_key and (
        len(secret_key) < SECRET_KEY_MIN_LENGTH
        or len(set(secret_key)) < 5
        or secret_key.startswith("django-insecure-")
    ):
        errors.append(
            f"SECRET_KEY is too short or too simple: use at least {SECRET_KEY_MIN_LENGTH} "
            "random characters (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    oidc_on = environ.get("OIDC_ENABLED", "true").strip().lower() not in {"0", "false", "no", "off"}
    if oidc_on and not environ.get("OIDC_RP_CLIENT_ID", "").strip():
        errors.append(
            "OIDC_RP_CLIENT_ID is not set: nobody could log in (the password form is not "
            "served in production). Use the client id of the Flemish access management."
        )
    if env_bool("DEBUG", False):
        errors.append("DEBUG is on: it shows settings and data to anyone who meets an error.")
    base_url = environ.get("WAGTAILADMIN_BASE_URL", "")
    if base_url and _is_local_host(urlsplit(base_url).hostname or ""):
        errors.append(
            f"WAGTAILADMIN_BASE_URL points at this machine ({base_url}): the links in e-mails "
            "and the admin would not work for anyone else."
        )
    return errors


_errors = configuration_errors(os.environ)
if _errors:
    raise ImproperlyConfigured(
        "The production settings refuse to start:\n- "
        + "\n- ".join(_errors)
        + "\nSee docs/deploy.md for every environment variable."
    )

DEBUG = False
# Demo accounts never exist in production, whatever the environment says; the web process
# refuses a database that holds them (cms/security.py).
DEMO_ACCOUNTS_ENABLED = False
# Login only through the Flemish access management: no password login page.
DEMO_LOGIN_ENABLED = False
OIDC_ENABLED = env_bool("OIDC_ENABLED", True)
WAGTAILADMIN_LOGIN_URL = wagtailadmin_login_url(
    oidc_enabled=OIDC_ENABLED, demo_login_enabled=DEMO_LOGIN_ENABLED
)

# HTTPS: the proxy in front terminates TLS and says so in X-Forwarded-Proto. Everything but
# the probes (which the platform calls over plain HTTP inside the cluster) is redirected.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^health/"]
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
# One year; the application runs on its own host name, so its subdomains are its own.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# JSON lines for the platform's log collector.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")
LOGGING = logging_config(json=LOG_FORMAT == "json", level=os.environ.get("LOG_LEVEL", "INFO"))

SENTRY_ENABLED = sentry_init(
    dsn=SENTRY_DSN,
    environment=SENTRY_ENVIRONMENT,
    release=SENTRY_RELEASE,
    traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,
)
