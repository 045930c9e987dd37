"""Browser tests: Playwright driving Debian's Chromium against the live test server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import REQUIRE_REAL_SERVICES

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


def pytest_collection_modifyitems(config, items):
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "browser" not in item.keywords:
            continue
        needs = list(missing)
        if "axe" in item.keywords and not AXE.exists():
            needs.append("axe-core (npm install)")
        # CI installs everything: there a missing browser is a failure, not a skip.
        if needs and not REQUIRE_REAL_SERVICES:
            item.add_marker(pytest.mark.skip(reason="needs " + ", ".join(needs)))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-BE", "viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def site(live_server, transactional_db):
    """The live server with the small test campaign and Kasterlee's people."""
    from tests.base_data import ensure_base_data

    ensure_base_data()
    from cms.models import HomePage
    from roles.models import Municipality, Role
    from roles.services import project_team_group_ensure
    from surveys.models import Definition
    from tests.factories import build_campaign
    from tests.surveys.conftest import person

    vte = Definition.objects.create(term="VTE", explanation="Voltijdse equivalenten.")
    build_campaign(HomePage.objects.get(), definitions={"VTE": vte})
    kasterlee = Municipality.objects.get(nis_code="13017")
    team = person("projectteam")
    team.groups.add(project_team_group_ensure())
    people = {
        "invoerder": person("invoerder-kasterlee", kasterlee, Role.INVOERDER),
        "coordinator": person("coordinator-kasterlee", kasterlee, Role.COORDINATOR),
        "raadpleger": person("raadpleger-kasterlee", kasterlee, Role.RAADPLEGER),
        "beheerder": person("beheerder-kasterlee", kasterlee, Role.BEHEERDER),
        "team": team,
    }
    return {"url": live_server.url, "people": people}


def login(page, site, username: str) -> None:
    page.goto(site["url"] + "/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Aanmelden met demo-account").click()
    page.wait_for_load_state()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def inject_axe(page) -> None:
    """axe-core, evaluated in the page: an injected <script> is refused by the site's
    Content-Security-Policy (no inline scripts), an evaluation from the test is not."""
    page.evaluate(AXE.read_text(encoding="utf-8"))


def axe_violations(page) -> list[dict]:
    inject_axe(page)
    levels = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']"
    result = page.evaluate(f"async () => await axe.run(document, {{runOnly: {levels}}})")
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


__all__ = ["axe_violations", "inject_axe", "login", "screenshot", "shutil"]
