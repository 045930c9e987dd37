"""Security headers and start-up refusals that the settings alone cannot express."""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a second, looser policy for the Wagtail admin.

    The site's policy allows no inline script or <style> without the request's nonce; the
    admin's (``CONTENT_SECURITY_POLICY_ADMIN``) allows the inline scripts and styles that
    Wagtail itself still writes. Only HTML pages get a policy: a PDF, a spreadsheet or JSON
    runs no scripts, and ``object-src 'none'`` on a PDF can keep a browser's own PDF viewer
    from showing it.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and _is_admin(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
            # A nonce next to 'unsafe-inline' would switch 'unsafe-inline' off.
            parts.nonce = None
        return parts


def _is_admin(request: HttpRequest) -> bool:
    return request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX)


def demo_accounts_present() -> list[str]:
    """The demo accounts (password "demo") that exist in the database."""
    return sorted(
        get_user_model()
        .objects.filter(username__in=settings.DEMO_USERNAMES)
        .values_list("username", flat=True)
    )


def refuse_demo_accounts() -> None:
    """Stop a web process that would serve a database holding the demo accounts.

    Only where demo accounts are switched off (production always). A database that cannot
    be read yet (not migrated, not reachable) is left to the health checks.
    """
    if settings.DEMO_ACCOUNTS_ENABLED:
        return
    try:
        present = demo_accounts_present()
    except DatabaseError:
        return
    if present:
        raise ImproperlyConfigured(
            "The database holds demo accounts with the password 'demo' ("
            + ", ".join(present)
            + "). Delete them before starting production: "
            'python manage.py shell -c "from django.contrib.auth import get_user_model; '
            f'get_user_model().objects.filter(username__in={present!r}).delete()"'
        )


@register(Tags.security, Tags.database, deploy=True)
def check_no_demo_accounts(app_configs=None, databases=None, **kwargs) -> list[CheckMessage]:
    """`manage.py check --deploy --database default`: no demo accounts in production."""
    if not databases or "default" not in databases or settings.DEMO_ACCOUNTS_ENABLED:
        return []
    try:
        present = demo_accounts_present()
    except DatabaseError:
        return []
    if not present:
        return []
    return [
        Error(
            "The database holds demo accounts: " + ", ".join(present) + ".",
            hint="Delete them; demo accounts (password 'demo') never exist in production.",
            id="cms.E001",
        )
    ]
