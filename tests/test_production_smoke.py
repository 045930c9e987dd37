"""The production settings as operations run them, without containers.

gunicorn (gunicorn.conf.py) with a real Celery worker and beat, on a fresh PostgreSQL
database and the configured Redis, a local OpenID provider standing in for the
government's: the probes answer, every check of /health/ passes, the site sends its
security headers, a PDF asked for on the site is built by the worker and served by web,
an invoerder logs in through OIDC and saves an answer, and a publish makes the worker
rebuild the question overview. Everything started here is stopped here.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import oidc_provider_mock
import pytest
import requests
from django.conf import settings

from tests.conftest import REQUIRE_REAL_SERVICES

pytestmark = [pytest.mark.pipeline, pytest.mark.production_smoke]

ROOT = Path(settings.BASE_DIR)
TOKEN = "smoke-health-token-0123456789"
HOST = "vrijetijdsmonitor.example.be"
ORIGIN = f"https://{HOST}"
# The demo's organisation code of Kasterlee (cms/demo/seed.py, seed_organisations).
INVOERDER = oidc_provider_mock.User(
    sub="smoke-invoerder-kasterlee",
    claims={
        "vo_id": "00000000-0000-4000-8000-0000000a0001",
        "given_name": "Ilse",
        "family_name": "Invoerder",
        "email": "ilse.invoerder@kasterlee.example",
        "dv_vrijetijdsmonitor_rol_3d": ["VrijetijdsmonitorInvoerder:0000013017"],
    },
)


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """A real OpenID provider on a free port; its base URL is also its issuer."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the provider speaks plain http
        with oidc_provider_mock.run_server_in_thread(
            require_nonce=True, user_claims=[INVOERDER]
        ) as server:
            yield f"http://localhost:{server.server_port}"


