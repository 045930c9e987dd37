"""drf-spectacular hooks: the schema describes ``/api/v1/`` only (not Wagtail's API v2)."""

from __future__ import annotations

from typing import Any

PREFIX = "/api/v1/"


def only_api_v1(endpoints: list[tuple[Any, ...]], **kwargs: Any) -> list[tuple[Any, ...]]:
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PREFIX)]
