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


#: The most queries a step may take: session, user, campaign, municipality, rights,
#: participation, questionnaire state, rubric response and answers, the previous campaign
#: and its answers, and the page header.
MAX_RENDER_QUERIES = 15
#: A first save: the same reads, then creating the participation and the rubric response
#: (with their savepoints), the locked response, one upsert of the answers, one insert of
#: their audit rows, the previous campaign's answers (for the checks), the counters and
#: the status change.
MAX_SAVE_QUERIES = 27


def test_query_counts_do_not_grow_with_the_number_of_questions(client, home_page, kasterlee):
    sizes = {2031: 10, 2032: 60, 2033: 200}
    # Every measured campaign has a previous one, whose answers the step shows.
    build_generated_campaign(home_page, werkjaar=2030, count=10)
    for werkjaar, count in sizes.items():
        build_generated_campaign(home_page, werkjaar=werkjaar, count=count)
    user = person("invoerder-gen", kasterlee, Role.INVOERDER)
    client.force_login(user)
    measured = {count: measure(client, werkjaar, count) for werkjaar, count in sizes.items()}
    assert [saved for _render, _save, saved in measured.values()] == [10, 60, 200]
    renders = {count: render for count, (render, _save, _saved) in measured.items()}
    saves = {count: save for count, (_render, save, _saved) in measured.items()}
    if connection.features.max_query_params is not None:
        # SQLite takes at most 999 parameters a statement: Django splits the 200 answers'
        # inserts into batches there. PostgreSQL takes them in one statement each.
        renders.pop(200), saves.pop(200)
    assert len(set(renders.values())) == 1, renders
    assert len(set(saves.values())) == 1, saves
    assert renders[60] <= MAX_RENDER_QUERIES, renders
    assert saves[60] <= MAX_SAVE_QUERIES, saves
