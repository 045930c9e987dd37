"""The PDFs as people download them: the public question overview and a municipality's answers.

Every PDF is read back the way a reader sees it: its text per page (pypdfium2) and its
tables (pdfplumber). Builds that Celery runs after a commit run here eagerly inside
``django_capture_on_commit_callbacks(execute=True)``; one test runs them in a real worker.
"""

from __future__ import annotations

import copy
import datetime
import io
import re
import time

import pdfplumber
import pypdfium2
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from reports.models import GeneratedReport
from reports.pdfs import services
from reports.storage import private_storage
from roles.models import Municipality, Role
from surveys.models import Definition, RubricResponse, ThemePage
from surveys.selectors import answers_for_rubric, participation_for, questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save, rubric_confirm
from tests.surveys.conftest import person

OVERVIEW = "/rapporten/2025/vragenoverzicht.pdf"
ANSWERS = "/rapporten/2025/13017/antwoorden.pdf"
BRECHT_ANSWERS = "/rapporten/2025/11009/antwoorden.pdf"


# --- reading what people get ---------------------------------------------------------------


def pdf_bytes(response) -> bytes:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content) if response.streaming else response.content


def pages_text(content: bytes) -> list[str]:
    """The text of every page, whitespace collapsed (line breaks in the layout vanish)."""
    document = pypdfium2.PdfDocument(content)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def page_text(response) -> str:
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return " ".join(soup.get_text(" ").split())


def is_being_made_page(response) -> bool:
    """The page that says the PDF is being made and watches for it (see ``watched_status``)."""
    if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
        return False
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup.select_one("[data-report-status-url]") is not None


