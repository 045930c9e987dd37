"""drf-spectacular hooks: the schema describes ``/api/v1/`` only (not Wagtail's API v2), with
its OAuth2 client credentials security scheme."""

from __future__ import annotations

from typing import Any

from drf_spectacular.contrib.django_oauth_toolkit import DjangoOAuthToolkitScheme

from roles.permissions import SCOPE_CONFIRMED, SCOPE_PROVISIONAL

PREFIX = "/api/v1/"


def only_api_v1(endpoints: list[tuple[Any, ...]], **kwargs: Any) -> list[tuple[Any, ...]]:
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PREFIX)]


class BearerTokenScheme(DjangoOAuthToolkitScheme):
    """Our bearer token authentication is django-oauth-toolkit's: one of the two scopes."""

    target_class = "api.oauth.BearerTokenAuthentication"

    def get_security_requirement(self, auto_schema: Any) -> list[dict[str, list[str]]]:
        return [{self.name: [SCOPE_CONFIRMED]}, {self.name: [SCOPE_PROVISIONAL]}]
