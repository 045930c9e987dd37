"""Every environment variable the settings or gunicorn read is listed where operators look."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
READERS = [*sorted((ROOT / "cms" / "settings").glob("*.py")), ROOT / "gunicorn.conf.py"]
PATTERN = re.compile(
    r"""(?:environ\.get|env_bool|env_list|env_mapping|_int)\(\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def _variables() -> set[str]:
    found: set[str] = set()
    for path in READERS:
        found |= set(PATTERN.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_settings_read_variables_at_all():
    assert {"SECRET_KEY", "SENTRY_DSN", "WEB_CONCURRENCY", "HEALTH_CHECK_TOKEN"} <= _variables()


def test_every_variable_is_in_env_example():
    listed = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert _variables() - listed == set()


def test_every_variable_is_in_the_readme_and_the_deploy_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    deploy = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for name in sorted(_variables()):
        assert f"`{name}`" in table, f"{name} missing in the README's table"
        assert f"`{name}`" in deploy, f"{name} missing in docs/deploy.md"