def watched_status(response) -> str:
    """The status address the "being made" page asks (its script polls it)."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    watcher = soup.select_one("[data-report-status-url]")
    assert watcher is not None, "not a page that watches a status"
    url = watcher["data-report-status-url"]
    assert isinstance(url, str)
    return url


def status_of(client, url: str) -> dict:
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    return response.json()


# --- people --------------------------------------------------------------------------------


@pytest.fixture
def kasterlee(db):
    return Municipality.objects.get(nis_code="13017")


@pytest.fixture
def people(kasterlee, project_team_user):
    brecht = Municipality.objects.get(nis_code="11009")
    return {
        "invoerder": person("invoerder", kasterlee, Role.INVOERDER),
        "coordinator": person("coordinator", kasterlee, Role.COORDINATOR),
        "raadpleger": person("raadpleger", kasterlee, Role.RAADPLEGER),
        "brecht": person("invoerder-brecht", brecht, Role.INVOERDER),
        "team": project_team_user,
    }


@pytest.fixture
def overview_built(campaign):
    """The overview as the Celery task leaves it after the campaign was published."""
    return services.question_overview_build(campaign=campaign)


# --- the question overview -----------------------------------------------------------------


def test_the_overview_lists_every_question_with_its_settings(client, campaign, overview_built):
    response = client.get(OVERVIEW)
    assert response["Content-Disposition"] == 'inline; filename="vragenoverzicht-2025.pdf"'
    pages = pages_text(pdf_bytes(response))
    text = " ".join(pages)

    questionnaire = questionnaire_for_campaign(campaign=campaign)
    for question in questionnaire.questions():
        assert f"{question.code} · {question.text}" in text
    for title in ("Aanbod", "Financiën", "Activiteiten", "Doelgroepen", "Uitgaven"):
        assert title in text
    # the cover, type and settings of each question
    assert "Vragenoverzicht werkjaar 2025" in pages[0]
    assert "Geheel getal – eenheid: dagen, minimum 0, maximum 366" in text
    assert "Antwoordopties: De gemeente (gemeente) · Een vzw (vzw)" in text
    assert "Rijen: Cultuur; Jeugd; Sport" in text
    assert "Ook mogelijk: Onbekend" in text
    # conditions in words, with the answer's label
    assert "Enkel als AAN-02 = Ja" in text
    assert "Enkel als bij AAN-05 ‘Senioren’ is aangeduid" in text
    # page numbers on every page
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page


def test_the_table_of_contents_points_at_the_right_pages(client, overview_built):
    pages = pages_text(pdf_bytes(client.get(OVERVIEW)))
    assert pages[1].startswith("Inhoudstafel ")
    toc = pages[1].removeprefix("Inhoudstafel ")
    entries = {
        title.strip(): number for title, number in re.findall(r"([^.\d]+?) ?\.{3,} ?(\d+)", toc)
    }
    assert set(entries) >= {"AAN · Aanbod", "Activiteiten", "FIN · Financiën", "Woordenlijst"}
    for title, number in entries.items():
        assert title in pages[int(number) - 1], (title, number)


def test_the_glossary_explains_the_linked_definitions(client, overview_built):
    pages = pages_text(pdf_bytes(client.get(OVERVIEW)))
    glossary = pages[-1]
    assert "Woordenlijst" in glossary
    assert "VTE Voltijdse equivalenten. Zo telt u: Halftijds telt als 0,5." in glossary
    assert "Definities: VTE" in " ".join(pages[:-1])
    # only definitions that a question links appear
    assert "Vrijwilliger" not in glossary


def test_the_overview_is_a_tagged_pdf_in_dutch_with_a_title(client, overview_built):
    with pdfplumber.open(io.BytesIO(pdf_bytes(client.get(OVERVIEW)))) as pdf:
        catalog = pdf.doc.catalog
        assert pdf.metadata["Title"] == "Vragenoverzicht werkjaar 2025 – Lokale vrijetijdsmonitor"
        assert catalog["Lang"] == b"nl-BE"
        assert "StructTreeRoot" in catalog
        assert catalog["MarkInfo"]["Marked"] is True


def test_before_the_first_build_a_page_says_the_overview_is_being_made(client, campaign):
    response = client.get(OVERVIEW)
    assert is_being_made_page(response)
    assert "Het overzicht wordt gemaakt…" in page_text(response)


def test_the_being_made_page_does_not_refresh_itself(client, campaign):
    """WCAG 2.2.1: no timed refresh; a script watches the build, a link works without it."""
    response = client.get(OVERVIEW)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.find("meta", attrs={"http-equiv": re.compile("refresh", re.I)}) is None
    assert soup.find("script", src=re.compile(r"/theme/js/report-status\.js$")) is not None
    assert not [script for script in soup.find_all("script") if not script.get("src")]
    assert not soup.find_all(style=True)
    live = soup.find(attrs={"aria-live": "polite"})
    assert "Het PDF-bestand wordt nu gemaakt." in live.get_text()
    assert soup.find("a", string="Nu opnieuw kijken")["href"] == OVERVIEW


def test_the_overview_status_says_building_then_ready_with_the_file(client, campaign):
    page = client.get(OVERVIEW)
    url = watched_status(page)
    assert url == "/rapporten/2025/vragenoverzicht/status/"

    building = status_of(client, url)
    assert building["state"] == "building"
    assert building["link"] is None
    assert "wordt" in building["message"]

    services.question_overview_build(campaign=campaign)

    ready = status_of(client, url)
    assert ready["state"] == "ready"
    assert ready["link"]["url"] == OVERVIEW
    assert ready["link"]["text"] == "Het vragenoverzicht openen (PDF)"
    assert "AAN-01" in " ".join(pages_text(pdf_bytes(client.get(ready["link"]["url"]))))


def test_the_overview_status_of_an_unknown_werkjaar_is_not_found(client, campaign):
    assert client.get("/rapporten/1999/vragenoverzicht/status/").status_code == 404


def test_the_page_asks_again_for_a_build_that_never_came(
    client, campaign, django_capture_on_commit_callbacks
):
    # The publish asked for a build long ago, but no worker ran it (a restart, say).
    GeneratedReport.objects.filter(campaign=campaign).update(
        requested_at=timezone.now() - datetime.timedelta(minutes=30)
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.get(OVERVIEW)
    assert is_being_made_page(response)
    assert len(callbacks) == 1
    # the build ran: the next visit gets the PDF
    assert "AAN-01" in " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))


def test_publishing_an_edited_question_rebuilds_the_overview(
    client, campaign, overview_built, django_capture_on_commit_callbacks
):
    old_file = overview_built.file_name
    assert "Is er een speelpleinwerking?" in " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))

    theme = ThemePage.objects.get(slug="activiteiten")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw[1]["value"]["text"] = "Had de gemeente een eigen speelpleinwerking?"
    theme.body = raw
    with django_capture_on_commit_callbacks(execute=True):
        theme.save_revision().publish()

    text = " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))
    assert "AAN-02 · Had de gemeente een eigen speelpleinwerking?" in text
    assert "Is er een speelpleinwerking?" not in text
    assert not private_storage.exists(old_file)


def test_reordering_themes_reorders_the_overview(
    client, campaign, overview_built, django_capture_on_commit_callbacks
):
    doelgroepen = ThemePage.objects.get(slug="doelgroepen")
    with django_capture_on_commit_callbacks(execute=True):
        doelgroepen.move(ThemePage.objects.get(slug="activiteiten"), pos="left")

    toc = pages_text(pdf_bytes(client.get(OVERVIEW)))[1]
    assert toc.index("Doelgroepen") < toc.index("Activiteiten")


def test_a_draft_is_not_in_the_overview(client, campaign, overview_built):
    theme = ThemePage.objects.get(slug="activiteiten")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw[1]["value"]["text"] = "Een tekst die nog niet gepubliceerd is"
    theme.body = raw
    theme.save_revision()  # saved, not published

    text = " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))
    assert "Een tekst die nog niet gepubliceerd is" not in text


def test_an_edited_definition_reaches_the_glossary(
    client, campaign, overview_built, django_capture_on_commit_callbacks
):
    definition = Definition.objects.get(term="VTE")
    definition.explanation = "Voltijdse equivalenten: 38 uur per week telt als 1."
    with django_capture_on_commit_callbacks(execute=True):
        definition.save()
    assert "38 uur per week telt als 1." in pages_text(pdf_bytes(client.get(OVERVIEW)))[-1]


def test_the_management_command_builds_the_overview(client, campaign):
    output = io.StringIO()
    call_command("build_question_overview", "--werkjaar", "2025", stdout=output)
    assert re.search(r"Vragenoverzicht 2025: \d+ pagina's", output.getvalue())
    assert "AAN-01" in " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))


def test_home_and_invitation_link_to_the_overview(client, campaign, home_page):
    from cms.models import ContentPage

    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    link = home.find("a", string="Overzicht van alle vragen (PDF)")
    assert link["href"] == OVERVIEW

    invitation = ContentPage(title="Uitnodiging", slug="uitnodiging")
    home_page.add_child(instance=invitation)
    invitation.save_revision().publish()
    page = BeautifulSoup(client.get("/uitnodiging/").content.decode(), "html.parser")
    link = page.find("a", string="Overzicht van alle vragen (PDF)")
    response = client.get(link["href"])
    assert (response.status_code, response["Location"]) == (302, OVERVIEW)


def test_unknown_werkjaar_is_not_found(client, campaign):
    assert client.get("/rapporten/1999/vragenoverzicht.pdf").status_code == 404


# --- answers of a municipality -------------------------------------------------------------


def save(campaign, municipality, rubric, user, **values):
    """Save answers through the service, as the form does (code=value or code=("", special))."""
    inputs = {
        code.replace("_", "-"): AnswerInput(value=v[0], special=v[1])
        if isinstance(v, tuple)
        else AnswerInput(value=v)
        for code, v in values.items()
    }
    participation = participation_for(municipality=municipality, campaign=campaign)
    current = answers_for_rubric(participation=participation, rubric=rubric)
    seen = {code: current[code].version if code in current else 0 for code in inputs}
    return answers_save(
        municipality=municipality,
        campaign=campaign,
        rubric=rubric,
        by=user,
        values=inputs,
        seen_versions=seen,
    )


@pytest.fixture
def answered(campaign, kasterlee, people):
    """Kasterlee: Aanbod partly answered (draft), Financiën answered and confirmed."""
    questionnaire = questionnaire_for_campaign(campaign=campaign)
    save(
        campaign,
        kasterlee,
        questionnaire.rubric("AAN"),
        people["invoerder"],
        AAN_01={"cultuur": {"aantal": 1234}, "sport": {"aantal": 5}},
        AAN_02=True,
        AAN_03="vzw",
        AAN_04=(None, "onbekend"),
        AAN_05=["kleuters", "tieners"],
    )
    save(
        campaign,
        kasterlee,
        questionnaire.rubric("FIN"),
        people["invoerder"],
        FIN_01="2500.5",
        FIN_02="12.5",
        FIN_03="3.75",
    )
    response = RubricResponse.objects.get(rubric__code="FIN")
    rubric_confirm(response=response, by=people["coordinator"])
    return questionnaire


def pages_of(pages: list[str], code: str) -> list[str]:
    """The pages of one rubric (each starts on a new page; page 1 is the summary)."""
    return [page for page in pages[1:] if f"{code}-0" in page]


def test_one_rubric_shows_the_answers_as_entered(client, answered, people):
    client.force_login(people["raadpleger"])
    response = client.get(ANSWERS + "?rubriek=AAN")
    assert response["Content-Disposition"] == 'inline; filename="antwoorden-2025-13017-AAN.pdf"'
    content = pdf_bytes(response)
    text = " ".join(pages_text(content))
    assert "Antwoorden van Kasterlee" in text
    assert "Ja" in text and "Een vzw" in text and "Kleuters, Tieners" in text
    assert "AAN-04 Hoeveel speeldagen? onbekend" in text
    assert "AAN-06 Welk seniorenaanbod? niet van toepassing (voorwaarde)" in text
    assert "AAN-07 Sinds wanneer? niet beantwoord" in text
    assert "FIN-01" not in text  # one rubric only

    with pdfplumber.open(io.BytesIO(content)) as pdf:
        rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
    # the per-sector table, with Belgian thousands and its total
    cells = [cell for row in rows for cell in row if cell]
    assert "1.234" in cells and "1.239" in cells


def test_the_whole_campaign_marks_drafts_and_confirmations(
    client, answered, people, django_capture_on_commit_callbacks
):
    client.force_login(people["invoerder"])
    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(ANSWERS)
    assert is_being_made_page(first)
    assert "Het PDF-bestand met uw antwoorden wordt gemaakt…" in page_text(first)

    response = client.get(ANSWERS)
    assert response["Content-Disposition"] == 'inline; filename="antwoorden-2025-13017.pdf"'
    pages = pages_text(pdf_bytes(response))
    text = " ".join(pages)
    assert "FIN-01 Exploitatie-uitgaven € 2.500,50" in text
    assert "FIN-02 Aandeel vrije tijd 12,5 %" in text
    assert "FIN-04 Toelichting niet beantwoord" in text

    draft, confirmed = pages_of(pages, "AAN"), pages_of(pages, "FIN")
    assert draft and confirmed
    for page in draft:
        assert "VOORLOPIG – nog niet bevestigd (volledig)" in page
    for page in confirmed:
        assert "VOORLOPIG" not in page
        assert re.search(CONFIRMED_BY_COORDINATOR, page)


CONFIRMED_BY_COORDINATOR = r"Bevestigd door Coordinator op \d+ \w+ 2\d{3} om \d\d:\d\d"


def test_every_page_of_a_long_rubric_carries_its_status(client, home_page, kasterlee, people):
    from surveys.services import participation_ensure, rubric_response_ensure
    from tests.surveys.generated import build_generated_campaign

    campaign = build_generated_campaign(home_page, werkjaar=2030, count=90)
    client.force_login(people["coordinator"])
    url = "/rapporten/2030/13017/antwoorden.pdf?rubriek=GEN"

    pages = pages_text(pdf_bytes(client.get(url)))
    assert len(pages) >= 3
    for page in pages:
        assert "VOORLOPIG – nog niet bevestigd (niet gestart)" in page

    rubric = questionnaire_for_campaign(campaign=campaign).rubric("GEN")
    participation = participation_ensure(municipality=kasterlee, campaign=campaign)
    response = rubric_response_ensure(participation=participation, rubric=rubric)
    rubric_confirm(response=response, by=people["coordinator"])

    pages = pages_text(pdf_bytes(client.get(url)))
    for page in pages:
        assert "VOORLOPIG" not in page
        assert re.search(CONFIRMED_BY_COORDINATOR, page)


#: Codes of the longest kind the editor accepts (40 characters): with hyphens and a dot, and
#: one without any place to break.
LONG_CODES = [
    "INFRA-SPORT-ACCOMMODATIES-OVERDEK-2025.a",
    "INFRASPORTACCOMMODATIESOVERDEKTZWEMBADEN",
]


def text_box(chars: list[dict], text: str) -> tuple[float, float, float, float]:
    """The box (x0, top, x1, bottom) around ``text`` as drawn on the page, over line breaks."""
    visible = [char for char in chars if not char["text"].isspace()]
    drawn = "".join(char["text"] for char in visible)
    wanted = "".join(text.split())
    start = drawn.index(wanted)  # raises when the text is not on the page in one piece
    found = visible[start : start + len(wanted)]
    return (
        min(c["x0"] for c in found),
        min(c["top"] for c in found),
        max(c["x1"] for c in found),
        max(c["bottom"] for c in found),
    )


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_long_question_codes_stay_clear_of_the_question_text(client, home_page, people):
    """Defect 7: a long code took the width it needed and ran over the question text."""
    from tests.factories import build_campaign, q

    texts = {
        code: f"Hoeveel overdekte sportaccommodaties van type {n} telt u?"
        for n, code in enumerate(LONG_CODES, start=1)
    }
    build_campaign(
        home_page,
        werkjaar=2031,
        rubrics=[
            {
                "code": "INF",
                "title": "Infrastructuur",
                "slug": "infrastructuur",
                "themes": [
                    {
                        "title": "Sportinfrastructuur",
                        "slug": "sportinfrastructuur",
                        "questions": [q("integer", code, text) for code, text in texts.items()],
                    }
                ],
            }
        ],
    )
    client.force_login(people["coordinator"])
    content = pdf_bytes(client.get("/rapporten/2031/13017/antwoorden.pdf?rubriek=INF"))

    with pdfplumber.open(io.BytesIO(content)) as pdf:
        chars = [char for page in pdf.pages for char in page.chars]
        for code, text in texts.items():
            code_box, text_box_ = text_box(chars, code), text_box(chars, text)
            assert not overlap(code_box, text_box_), (code, code_box, text_box_)
            assert code_box[2] <= text_box_[0], "the code stays in its own column"


def test_the_whole_campaign_follows_new_answers(
    client, answered, campaign, kasterlee, people, django_capture_on_commit_callbacks
):
    client.force_login(people["invoerder"])
    with django_capture_on_commit_callbacks(execute=True):
        client.get(ANSWERS)
    assert "AAN-07 Sinds wanneer? niet beantwoord" in " ".join(
        pages_text(pdf_bytes(client.get(ANSWERS)))
    )

    save(campaign, kasterlee, answered.rubric("AAN"), people["invoerder"], AAN_07="2010-09-01")
    with django_capture_on_commit_callbacks(execute=True):
        stale = client.get(ANSWERS)
    assert is_being_made_page(stale)  # the stored file no longer shows the answers
    text = " ".join(pages_text(pdf_bytes(client.get(ANSWERS))))
    assert "AAN-07 Sinds wanneer? 1 september 2010" in text


ANSWERS_STATUS = "/rapporten/2025/13017/antwoorden/status/"


def test_the_answers_status_says_building_then_ready_with_the_file(
    client, answered, campaign, kasterlee, people
):
    client.force_login(people["invoerder"])
    page = client.get(ANSWERS)  # asks for a build; no worker has run it yet
    assert is_being_made_page(page)
    assert watched_status(page) == ANSWERS_STATUS
    assert status_of(client, ANSWERS_STATUS)["state"] == "building"

    services.answers_report_build(campaign=campaign, municipality=kasterlee)

    ready = status_of(client, ANSWERS_STATUS)
    assert ready["state"] == "ready"
    assert ready["link"] == {"url": ANSWERS, "text": "Het PDF-bestand openen"}
    assert ready["heading"] == "Het PDF-bestand met uw antwoorden is klaar"
    assert "FIN-01 Exploitatie-uitgaven € 2.500,50" in " ".join(
        pages_text(pdf_bytes(client.get(ANSWERS)))
    )


def test_the_answers_status_is_building_again_after_new_answers(
    client, answered, campaign, kasterlee, people
):
    services.answers_report_build(campaign=campaign, municipality=kasterlee)
    client.force_login(people["invoerder"])
    assert status_of(client, ANSWERS_STATUS)["state"] == "ready"

    save(campaign, kasterlee, answered.rubric("AAN"), people["invoerder"], AAN_07="2010-09-01")

    assert status_of(client, ANSWERS_STATUS)["state"] == "building"


def test_the_permission_ladder_of_the_answers_status(client, answered, people):
    response = client.get(ANSWERS_STATUS)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/rapporten/2025/13017/")

    client.force_login(people["brecht"])
    assert client.get(ANSWERS_STATUS).status_code == 403
    assert client.get("/rapporten/2025/99999/antwoorden/status/").status_code == 404

    for who in ("raadpleger", "team"):
        client.force_login(people[who])
        assert status_of(client, ANSWERS_STATUS)["state"] in ("building", "ready"), who


@pytest.mark.parametrize("url", [ANSWERS, ANSWERS + "?rubriek=FIN"])
def test_the_permission_ladder_of_the_answers(client, answered, people, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/rapporten/2025/13017/")

    client.force_login(people["brecht"])
    assert client.get(url).status_code == 403

    for who in ("raadpleger", "team"):
        client.force_login(people[who])
        response = client.get(url)
        assert response.status_code == 200, who
        assert response["Content-Type"] in ("application/pdf", "text/html; charset=utf-8")


def test_the_overview_is_public_for_everyone(client, overview_built, people):
    assert pdf_bytes(client.get(OVERVIEW))
    for who in ("brecht", "raadpleger", "team"):
        client.force_login(people[who])
        assert pdf_bytes(client.get(OVERVIEW))


def test_brecht_gets_its_own_answers_not_kasterlees(client, answered, people):
    client.force_login(people["brecht"])
    text = " ".join(pages_text(pdf_bytes(client.get(BRECHT_ANSWERS + "?rubriek=FIN"))))
    assert "Antwoorden van Brecht" in text
    assert "FIN-01 Exploitatie-uitgaven niet beantwoord" in text


def test_unknown_rubric_or_municipality_is_not_found(client, answered, people):
    client.force_login(people["team"])
    assert client.get(ANSWERS + "?rubriek=XYZ").status_code == 404
    assert client.get("/rapporten/2025/99999/antwoorden.pdf").status_code == 404


def test_the_registration_pages_link_to_the_answers(client, answered, people):
    client.force_login(people["raadpleger"])
    overview = BeautifulSoup(client.get("/registratie/2025/13017/").content, "html.parser")
    assert overview.find("a", string="Antwoorden downloaden (PDF)")["href"] == ANSWERS
    summary = BeautifulSoup(client.get("/registratie/2025/13017/FIN/").content, "html.parser")
    link = summary.find("a", string="Antwoorden van deze rubriek downloaden (PDF)")
    assert link["href"] == ANSWERS + "?rubriek=FIN"


# --- without a broker (dev, demo) ----------------------------------------------------------


@pytest.fixture
def base_data(transactional_db):
    """The migrations' data (root page, home page, collections), which an earlier
    transactional test may have flushed."""
    from tests.base_data import ensure_base_data

    ensure_base_data()


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_a_publish_returns_before_the_overview_is_built(
    base_data, client, project_team_user, definitions, settings
):
    """Defect 4: with eager Celery and no broker, the editor's publish waited 10–27 s for the
    overview's PDF. The build now runs in a background thread after the response."""
    from cms.celery import background_tasks_done
    from cms.models import HomePage
    from surveys.models import RubricPage
    from tests.factories import build_campaign
    from tests.surveys.admin_forms import question, theme_form

    build_campaign(HomePage.objects.get(), definitions=definitions)  # built inline here
    settings.EAGER_TASKS_IN_BACKGROUND = True  # as in dev and the demo
    client.force_login(project_team_user)

    rubric = RubricPage.objects.get(code="FIN")
    response = client.post(
        f"/admin/pages/add/surveys/themepage/{rubric.pk}/",
        theme_form(
            "Loketten",
            "loketten",
            [question("integer", "FIN-10", "Hoeveel uitleenloketten heeft de gemeente?")],
            **{"action-publish": "publish"},
        ),
    )
    answered_at = timezone.now()
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ThemePage.objects.get(slug="loketten").live
    report = GeneratedReport.objects.get(kind=GeneratedReport.Kind.QUESTION_OVERVIEW)
    assert report.status == GeneratedReport.Status.BUILDING, "built inside the publish request"

    background_tasks_done(timeout=120)
    report.refresh_from_db()
    assert report.status == GeneratedReport.Status.READY, report.error
    assert report.built_at > answered_at
    text = " ".join(pages_text(pdf_bytes(client.get(OVERVIEW))))
    assert "FIN-10 · Hoeveel uitleenloketten heeft de gemeente?" in text


