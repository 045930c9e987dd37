"""Development and demo: runs with no environment variables at all."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list, wagtailadmin_login_url

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
DEMO_ACCOUNTS_ENABLED = env_bool("DEMO_ACCOUNTS_ENABLED", True)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Both ways in: the demo login page and OIDC against the local oidc-provider-mock that
# `make demo` starts on port 9400 (it accepts any client id and secret).
DEMO_LOGIN_ENABLED = env_bool("DEMO_LOGIN_ENABLED", True)
OIDC_ENABLED = env_bool("OIDC_ENABLED", True)
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "vrijetijdsmonitor-dev")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "dev-only-secret")
OIDC_OP_ISSUER = os.environ.get("OIDC_OP_ISSUER", "http://127.0.0.1:9400")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get(
    "OIDC_OP_AUTHORIZATION_ENDPOINT", f"{OIDC_OP_ISSUER}/oauth2/authorize"
)
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", f"{OIDC_OP_ISSUER}/oauth2/token")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", f"{OIDC_OP_ISSUER}/jwks")
OIDC_OP_LOGOUT_ENDPOINT = os.environ.get(
    "OIDC_OP_LOGOUT_ENDPOINT", f"{OIDC_OP_ISSUER}/oauth2/end_session"
)
WAGTAILADMIN_LOGIN_URL = wagtailadmin_login_url(
    oidc_enabled=OIDC_ENABLED, demo_login_enabled=DEMO_LOGIN_ENABLED
)

# Templates are read again on every request in development.
TEMPLATES[0]["OPTIONS"]["loaders"] = [  # noqa: F405
    "django.template.loaders.filesystem.Loader",
    "django.template.loaders.app_directories.Loader",
]
