"""Writes of the answers API: the log of its calls."""

from __future__ import annotations

import logging
from typing import Any

from .models import ApiCall, ApiClient

logger = logging.getLogger("api.calls")


def api_call_record(
    *,
    client: ApiClient | None,
    client_name: str,
    endpoint: str,
    filters: dict[str, Any],
    scopes: frozenset[str] | set[str],
    status_code: int,
    row_count: int,
    duration_ms: int,
) -> ApiCall | None:
    """Log every call: a row the project team reads in the admin, and a log line.

    Calls without a valid client (no or a bad token) get only the log line: anyone on the
    internet could otherwise fill the table.
    """
    scope_text = " ".join(sorted(scopes))
    logger.info(
        "api call client=%s endpoint=%s status=%s rows=%s ms=%s filters=%s scopes=%s",
        client_name or "-",
        endpoint,
        status_code,
        row_count,
        duration_ms,
        filters,
        scope_text,
    )
    if client is None:
        return None
    return ApiCall.objects.create(
        client=client,
        client_name=client_name[:255],
        endpoint=endpoint[:200],
        filters=filters,
        scopes=scope_text[:200],
        status_code=status_code,
        row_count=row_count,
        duration_ms=min(duration_ms, 2**31 - 1),
    )
