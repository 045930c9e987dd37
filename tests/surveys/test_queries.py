"""A theme step renders and saves with a number of queries that does not grow with its size."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from roles.models import Role
from surveys.models import Answer

from .conftest import person
from .generated import answer_post_data, build_generated_campaign

pytestmark = pytest.mark.django_db


def measure(client, werkjaar: int, count: int) -> tuple[int, int, int]:
    url = f"/registratie/{werkjaar}/13017/GEN/alles/"
    client.get(url)  # warm caches that are per process (content types, hooks)
    with CaptureQueriesContext(connection) as render:
        response = client.get(url)
    assert response.status_code == 200
    data = {"action": "save", "versions": "{}", "conflicts": "", **answer_post_data(count)}
    with CaptureQueriesContext(connection) as save:
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = Answer.objects.filter(participation__campaign__werkjaar=werkjaar).count()
    return len(render.captured_queries), len(save.captured_queries), saved


def test_query_counts_do_not_grow_with_the_number_of_questions(client, home_page, kasterlee):
    build_generated_campaign(home_page, werkjaar=2031, count=10)
    build_generated_campaign(home_page, werkjaar=2032, count=60)
    user = person("invoerder-gen", kasterlee, Role.INVOERDER)
    client.force_login(user)
    render_10, save_10, saved_10 = measure(client, 2031, 10)
    render_60, save_60, saved_60 = measure(client, 2032, 60)
    assert (saved_10, saved_60) == (10, 60)
    assert render_60 == render_10, (render_10, render_60)
    assert save_60 == save_10, (save_10, save_60)
