"""Probes for the platform and for monitoring (django-health-check).

- ``/health/live/``: the process answers; touches nothing else (liveness probe).
- ``/health/ready/``: the database and the cache answer (readiness probe of web).
- ``/health/``: everything a working service needs: database, cache, Celery broker and a
  worker's ping, both file storages and the disk (monitoring).

To the public each says only "ok" (200) or "unavailable" (503). Which check failed and
why is shown to staff and to callers with ``Authorization: Bearer <HEALTH_CHECK_TOKEN>``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hmac
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import Storage as DjangoStorage
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.views import HealthCheckView


@dataclasses.dataclass
class PrivateStorage(Storage):
    """The private storage of generated reports: write, read and delete a file."""

    alias: str = "private"

    @property
    def storage(self) -> DjangoStorage:
        from reports.storage import private_storage

        return private_storage  # type: ignore[return-value]


def _existing(path: Path) -> Path:
    """The folder itself or, before its first file, the nearest folder above it."""
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def readiness_checks() -> list[HealthCheck]:
    return [Database(), Cache()]


def all_checks() -> list[HealthCheck]:
    from health_check.contrib.psutil import Disk

    checks: list[HealthCheck] = [
        *readiness_checks(),
        Storage(),
        PrivateStorage(),
        *(
            Disk(path=_existing(root), max_disk_usage_percent=settings.HEALTH_CHECK_DISK_USAGE_MAX)
            for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
        ),
    ]
    broker = settings.CELERY_BROKER_URL
    if broker and not settings.CELERY_TASK_ALWAYS_EAGER:
        from health_check.contrib.celery import Ping
        from health_check.contrib.redis import Redis
        from redis.asyncio import Redis as RedisClient

        from cms.celery import app

        if broker.startswith(("redis://", "rediss://")):
            checks.append(Redis(client_factory=lambda: RedisClient.from_url(broker)))
        checks.append(Ping(app=app, limit=1))
    return checks


def may_see_details(request: HttpRequest, user: Any) -> bool:
    token = settings.HEALTH_CHECK_TOKEN
    header = request.headers.get("Authorization", "")
    if (
        token
        and header.startswith("Bearer ")
        and hmac.compare_digest(header.removeprefix("Bearer ").encode(), token.encode())
    ):
        return True
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


class HealthView(HealthCheckView):
    """django-health-check's view, telling the public only whether all is well."""

    check_set = "all"

    def get_checks(self) -> Generator[HealthCheck, None, None]:
        yield from readiness_checks() if self.check_set == "ready" else all_checks()

    async def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = await request.auser()
        if may_see_details(request, user):
            response = await super().get(request, *args, **kwargs)
        else:
            with self.get_executor() as executor:
                self.results = await asyncio.gather(
                    *(check.get_result(executor) for check in self.get_checks())
                )
            healthy = not any(result.error for result in self.results)
            response = HttpResponse(
                "ok\n" if healthy else "unavailable\n", content_type="text/plain; charset=utf-8"
            )
        if any(result.error for result in self.results):
            # 503: the service cannot serve now (the library answers 500).
            response.status_code = 503
        return response


@never_cache
def live(request: HttpRequest) -> HttpResponse:
    """The process is up and answers; nothing else is asked."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


LIVENESS_PATH = "/health/live/"


class LivenessMiddleware:
    """Answer the liveness probe before anything else looks at the request.

    The platform calls it on the container's own address, which is not one of the
    ALLOWED_HOSTS, over plain HTTP: host validation and the HTTPS redirect must not turn
    "the process answers" into a 400 or a 301.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info == LIVENESS_PATH and request.method in ("GET", "HEAD"):
            return live(request)
        return self.get_response(request)