# --- the real pipeline ---------------------------------------------------------------------


@pytest.mark.pipeline
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_builds_the_overview_after_a_publish(
    celery_worker_on_broker, client, home_page, definitions
):
    """Publishing queues the build on Redis; a real worker builds it; the download shows it."""
    from tests.factories import build_campaign

    # Committed for real: every publish queues a build for the worker.
    build_campaign(home_page, definitions=definitions)
    theme = ThemePage.objects.get(slug="uitgaven")
    raw = copy.deepcopy(list(theme.body.raw_data))
    raw[0]["value"]["text"] = "Uitgaven voor de werking, zonder personeel"
    theme.body = raw
    theme.save_revision().publish()

    # A build queued by an earlier publish may read the new text and store it under its older
    # generation (still "building": the last publish's build is on its way); the overview is
    # done when the last build has stored it as ready.
    deadline = time.monotonic() + 90
    while True:
        response = client.get(OVERVIEW)
        if response["Content-Type"] == "application/pdf":
            text = " ".join(pages_text(pdf_bytes(response)))
            report = GeneratedReport.objects.get(kind=GeneratedReport.Kind.QUESTION_OVERVIEW)
            if "FIN-01 · Uitgaven voor de werking, zonder personeel" in text and (
                report.status == GeneratedReport.Status.READY
            ):
                break
        else:
            assert is_being_made_page(response)
        assert time.monotonic() < deadline, "the worker did not build the overview in time"
        time.sleep(0.5)
    assert report.data_version == str(report.generation)


