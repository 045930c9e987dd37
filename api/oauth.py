"""OAuth2 for machine clients: which scopes a client may get, and who the caller is.

django-oauth-toolkit issues and checks the tokens; this module adds our rules to it:

- a client gets ``antwoorden:voorlopig`` only when the project team ticked
  "mag voorlopige antwoorden lezen" (``ApiScopes``);
- only active client-credentials clients get tokens (``ApiClientValidator``);
- the API sees the caller as a ``Client`` (the ``roles.permissions.MachineClient``
  protocol) and asks ``roles.permissions.can`` what it may read (``ApiAccess``).

A person's session never authenticates here: the API views accept bearer tokens only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from oauth2_provider.contrib.rest_framework import OAuth2Authentication
from oauth2_provider.oauth2_validators import OAuth2Validator
from oauth2_provider.scopes import SettingsScopes
from rest_framework.permissions import BasePermission

from roles.permissions import SCOPE_CONFIRMED, SCOPE_PROVISIONAL, Action, can

from .models import ApiClient


class ApiScopes(SettingsScopes):
    """The provisional scope only for clients allowed it; the confirmed one by default."""

    def get_available_scopes(self, application: Any = None, request: Any = None, *args, **kwargs):
        scopes = [SCOPE_CONFIRMED]
        if application is not None and getattr(application, "may_read_provisional", False):
            scopes.append(SCOPE_PROVISIONAL)
        return scopes

    def get_default_scopes(self, application: Any = None, request: Any = None, *args, **kwargs):
        return [SCOPE_CONFIRMED]


class ApiClientValidator(OAuth2Validator):
    """Tokens only for active machine clients, only by client credentials."""

    def validate_grant_type(self, client_id, grant_type, client, request, *args, **kwargs):
        if grant_type != "client_credentials" or not getattr(client, "is_machine_client", False):
            return False
        return super().validate_grant_type(client_id, grant_type, client, request, *args, **kwargs)


@dataclass(frozen=True)
class Client:
    """The caller of an API view: a machine client and the scopes of its token."""

    api_client: ApiClient
    scopes: frozenset[str]
    is_machine_client: bool = True

    @property
    def name(self) -> str:
        return self.api_client.name or self.api_client.client_id


def client_of(request: Any) -> Client | None:
    """The machine client behind a request's bearer token, if it is one."""
    token = getattr(request, "auth", None)
    application = getattr(token, "application", None)
    if token is None or application is None or token.user_id is not None:
        return None  # a token on behalf of a person is not a machine client
    if not isinstance(application, ApiClient) or not application.is_machine_client:
        return None
    scopes = frozenset(token.scope.split())
    if not application.may_read_provisional:
        # Withdrawn since the token was issued: the token keeps only what the client may now.
        scopes -= {SCOPE_PROVISIONAL}
    return Client(api_client=application, scopes=scopes)


class BearerTokenAuthentication(OAuth2Authentication):
    """django-oauth-toolkit's bearer token check (the only way in: no session, no password)."""

    www_authenticate_realm = "vrijetijdsmonitor"


class ApiAccess(BasePermission):
    """Only machine clients whose token carries a scope of the API (``Action.API_READ``)."""

    message = _(
        "Deze API is er alleen voor machineclients met een geldig token (OAuth2 client "
        "credentials). Vraag een client aan bij het projectteam."
    )

    def has_permission(self, request: Any, view: Any) -> bool:
        client = client_of(request)
        request.api_client = client
        return client is not None and can(client, Action.API_READ)
