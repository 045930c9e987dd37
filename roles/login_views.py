"""The ways in and out: OIDC login and logout, the demo login page, the lockout page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.views.generic import TemplateView
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from .auth import scopes_without_rrn
from .permissions import Action, is_project_team, municipalities_for


def landing_url(user: Any) -> str:
    """Where a person lands after logging in.

    The project team in the CMS; a lokale beheerder without data rights on the roles page
    of their municipality; everybody else on the registration of their municipality.
    """
    if is_project_team(user):
        return reverse("wagtailadmin_home")
    if not municipalities_for(user, Action.VIEW_DATA).exists():
        managed = municipalities_for(user, Action.MANAGE_ROLES).order_by("name").first()
        if managed is not None:
            return reverse("roles:role_list", kwargs={"nis": managed.nis_code})
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def oidc_login_url(next_url: str = "") -> str:
    url = reverse("oidc_authentication_init")
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


class LoginView(auth_views.LoginView):
    """The login page: the button to the Flemish access management and the demo login.

    Without the demo login (production) the page is not needed: it sends the browser
    straight to the identity provider, or answers 404 when OIDC is off too.
    """

    template_name = "registration/login.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.DEMO_LOGIN_ENABLED:
            if settings.OIDC_ENABLED:
                return redirect(oidc_login_url(self.get_redirect_url()))
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_default_redirect_url(self) -> str:
        return landing_url(self.request.user)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {
            **super().get_context_data(**kwargs),
            "oidc_enabled": settings.OIDC_ENABLED,
            "oidc_login_url": oidc_login_url(self.get_redirect_url()),
        }


class LoginFailedView(TemplateView):
    """Where a refused or cancelled OIDC login ends: no automatic retry, so no loop."""

    template_name = "registration/login_failed.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {
            **super().get_context_data(**kwargs),
            "oidc_enabled": settings.OIDC_ENABLED,
            "oidc_login_url": oidc_login_url(),
            "demo_login_enabled": settings.DEMO_LOGIN_ENABLED,
        }


class OIDCAuthenticateView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider's authorization endpoint (state, nonce, PKCE)."""

    @staticmethod
    def get_settings(attr: str, *args: Any) -> Any:
        value = import_from_settings(attr, *args)
        return scopes_without_rrn(value) if attr == "OIDC_RP_SCOPES" else value

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.OIDC_ENABLED:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class OIDCCallbackView(OIDCAuthenticationCallbackView):
    """The provider sends the browser back here with the authorization code."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.OIDC_ENABLED:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @property
    def success_url(self) -> str:
        return self.request.session.get("oidc_login_next") or landing_url(self.user)


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None
) -> HttpResponse:
    """django-axes' answer once a username is locked out: a Dutch page, status 429."""
    cool_off = get_cool_off(request)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
        "oidc_enabled": settings.OIDC_ENABLED,
        "oidc_login_url": oidc_login_url(),
    }
    return render(request, "registration/lockout.html", context, status=429)
