"""The data the migrations create, made again after a transactional test emptied the database.

Transactional tests (live server, real Celery worker) commit for real, and pytest-django
flushes the database after each of them; these run last (see tests/conftest.py) and call
``ensure_base_data()`` first.
"""

from __future__ import annotations

import importlib

from django.apps import apps


def ensure_base_data() -> None:
    from wagtail.models import Collection, Locale, Page, Site

    from cms.models import HomePage
    from roles.models import Municipality
    from roles.municipalities import load_municipalities

    if not Locale.objects.exists():
        Locale.objects.create(language_code="nl-be")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.first()))
    if not HomePage.objects.exists():
        root = Page.objects.get(depth=1)
        home = root.add_child(instance=HomePage(title="Lokale vrijetijdsmonitor", slug="home"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "Vrijetijdsmonitor"},
        )
    if Municipality.objects.count() < 285:
        load_municipalities(Municipality)
        groups = importlib.import_module("roles.migrations.0004_province_comparison_groups")
        groups.create_groups(apps, None)