class Browser:
    """A scripted browser behind the TLS proxy: HTTPS as the proxy says, cookies by hand
    (they are Secure, and this side of the proxy is plain HTTP)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.cookies: dict[str, str] = {}

    def _headers(self, extra: dict[str, str]) -> dict[str, str]:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return {"Host": HOST, "X-Forwarded-Proto": "https", "Cookie": cookie, **extra}

    def _keep(self, response: requests.Response) -> requests.Response:
        for header in response.raw.headers.getlist("Set-Cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return response

    def get(self, path: str, **headers: str) -> requests.Response:
        return self._keep(
            requests.get(
                self.url + path, headers=self._headers(headers), allow_redirects=False, timeout=30
            )
        )

    def post(self, path: str, data: dict | list, **headers: str) -> requests.Response:
        headers = {"Origin": ORIGIN, "Referer": ORIGIN + path, **headers}
        return self._keep(
            requests.post(
                self.url + path,
                data=data,
                headers=self._headers(headers),
                allow_redirects=False,
                timeout=30,
            )
        )


def _hidden_inputs(page: str) -> dict[str, str]:
    found = re.findall(r'<input type="hidden" name="(\w+)"(?: value="([^"]*)")?', page)
    return {name: html.unescape(value) for name, value in found}


def _pdf_text(content: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        if REQUIRE_REAL_SERVICES:
            pytest.fail("the production smoke test needs DATABASE_URL on PostgreSQL")
        pytest.skip("needs DATABASE_URL on PostgreSQL")
    return url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="module")
def smoke_database() -> Iterator[str]:
    import psycopg

    server = _postgres_url()
    name = f"vtm_smoke_{uuid.uuid4().hex[:8]}"
    admin = _with_database(server, "postgres")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(server, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to look at, not to follow


_opener = urllib.request.build_opener(_NoRedirect)


def _get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Host": HOST, **headers})
    try:
        with _opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _wait_for(condition, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = condition()
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last = error
        else:
            if last:
                return last
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}; last: {last!r}")


class Processes:
    """Processes started for this test, each with its own log file; all stopped at the end."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.env = env
        self.started: list[tuple[str, subprocess.Popen]] = []

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start(self, name: str, *args: str) -> None:
        log = (self.folder / f"{name}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, *args],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.started.append((name, process))

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def alive(self, name: str) -> bool:
        return dict(self.started)[name].poll() is None

    def stop(self) -> None:
        for _, process in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for _, process in self.started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@pytest.fixture(scope="module")
def production(tmp_path_factory, smoke_database, provider) -> Iterator[tuple[str, str, Processes]]:
    """Web, worker and beat, started once for this module's tests."""
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if not broker.startswith("redis"):
        pytest.skip("needs CELERY_BROKER_URL on Redis")
    port = _free_port()
    tmp_path = tmp_path_factory.mktemp("production")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env = {
        **base,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "smoke-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": smoke_database,
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": os.environ.get("CELERY_RESULT_BACKEND", broker),
        "CACHE_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "HEALTH_CHECK_TOKEN": TOKEN,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "2",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "OIDC_RP_CLIENT_ID": "vrijetijdsmonitor-smoke",
        "OIDC_RP_CLIENT_SECRET": "smoke-secret",
        "OIDC_OP_ISSUER": provider,
        "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{provider}/oauth2/authorize",
        "OIDC_OP_TOKEN_ENDPOINT": f"{provider}/oauth2/token",
        "OIDC_OP_JWKS_ENDPOINT": f"{provider}/jwks",
        "OIDC_OP_LOGOUT_ENDPOINT": f"{provider}/oauth2/end_session",
    }
    env.pop("DEBUG", None)
    processes = Processes(tmp_path, env)
    processes.run("manage.py", "migrate", "--noinput", "--verbosity", "0")
    processes.run("manage.py", "collectstatic", "--noinput", "--verbosity", "0")
    processes.run(
        "manage.py",
        "check",
        "--deploy",
        "--database",
        "default",
        "--fail-level",
        "WARNING",
    )
    werkjaar = processes.run(
        "manage.py",
        "shell",
        "-c",
        "from cms.demo.seed import seed_campaign, seed_definitions, seed_home, "
        "seed_organisations; seed_organisations(); "
        "print(seed_campaign(seed_home(), seed_definitions()).werkjaar)",
    ).split()[-1]
    try:
        processes.start("web", "-m", "gunicorn", "cms.wsgi")
        processes.start(
            "worker", "-m", "celery", "-A", "cms", "worker", "--concurrency", "1", "-n", "smoke@%h"
        )
        processes.start(
            "beat", "-m", "celery", "-A", "cms", "beat", "--schedule", str(tmp_path / "beat")
        )
        yield f"http://127.0.0.1:{port}", werkjaar, processes
    finally:
        processes.stop()


def test_production_runs_under_gunicorn_with_a_worker_and_beat(production):
    url, werkjaar, processes = production

    status, _, body = _wait_for(
        lambda: (result := _get(f"{url}/health/live/"))[0] == 200 and result,
        timeout=60,
        what="gunicorn to answer",
    )
    assert body == b"ok\n"

    def all_checks_pass():
        status, _, body = _get(
            f"{url}/health/", Accept="application/json", Authorization=f"Bearer {TOKEN}"
        )
        return status == 200 and json.loads(body)

    checks = _wait_for(all_checks_pass, timeout=90, what="every health check to pass")
    assert any(name.startswith("Ping(") for name in checks), checks
    assert any(name.startswith("Redis(") for name in checks), checks
    assert _get(f"{url}/health/")[2] == b"ok\n"

    # Security headers of the production settings (HTTPS as the proxy would say).
    status, headers, _ = _get(f"{url}/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    status, headers, _ = _get(f"{url}/")
    assert status == 301 and headers["Location"].startswith(f"https://{HOST}/")

    # A PDF asked for on the site is built by the worker and served by web.
    request_id = uuid.uuid4().hex
    status, headers, _ = _get(
        f"{url}/rapporten/{werkjaar}/vragenoverzicht.pdf",
        **{"X-Forwarded-Proto": "https", "X-Request-ID": request_id},
    )
    assert status == 200
    assert headers["X-Request-ID"] == request_id

    def pdf_ready():
        status, headers, body = _get(
            f"{url}/rapporten/{werkjaar}/vragenoverzicht.pdf", **{"X-Forwarded-Proto": "https"}
        )
        return headers.get("Content-Type") == "application/pdf" and body

    pdf = _wait_for(pdf_ready, timeout=180, what="the worker to build the question overview")
    assert pdf.startswith(b"%PDF")

    assert processes.alive("beat"), processes.log("beat")
    # Every process logs JSON lines with the same fields.
    for name in ("web", "worker", "beat"):
        lines = [line for line in processes.log(name).splitlines() if line.startswith("{")]
        assert lines, f"{name} wrote no JSON lines:\n{processes.log(name)}"
        for line in lines:
            assert {"time", "level", "logger", "request_id", "user_id"} <= json.loads(line).keys()
    assert "beat: Starting" in processes.log("beat")


def test_an_invoerder_logs_in_through_oidc_saves_an_answer_and_a_publish_rebuilds_the_pdf(
    production,
):
    url, werkjaar, processes = production
    _wait_for(lambda: _get(f"{url}/health/live/")[0] == 200, timeout=60, what="gunicorn")
    browser = Browser(url)

    # Login: our redirect to the provider, the identity picked there, our callback.
    start = browser.get("/oidc/authenticate/")
    assert start.status_code == 302, start.text
    picked = requests.post(
        start.headers["Location"], data={"sub": INVOERDER.sub}, allow_redirects=False, timeout=10
    )
    assert picked.status_code == 302, picked.text
    callback = urlsplit(picked.headers["Location"])
    assert callback.path == "/oidc/callback/"
    landed = browser.get(f"{callback.path}?{callback.query}")
    assert landed.status_code == 302, landed.text
    assert "mislukt" not in landed.headers["Location"]

    # An answer saved on a step of the registration, there when the step is opened again.
    step = f"/registratie/{werkjaar}/13017/AAN/eigen-activiteiten/"
    page = browser.get(step)
    assert page.status_code == 200, page.text
    form = _hidden_inputs(page.text)
    saved = browser.post(
        step,
        {
            "csrfmiddlewaretoken": form["csrfmiddlewaretoken"],
            "versions": form["versions"],
            "loaded": form["loaded"],
            "conflicts": "",
            "q__AAN-01__cultuur__aantal": "17",
            "action": "save",
        },
    )
    assert saved.status_code == 302, saved.text
    again = browser.get(step)
    assert re.search(r'name="q__AAN-01__cultuur__aantal"[^>]* value="17"', again.text)

    # A publish (as the editor's "Publiceren" does) makes the worker rebuild the overview.
    processes.run(
        "manage.py",
        "shell",
        "-c",
        "from surveys.models import ThemePage; "
        "theme = ThemePage.objects.get(slug='eigen-activiteiten'); "
        "theme.title = 'Eigen activiteiten (herzien)'; theme.save_revision().publish()",
    )

    def rebuilt_overview():
        response = browser.get(f"/rapporten/{werkjaar}/vragenoverzicht.pdf")
        if response.headers.get("Content-Type") != "application/pdf":
            return False
        return "Eigen activiteiten (herzien)" in _pdf_text(response.content)

    _wait_for(rebuilt_overview, timeout=240, what="the worker to rebuild the question overview")
