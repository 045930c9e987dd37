"""Queries of the registration's status overview (/registratie/<werkjaar>/<nis>/), measured
alongside the progress dashboard's (tests/reports/test_dashboard.py).

Where the status overview's 10 queries come from (for an invoerder, a coördinator and the
project team alike):
- Django: the session and the user (2);
- the registration context (surveys/views/context.py): the campaign, and the participation
  with its municipality (2; a municipality that does not take part yet: 3);
- roles.permissions: the object permissions and the project-team membership, one query (1);
- the questionnaire's state (surveys.questionnaires keeps the questionnaire built) (1);
- surveys.selectors.status_overview: the rubric responses (1);
- surveys.assignments.work_overview: the themes handed to colleagues (1);
- the header (cms.context_processors.site_context): the menu pages (the site's home page
  comes from Wagtail's cached site root paths, the links are local URLs) and the person's
  role assignments (roles.selectors.roles_of) (2).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.models import ContentPage

STATUS_OVERVIEW = "/registratie/2025/13017/"


@pytest.fixture
def kasterlee(db):
    from roles.models import Municipality

    return Municipality.objects.get(nis_code="13017")


@pytest.fixture
def people(kasterlee, project_team_user):
    from roles.models import Role
    from tests.surveys.conftest import person

    return {
        "invoerder": person("invoerder", kasterlee, Role.INVOERDER),
        "coordinator": person("coordinator", kasterlee, Role.COORDINATOR),
        "team": project_team_user,
    }


@pytest.fixture
def registered(campaign, kasterlee, people):
    """Kasterlee takes part: the overview reads its rubric responses too."""
    from surveys.services import participation_register

    participation_register(municipality=kasterlee, campaign=campaign, by=people["invoerder"])
    return campaign


def status_overview_queries(client, user) -> int:
    client.force_login(user)
    client.get(STATUS_OVERVIEW)  # per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(STATUS_OVERVIEW).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("role", ["invoerder", "coordinator", "team"])
def test_the_status_overview_needs_at_most_10_queries(client, registered, people, role):
    assert status_overview_queries(client, people[role]) <= 10


def test_menu_pages_cost_the_header_no_query_of_their_own(client, campaign, people, home_page):
    """The menu shows titles and links: pages of every type come in the one query."""
    without_menu = status_overview_queries(client, people["invoerder"])

    handleiding = ContentPage(title="Handleiding", slug="handleiding", show_in_menus=True)
    home_page.add_child(instance=handleiding)
    handleiding.save_revision().publish()
    campaign.show_in_menus = True
    campaign.save_revision().publish()

    with_menu = status_overview_queries(client, people["invoerder"])
    html = client.get(STATUS_OVERVIEW).content.decode()
    assert 'href="/handleiding/"' in html and campaign.url in html
    assert with_menu == without_menu
