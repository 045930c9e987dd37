"""Sessions end after a spell of inactivity and after a maximum length (security review 6.7)."""

from __future__ import annotations

import time

import pytest

from roles.sessions import SEEN, STARTED

pytestmark = pytest.mark.django_db

OVERVIEW = "/registratie/2025/13017/"


@pytest.fixture
def logged_in(client, campaign):
    from roles.models import Municipality, Role
    from tests.surveys.conftest import person

    client.force_login(
        person("invoerder", Municipality.objects.get(nis_code="13017"), Role.INVOERDER)
    )
    assert client.get(OVERVIEW).status_code == 200
    return client


def set_times(client, *, started_ago: int, seen_ago: int) -> None:
    session = client.session
    now = int(time.time())
    session[STARTED] = now - started_ago
    session[SEEN] = now - seen_ago
    session.save()


def test_a_login_starts_the_clock(logged_in):
    session = logged_in.session
    assert abs(session[STARTED] - time.time()) < 60
    assert abs(session[SEEN] - time.time()) < 60


def test_an_idle_session_ends_and_comes_back_to_the_same_page(logged_in, settings):
    settings.SESSION_IDLE_MINUTES = 120
    set_times(logged_in, started_ago=3 * 3600, seen_ago=121 * 60)
    response = logged_in.get(OVERVIEW + "AAN/activiteiten/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/registratie/2025/13017/AAN/activiteiten/"
    assert "_auth_user_id" not in logged_in.session
    page = logged_in.get(response["Location"]).content.decode()
    assert "Uw sessie is afgelopen" in page


def test_a_session_ends_after_its_maximum_even_when_used(logged_in, settings):
    settings.SESSION_MAX_HOURS = 12
    set_times(logged_in, started_ago=12 * 3600 + 60, seen_ago=30)
    assert logged_in.get(OVERVIEW).status_code == 302
    assert "_auth_user_id" not in logged_in.session


def test_use_keeps_a_session_alive_without_writing_it_on_every_request(logged_in):
    set_times(logged_in, started_ago=3600, seen_ago=119 * 60)
    assert logged_in.get(OVERVIEW).status_code == 200
    assert time.time() - logged_in.session[SEEN] < 60  # renewed
    before = logged_in.session[SEEN]
    assert logged_in.get(OVERVIEW).status_code == 200
    assert logged_in.session[SEEN] == before  # within the minute: not written again


def test_the_session_cookie_lasts_at_most_the_maximum(settings):
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_MAX_HOURS * 3600 == 12 * 3600
