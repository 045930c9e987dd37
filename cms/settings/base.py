"""Settings shared by every environment. Values come from environment variables."""

import datetime
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from django_guid.integrations import CeleryIntegration

from cms.observability import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_mapping(name: str, default: dict[str, str]) -> dict[str, str]:
    """``"a=b,c=d"`` from the environment as ``{"a": "b", "c": "d"}``; the default when unset."""
    pairs = [item.partition("=") for item in env_list(name)]
    return {key.strip(): value.strip() for key, _, value in pairs if key.strip()} or default


def wagtailadmin_login_url(*, oidc_enabled: bool, demo_login_enabled: bool) -> str:
    """Where the Wagtail admin sends anonymous users.

    Straight to the identity provider when OIDC is the only way in (production); to the
    login page, which offers OIDC and the demo accounts, where both are on (dev, demo).
    """
    if oidc_enabled and not demo_login_enabled:
        return "/oidc/authenticate/"
    return LOGIN_URL


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "surveys",
    "roles",
    "reports",
    "theme",
    "api",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "oauth2_provider",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "formtools",
    "guardian",
    "mozilla_django_oidc",
    "axes",
    "csp",
    "health_check",
    "django_guid",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # The liveness probe is answered before host validation and the HTTPS redirect.
    "cms.health.LivenessMiddleware",
    # Then: every later log line of the request carries its id.
    "django_guid.middleware.guid_middleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.observability.UserIdMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Sessions end after SESSION_IDLE_MINUTES without use and after SESSION_MAX_HOURS.
    "roles.sessions.SessionLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # django-axes: last, so that it turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            # Compiled templates are kept (dev switches this off to see edits at once).
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    [
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site_context",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL (postgres://…) switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Dev and demo: the background thread that builds PDFs writes too. Transactions take
    # the write lock when they begin (a read lock upgraded later fails at once when the
    # other thread writes) and wait for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 30, "transaction_mode": "IMMEDIATE"}
    )

# The cache keeps the built questionnaire (surveys/questionnaires.py): Redis where CACHE_URL
# points at one (production, several processes), else this process's memory.
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
        if (CACHE_URL := os.environ.get("CACHE_URL", ""))
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "vtm"}
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses locked-out usernames before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "roles.auth.PasswordBackend",
    "roles.auth.OIDCBackend",
    "guardian.backends.ObjectPermissionBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Login ------------------------------------------------------------------------------
# Production: OpenID Connect against the Flemish access management only. Dev, demo and
# tests: the same, plus the local login page with the demo accounts.
LOGIN_URL = "/accounts/login/"
# Exports (and generated files no report names any more) are removed after this many days.
GENERATED_FILES_KEEP_DAYS = int(os.environ.get("GENERATED_FILES_KEEP_DAYS", "30"))
# A session ends after this long without use, and after this long in any case.
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "120"))
SESSION_MAX_HOURS = int(os.environ.get("SESSION_MAX_HOURS", "12"))
SESSION_COOKIE_AGE = SESSION_MAX_HOURS * 3600
# Private pages send visitors to our login, never to Wagtail's password form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# The registration start page sends people on to their own municipality.
LOGIN_REDIRECT_URL = "/registratie/"
LOGOUT_REDIRECT_URL = "/"
LOGIN_REDIRECT_URL_FAILURE = "/accounts/login/mislukt/"

# The local login page with username and password (/accounts/login/).
DEMO_LOGIN_ENABLED = env_bool("DEMO_LOGIN_ENABLED", False)

# OpenID Connect (mozilla-django-oidc, backend roles.auth.OIDCBackend). The endpoints
# default to the Flemish government's production access management.
OIDC_ENABLED = env_bool("OIDC_ENABLED", False)
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
OIDC_OP_ISSUER = os.environ.get("OIDC_OP_ISSUER", "https://authenticatie.vlaanderen.be/op")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get(
    "OIDC_OP_AUTHORIZATION_ENDPOINT", f"{OIDC_OP_ISSUER}/v1/auth"
)
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", f"{OIDC_OP_ISSUER}/v1/token")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", f"{OIDC_OP_ISSUER}/v1/keys")
OIDC_OP_LOGOUT_ENDPOINT = os.environ.get("OIDC_OP_LOGOUT_ENDPOINT", f"{OIDC_OP_ISSUER}/v1/logout")
# The access management publishes no userinfo endpoint: claims are read from the ID token.
# The backend's __init__ still insists on the setting.
OIDC_OP_USER_ENDPOINT = ""
OIDC_RP_SIGN_ALGO = "RS256"
# Never "rrn" (the national register number): roles.auth strips it from any scope list.
OIDC_RP_SCOPES = os.environ.get("OIDC_RP_SCOPES", "openid profile email vo dv_vrijetijdsmonitor")
OIDC_USE_NONCE = True
OIDC_USE_PKCE = True
OIDC_TIMEOUT = int(os.environ.get("OIDC_TIMEOUT", "10"))
# The ID token is the id_token_hint that ends the session at the provider on logout.
OIDC_STORE_ID_TOKEN = True
OIDC_STORE_ACCESS_TOKEN = False
OIDC_OP_LOGOUT_URL_METHOD = "roles.auth.provider_logout_url"
# Role claims: "<App-rol>:<organisatiecode>" values in one application-specific claim.
OIDC_ROLE_CLAIM = os.environ.get("OIDC_ROLE_CLAIM", "dv_vrijetijdsmonitor_rol_3d")
OIDC_ROLE_NAMES = env_mapping(
    "OIDC_ROLE_NAMES",
    {
        "VrijetijdsmonitorInvoerder": "invoerder",
        "VrijetijdsmonitorCoordinator": "coordinator",
        "VrijetijdsmonitorRaadpleger": "raadpleger",
        "VrijetijdsmonitorBeheerder": "beheerder",
    },
)

