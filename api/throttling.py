"""Rate limit per machine client (DRF throttling, rate from the API_RATE_LIMIT setting)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class ApiClientRateThrottle(SimpleRateThrottle):
    """So many calls per client per period, counted in the shared cache."""

    scope = "api_client"

    def get_rate(self) -> str:
        # Read at every call (not at import as DRF does): a changed setting counts at once.
        return settings.API_RATE_LIMIT

    def allow_request(self, request: Any, view: Any) -> bool:
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        client = getattr(request, "api_client", None)
        if client is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": client.api_client.pk}
