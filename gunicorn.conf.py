"""gunicorn, configured from the environment (docs/deploy.md).

Run: gunicorn cms.wsgi  (gunicorn reads this file from the working directory)
"""

import multiprocessing
import os

from cms.observability import logging_config


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


# Listen on all interfaces of the container on PORT (8000 by default).
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{_int('PORT', 8000)}"

# Processes: WEB_CONCURRENCY, else two per core plus one (gunicorn's advice), at most 8 by
# default so that a large machine does not exhaust the database's connections.
workers = _int("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8))
# Threads per process: a request waiting on PostgreSQL or Redis lets another one run.
threads = _int("GUNICORN_THREADS", 2)
worker_class = "gthread" if threads > 1 else "sync"

# A request that takes longer is killed and logged; the largest PDFs are built by Celery,
# never in a request.
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Recycle processes now and then, so that a slow leak never grows into an outage.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# The proxy in front terminates TLS; trust its X-Forwarded-* headers (set the proxy's
# addresses in FORWARDED_ALLOW_IPS where other machines could reach gunicorn directly).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")

# No control socket (gunicornc): a container has no use for it, and two gunicorns of one
# user on one machine would share its default path.
control_socket_disable = True

# Heartbeat files in memory, not on a container's overlay disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# gunicorn's own lines (boot, worker timeouts) in the application's format: JSON lines in
# production. Its access log (a line per request, query strings included) only where
# GUNICORN_ACCESS_LOG=true; Django logs every error response anyway.
logconfig_dict = logging_config(
    json=os.environ.get("LOG_FORMAT", "json") == "json",
    level=os.environ.get("LOG_LEVEL", "INFO"),
)
logconfig_dict["loggers"]["gunicorn.error"] = {"handlers": [], "propagate": True}
# Django answers HEAD with the GET body and leaves it to the server to drop; gunicorn drops
# it as it should, and would warn about it for every HEAD of an uptime monitor.
logconfig_dict["loggers"]["gunicorn.http.wsgi"] = {"level": "ERROR"}
logconfig_dict["loggers"]["gunicorn.access"] = {
    "handlers": [],
    "propagate": True,
    "level": "INFO" if os.environ.get("GUNICORN_ACCESS_LOG", "").lower() == "true" else "WARNING",
}