WAGTAILADMIN_LOGIN_URL = wagtailadmin_login_url(
    oidc_enabled=OIDC_ENABLED, demo_login_enabled=DEMO_LOGIN_ENABLED
)

# django-axes: five wrong passwords lock the username for a quarter of an hour.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
# By username only: municipalities share office IP addresses, and an OIDC callback has
# no username, so it never counts.
AXES_LOCKOUT_PARAMETERS = ["username"]
# W006 warns that user agents or cookies can be rotated; neither counts for a username lock.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "roles.login_views.lockout_response"
AXES_COOLOFF_MESSAGE = _(
    "Te veel mislukte aanmeldpogingen. Dit account is tijdelijk geblokkeerd; probeer het later "
    "opnieuw."
)
AXES_PERMALOCK_MESSAGE = AXES_COOLOFF_MESSAGE

# Interface in Dutch as spoken in Belgium; Brussels time.
LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# Numbers are parsed the Belgian way in the question blocks; a thousand separator in
# templates would print werkjaar 2025 as "2.025".
USE_THOUSAND_SEPARATOR = False
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Generated reports live outside MEDIA_ROOT and are only served through permission checks.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# "Rekenblad opladen": the largest spreadsheet of one rubric that is accepted (bytes).
SPREADSHEET_MAX_UPLOAD_BYTES = 5 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = "Vrijetijdsmonitor"
# Wagtail's own page model, the swappable default; named so that the migrations that refer to
# settings.WAGTAIL_PAGE_MODEL read a setting that exists.
WAGTAIL_PAGE_MODEL = "wagtailcore.Page"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("nl-be", "Nederlands")]
WAGTAILSEARCH_BACKENDS: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "wagtail.search.backends.database"}
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# django-guardian: no anonymous user object; permissions only through roles/permissions.py.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = True

# Celery: Redis when CELERY_BROKER_URL is set. Eager execution is its own switch.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", CELERY_BROKER_URL or None)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
# Eager tasks handed over with cms.celery.run_in_background (the slow builds of PDFs) run in
# one background thread, after the response: a publish never waits for a PDF. Tests run
# them inline.
EAGER_TASKS_IN_BACKGROUND = CELERY_TASK_ALWAYS_EAGER
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis redelivers a task that was not acknowledged after this long: longer than the longest
# task (the XLSX export may take up to 31 minutes before its hard limit).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 2 * 3600}

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "vrijetijdsmonitor@vlaanderen.be")

# Demo accounts (password "demo") exist only where this is on; production turns it off.
DEMO_ACCOUNTS_ENABLED = env_bool("DEMO_ACCOUNTS_ENABLED", False)
DEMO_USERNAMES = (
    "projectteam",
    "beheerder-kasterlee",
    "invoerder-kasterlee",
    "coordinator-kasterlee",
    "raadpleger-kasterlee",
    "invoerder-brecht",
    "coordinator-brecht",
)
PROJECT_TEAM_GROUP = "Projectteam"

# --- Logs and errors ----------------------------------------------------------------------
# LOG_FORMAT=json gives one JSON object per line (time, level, logger, message, request_id,
# user_id): the production default. Readable lines elsewhere.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = logging_config(json=LOG_FORMAT == "json", level=os.environ.get("LOG_LEVEL", "INFO"))
# django-guid: the request id comes from the proxy's X-Request-ID (a UUID) or is made here,
# is sent back in the same header and travels with the Celery tasks the request queues.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "EXPOSE_HEADER": False,
    "INTEGRATIONS": [CeleryIntegration()],
}

# Sentry (sentry-sdk) only where SENTRY_DSN is set; see cms/observability.py.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = os.environ.get("SENTRY_ENVIRONMENT", "")
SENTRY_RELEASE = os.environ.get("SENTRY_RELEASE", "")
SENTRY_TRACES_SAMPLE_RATE = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0") or 0)

