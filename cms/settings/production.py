"""Production: refuses to start without its secrets."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, wagtailadmin_login_url

_missing = [
    name for name in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS") if not os.environ.get(name)
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )

DEBUG = False
# Demo accounts never exist in production, whatever the environment says.
DEMO_ACCOUNTS_ENABLED = False
# Login only through the Flemish access management: no password login page.
DEMO_LOGIN_ENABLED = False
OIDC_ENABLED = env_bool("OIDC_ENABLED", True)
WAGTAILADMIN_LOGIN_URL = wagtailadmin_login_url(
    oidc_enabled=OIDC_ENABLED, demo_login_enabled=DEMO_LOGIN_ENABLED
)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