def test_the_answers_pdf_shows_the_previous_campaigns_value_and_the_explanation(
    client, home_page, definitions, kasterlee, people
):
    from tests.surveys.years import build_two_years, confirm_all, save_as_system

    previous, current = build_two_years(home_page, definitions)
    save_as_system(previous, kasterlee, {"FIN-01": "1000", "FIN-03": "2.5"})
    confirm_all(previous, kasterlee)
    save_as_system(current, kasterlee, {"FIN-01": "1500"})
    answers_save(
        municipality=kasterlee,
        campaign=current,
        rubric=questionnaire_for_campaign(campaign=current).rubric("FIN"),
        by=people["invoerder"],
        values={"FIN-03": AnswerInput("3", explanation="Een extra halftijdse kracht.")},
        seen_versions={},
    )
    client.force_login(people["coordinator"])
    content = pdf_bytes(client.get(ANSWERS + "?rubriek=FIN"))
    text = " ".join(" ".join(page.split()) for page in pages_text(content))
    assert "Code Vraag Antwoord Werkjaar 2024" in text
    assert "€ 1.500,00 € 1.000,00" in text  # FIN-01: now, then
    # FIN-03: now, its explanation, then.
    assert "3 VTE Toelichting: Een extra halftijdse kracht. 2,5 VTE" in text