# --- Health -------------------------------------------------------------------------------
# /health/ answers "ok" or "unavailable" to everyone; the result of each check only to staff
# or with this token (header "Authorization: Bearer <token>"). Empty: staff only.
HEALTH_CHECK_TOKEN = os.environ.get("HEALTH_CHECK_TOKEN", "")
# The disk check warns above this share of the media volume in use.
HEALTH_CHECK_DISK_USAGE_MAX = float(os.environ.get("HEALTH_CHECK_DISK_USAGE_MAX", "90"))
# --- The answers API for the reporting platform (api/, /api/v1/) -------------------------
# Machine clients only: OAuth2 client credentials (django-oauth-toolkit), clients managed by
# the project team in the Wagtail admin ("API-clients"). Scopes: confirmed answers by
# default; provisional answers only on request, for clients the project team allows it.
OAUTH2_PROVIDER_APPLICATION_MODEL = "api.ApiClient"
OAUTH2_PROVIDER = {
    "SCOPES": {
        "antwoorden:bevestigd": "Bevestigde antwoorden lezen",
        "antwoorden:voorlopig": "Ook voorlopige (niet-bevestigde) antwoorden lezen",
    },
    "DEFAULT_SCOPES": ["antwoorden:bevestigd"],
    "SCOPES_BACKEND_CLASS": "api.oauth.ApiScopes",
    "OAUTH2_VALIDATOR_CLASS": "api.oauth.ApiClientValidator",
    "ACCESS_TOKEN_EXPIRE_SECONDS": int(os.environ.get("API_TOKEN_SECONDS", "3600")),
    # Only client credentials are used: every behaviour of the OAuth 2.0 Security BCP
    # (RFC 9700) that django-oauth-toolkit offers is on (and `check --deploy` stays clean).
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
}
# Calls per client (DRF throttling): "<number>/<second|minute|hour|day>".
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "600/minute")
# Answers per page of /api/v1/antwoorden/: the default and the most a client may ask.
API_PAGE_SIZE = int(os.environ.get("API_PAGE_SIZE", "1000"))
API_MAX_PAGE_SIZE = int(os.environ.get("API_MAX_PAGE_SIZE", "5000"))

# Django REST framework: only the schema class is global (drf-spectacular describes the
# API); authentication, permissions and throttles are set on the API's views (api/views.py).
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}

SPECTACULAR_SETTINGS = {
    "TITLE": "Vrijetijdsmonitor – antwoorden-API",
    "DESCRIPTION": (
        "Read-only API of the lokale vrijetijdsmonitor for the reporting platform: "
        "answers (incremental sync by cursor), municipalities, campaigns and the codebook "
        "per werkjaar. Machine clients only (OAuth2 client credentials)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.only_api_v1"],
    "COMPONENT_SPLIT_REQUEST": True,
    "OAUTH2_FLOWS": ["clientCredentials"],
    "OAUTH2_TOKEN_URL": "/api/v1/oauth/token/",
    "OAUTH2_SCOPES": {
        "antwoorden:bevestigd": "Bevestigde antwoorden lezen (standaard)",
        "antwoorden:voorlopig": "Ook voorlopige antwoorden lezen",
    },
}

# The Flemish government's official global header is a script widget served by a government
# server. Off by default; set its script URL to show it (a 43 px placeholder keeps the layout).
VLAANDEREN_GLOBAL_HEADER_URL = os.environ.get("VLAANDEREN_GLOBAL_HEADER_URL", "")
_global_header_origin = (
    "{0.scheme}://{0.netloc}".format(urlsplit(VLAANDEREN_GLOBAL_HEADER_URL))
    if VLAANDEREN_GLOBAL_HEADER_URL
    else None
)

# --- Content-Security-Policy (django-csp, cms/security.py) ---------------------------------
# The site: scripts and styles from this origin only (a template that needs an inline
# script gives it request.csp_nonce). Inline style *attributes* stay allowed: the progress
# bars set their width with style="width: …%"; a <style> element does not.
_external = [_global_header_origin] if _global_header_origin else []
_SITE_CSP_DIRECTIVES: dict[str, list[Any]] = {
    "default-src": [SELF],
    "script-src": [SELF, NONCE, *_external],
    "style-src": [SELF, NONCE, *_external],
    "style-src-attr": [UNSAFE_INLINE],
    "img-src": [SELF, "data:", *_external],
    "font-src": [SELF, "data:", *_external],
    "connect-src": [SELF, *_external],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
}
CONTENT_SECURITY_POLICY = {"EXCLUDE_URL_PREFIXES": [], "DIRECTIVES": _SITE_CSP_DIRECTIVES}
# The Wagtail admin (and its page previews) under /admin/: Wagtail 8 still writes inline
# scripts (date pickers, inline panels, StreamField widgets) and inline styles, so both
# need 'unsafe-inline' there. Everything else stays as strict as on the site.
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_SITE_CSP_DIRECTIVES,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
    },
}
# No calls from the admin to servers outside ours: no avatar lookups by e-mail hash at
# Gravatar, no version check at wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
