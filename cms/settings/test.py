"""Test settings: PostgreSQL when DATABASE_URL is set, SQLite otherwise; Celery eager."""

from .base import *  # noqa: F403
from .base import wagtailadmin_login_url

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
DEMO_ACCOUNTS_ENABLED = True
# Both ways in, as in dev. The OIDC tests point the endpoints at an oidc-provider-mock
# they start on a free port; these values are placeholders that nothing answers.
DEMO_LOGIN_ENABLED = True
OIDC_ENABLED = True
OIDC_RP_CLIENT_ID = "vrijetijdsmonitor-test"
OIDC_RP_CLIENT_SECRET = "test-only-secret"  # noqa: S105
OIDC_OP_ISSUER = "http://localhost:9"
OIDC_OP_AUTHORIZATION_ENDPOINT = f"{OIDC_OP_ISSUER}/oauth2/authorize"
OIDC_OP_TOKEN_ENDPOINT = f"{OIDC_OP_ISSUER}/oauth2/token"
OIDC_OP_JWKS_ENDPOINT = f"{OIDC_OP_ISSUER}/jwks"
OIDC_OP_LOGOUT_ENDPOINT = f"{OIDC_OP_ISSUER}/oauth2/end_session"
WAGTAILADMIN_LOGIN_URL = wagtailadmin_login_url(
    oidc_enabled=OIDC_ENABLED, demo_login_enabled=DEMO_LOGIN_ENABLED
)
# django-axes stays on: tests that only need a logged-in user use force_login, which
# does not go through authenticate().
AXES_ENABLED = True
CELERY_TASK_ALWAYS_EAGER = True
EAGER_TASKS_IN_BACKGROUND = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Static files come from the app folders in tests; no collected STATIC_ROOT.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# No search-index writes from model signals in tests: restoring the serialized database after
# a transactional test (live server, real worker) saves rows in an order the index would trip on.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
