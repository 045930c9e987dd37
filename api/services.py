"""Writes of the answers API: the log of its calls."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

from roles.permissions import Action, require

from .models import ApiCall, ApiClient

logger = logging.getLogger("api.calls")
audit = logging.getLogger("api.clients")

#: What the project team may change of a client after creating it (never the secret).
EDITABLE_FIELDS = ("name", "contact", "may_read_provisional", "active")


@transaction.atomic
def api_client_create(
    *,
    by: Any,
    name: str,
    client_id: str,
    client_secret: str,
    contact: str = "",
    may_read_provisional: bool = False,
    active: bool = True,
) -> ApiClient:
    """Only the project team admits a machine client; it gets client credentials, nothing else.

    The secret is stored as a hash (django-oauth-toolkit): whoever created the client must
    pass it on before saving.
    """
    require(by, Action.MANAGE_API_CLIENTS)
    client = ApiClient.objects.create(
        name=name,
        contact=contact,
        client_id=client_id,
        client_secret=client_secret,
        client_type=ApiClient.CLIENT_CONFIDENTIAL,
        authorization_grant_type=ApiClient.GRANT_CLIENT_CREDENTIALS,
        may_read_provisional=may_read_provisional,
        active=active,
    )
    audit.info(
        "api client created: %s (%s) provisional=%s by=%s",
        name,
        client.client_id,
        may_read_provisional,
        getattr(by, "username", by),
    )
    return client


@transaction.atomic
def api_client_update(*, client: ApiClient, by: Any, **changes: Any) -> ApiClient:
    """Only the project team changes a client: name, contact, provisional access, active."""
    require(by, Action.MANAGE_API_CLIENTS)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    client = ApiClient.objects.select_for_update().get(pk=client.pk)
    for field, value in changes.items():
        setattr(client, field, value)
    client.save(update_fields=[*changes, "updated"])
    audit.info(
        "api client changed: %s (%s) %s by=%s",
        client.name,
        client.client_id,
        changes,
        getattr(by, "username", by),
    )
    return client


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
