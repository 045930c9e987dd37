"""Building the demo site through the models and Wagtail's publishing, idempotently."""

from __future__ import annotations

import datetime
import uuid
from decimal import Decimal
from random import Random
from typing import Any, TypedDict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from cms.campaigns import campaign_next_prepare
from cms.models import ContentPage, HomePage
from reports.pdfs.services import question_overview_ensure
from roles.models import Municipality, OrganisationCode, Role, RoleAssignment, Service
from roles.services import project_team_group_ensure, role_grant
from surveys.campaigns import shifted, with_werkjaar
from surveys.models import Answer, CampaignPage, Definition, PeerRange, RubricPage, ThemePage
from surveys.peer_ranges import peer_ranges_compute
from surveys.selectors import questionnaire_for_campaign
from surveys.services import AnswerInput, answers_save

from . import content, questionnaire
from .answers import demo_answers_generate, sample_rubric_answers

DEMO_PASSWORD = "demo"

#: Demo roles: username → (NIS code, role, service kind).
DEMO_ROLES = {
    "beheerder-kasterlee": ("13017", Role.BEHEERDER, None),
    "invoerder-kasterlee": ("13017", Role.INVOERDER, Service.Kind.VRIJETIJDSDIENST),
    "coordinator-kasterlee": ("13017", Role.COORDINATOR, Service.Kind.VRIJETIJDSDIENST),
    "raadpleger-kasterlee": ("13017", Role.RAADPLEGER, Service.Kind.CULTUUR),
    "invoerder-brecht": ("11009", Role.INVOERDER, Service.Kind.VRIJETIJDSDIENST),
    "coordinator-brecht": ("11009", Role.COORDINATOR, Service.Kind.VRIJETIJDSDIENST),
}


class DemoOrganisation(TypedDict):
    codes: list[tuple[str, str, str]]  # code, kind, label
    services: list[tuple[Service.Kind, str, bool]]  # kind, name, run by an AGB


#: Demo services and organisation codes (the KBO numbers here are made up for the demo).
DEMO_ORGANISATIONS: dict[str, DemoOrganisation] = {
    "13017": {
        "codes": [("0000013017", "gemeente", "Gemeente Kasterlee (demo-KBO)")],
        "services": [
            (Service.Kind.VRIJETIJDSDIENST, "Vrijetijdshuis Kasterlee", False),
            (Service.Kind.CULTUUR, "Cultuur en erfgoed", False),
            (Service.Kind.BIBLIOTHEEK, "Bibliotheek Kasterlee", False),
        ],
    },
    "11009": {
        "codes": [
            ("0000011009", "gemeente", "Gemeente Brecht (demo-KBO)"),
            ("0000011091", "agb", "AGB Sport Brecht (demo-KBO)"),
        ],
        "services": [
            (Service.Kind.VRIJETIJDSDIENST, "Dienst vrije tijd Brecht", False),
            (Service.Kind.SPORT, "Sportinfrastructuur (AGB)", True),
        ],
    },
}

DEMO_USERS = [
    # username, first name, last name, description printed by `make demo`
    ("projectteam", "Pat", "Projectteam", "projectteam: Wagtail-beheer (/admin/)"),
    ("beheerder-kasterlee", "Bea", "Beheerder", "lokale beheerder van Kasterlee"),
    ("invoerder-kasterlee", "Ivo", "Invoerder", "invoerder van Kasterlee"),
    ("coordinator-kasterlee", "Cora", "Coördinator", "coördinator van Kasterlee"),
    ("raadpleger-kasterlee", "Raf", "Raadpleger", "raadpleger van Kasterlee"),
    ("invoerder-brecht", "Ine", "Invoerder", "invoerder van Brecht"),
    ("coordinator-brecht", "Colin", "Coördinator", "coördinator van Brecht"),
]


def _item(value: Any) -> dict[str, Any]:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _options(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [_item({"code": code, "label": label}) for code, label in pairs]


def question_raw(question: dict[str, Any], definitions: dict[str, Definition]) -> dict[str, Any]:
    """Raw StreamField data for one question of the demo data.

    The question's own block reads the settings (``normalize``) and writes them as stored
    (``get_prep_value``): nothing here knows a question type. Pairs (code, label) become
    options, rows or columns.
    """
    kind = question["type"]
    block = ThemePage._meta.get_field("body").stream_block.child_blocks[kind]
    plain: dict[str, Any] = {
        key: [{"code": code, "label": label} for code, label in value]
        if isinstance(value, list) and value and isinstance(value[0], tuple)
        else value
        for key, value in question.items()
        if key != "type"
    }
    plain["definitions"] = [definitions[term] for term in question.get("definitions") or []]
    plain["condition"] = question.get("condition") or {
        "question": "",
        "operator": "equals",
        "value": "",
    }
    return {
        "type": kind,
        "value": block.get_prep_value(block.normalize(plain)),
        "id": str(uuid.uuid4()),
    }


def _content_raw(body: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    raw = []
    for kind, value in body:
        if kind == "steps":
            value = [_item(step) for step in value]
        raw.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return raw


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _child(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def seed_home() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        raise ImproperlyConfigured("The home page is missing: run `manage.py migrate` first.")
    if not home.intro:
        home.title = content.HOME["title"]
        home.intro = content.HOME["intro"]
        _publish(home)
    return home


def seed_content_pages(home: HomePage) -> list[ContentPage]:
    pages = []
    for spec in content.PAGES:
        page = _child(home, ContentPage, spec["slug"])
        if page is None:
            page = ContentPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec.get("intro", ""),
                show_in_menus=spec.get("show_in_menus", True),
                body=_content_raw(spec["body"]),
            )
            home.add_child(instance=page)
            _publish(page)
        pages.append(page)
    return pages


def seed_definitions() -> dict[str, Definition]:
    definitions = {}
    for spec in questionnaire.DEFINITIONS:
        definition, _created = Definition.objects.get_or_create(
            term=spec["term"],
            defaults={"explanation": spec["explanation"], "example": spec.get("example", "")},
        )
        definitions[definition.term] = definition
    return definitions


def _campaign_dates(years_back: int) -> dict[str, datetime.date]:
    """The current campaign opened two weeks ago; an earlier one, as many years before."""
    today = timezone.localdate()
    opening = shifted(today - datetime.timedelta(days=14), -years_back)
    closing = shifted(today + datetime.timedelta(days=45), -years_back)
    return {
        "opening_date": opening,
        "closing_date": closing,
        "confirmation_deadline": closing + datetime.timedelta(days=21),
    }


def checks_raw(rubric_code: str) -> list[dict[str, Any]]:
    """Raw StreamField data of the demo checks of one rubric (read by each check's block)."""
    stream = RubricPage._meta.get_field("checks").stream_block
    raw = []
    for kind, settings_ in questionnaire.CHECKS.get(rubric_code, []):
        block = stream.child_blocks[kind]
        raw.append(
            {
                "type": kind,
                "value": block.get_prep_value(block.normalize(settings_)),
                "id": str(uuid.uuid4()),
            }
        )
    return raw


def seed_campaign(
    home: HomePage,
    definitions: dict[str, Definition],
    *,
    werkjaar: int | None = None,
    with_checks: bool = True,
) -> CampaignPage:
    """The demo questionnaire as a published campaign of ``werkjaar`` (default: the spec's)."""
    spec = questionnaire.CAMPAIGN
    werkjaar = werkjaar or spec["werkjaar"]
    campaign = CampaignPage.objects.filter(werkjaar=werkjaar).first()
    if campaign is None:
        campaign = CampaignPage(
            title=with_werkjaar(spec["title"], spec["werkjaar"], werkjaar),
            slug=f"vragenlijst-{werkjaar}",
            werkjaar=werkjaar,
            intro=with_werkjaar(spec["intro"], spec["werkjaar"], werkjaar),
            auto_confirm=True,
            coordinator_may_enter=True,
            **_campaign_dates(spec["werkjaar"] - werkjaar),
        )
        home.add_child(instance=campaign)
        _publish(campaign)
    for rubric_spec in spec["rubrics"]:
        rubric = _child(campaign, RubricPage, rubric_spec["slug"])
        if rubric is None:
            rubric = RubricPage(
                title=rubric_spec["title"],
                slug=rubric_spec["slug"],
                code=rubric_spec["code"],
                intro=rubric_spec.get("intro", ""),
                checks=checks_raw(rubric_spec["code"]) if with_checks else [],
            )
            campaign.add_child(instance=rubric)
            _publish(rubric)
        for theme_spec in rubric_spec["themes"]:
            if _child(rubric, ThemePage, theme_spec["slug"]) is not None:
                continue
            theme = ThemePage(
                title=theme_spec["title"],
                slug=theme_spec["slug"],
                intro=theme_spec.get("intro", ""),
                body=[question_raw(q, definitions) for q in theme_spec["questions"]],
            )
            rubric.add_child(instance=theme)
            _publish(theme)
    return campaign


#: The earlier campaign of the demo: confirmed answers of Kasterlee, Brecht and the
#: municipalities drawn with this seed.
PREVIOUS_SEED = 2024
PREVIOUS_OTHERS = 60


def seed_previous_answers(campaign: CampaignPage, *, others: int = PREVIOUS_OTHERS) -> None:
    """Confirmed answers of the closed earlier campaign, and its peer ranges.

    The earlier campaign has no checks (they came with the current one). Its answers are
    generated with a fixed seed and confirmed; the peer ranges computed from them feed the
    current campaign's plausibility checks.
    """
    saved = demo_answers_generate(
        campaign=campaign,
        municipalities=previous_municipalities(others),
        seed=PREVIOUS_SEED,
        confirm=True,
    )
    if saved or not PeerRange.objects.filter(campaign=campaign).exists():
        peer_ranges_compute(campaign=campaign)


def previous_municipalities(others: int = PREVIOUS_OTHERS) -> list[Municipality]:
    """Kasterlee, Brecht and ``others`` more, drawn with a fixed seed."""
    demo = [Municipality.objects.get(nis_code=nis) for nis in DEMO_ORGANISATIONS]
    candidates = list(
        Municipality.objects.exclude(nis_code__in=DEMO_ORGANISATIONS).order_by("nis_code")
    )
    return demo + Random(PREVIOUS_SEED).sample(candidates, min(others, len(candidates)))


def seed_current_campaign(
    home: HomePage, definitions: dict[str, Definition], previous: CampaignPage
) -> CampaignPage:
    """The open campaign of the spec's werkjaar, prepared from ``previous`` as the project
    team does it (``campaign_next_prepare``), then given its checks and published."""
    spec = questionnaire.CAMPAIGN
    campaign = CampaignPage.objects.filter(werkjaar=spec["werkjaar"]).first()
    if campaign is not None:
        # A demo database from before the earlier campaign existed: link them.
        if campaign.previous_campaign_id is None:
            campaign.previous_campaign = previous
            campaign.save(update_fields=["previous_campaign"])
        return seed_campaign(home, definitions)
    team = get_user_model().objects.get(username="projectteam")
    campaign = campaign_next_prepare(
        source=previous, werkjaar=spec["werkjaar"], by=team, **_campaign_dates(0)
    )
    draft = campaign.get_latest_revision_as_object()
    draft.intro = spec["intro"]
    draft.save_revision(user=team).publish()
    for page in campaign.get_descendants().order_by("path").specific():
        draft = page.get_latest_revision_as_object()
        if isinstance(draft, RubricPage):
            draft.checks = checks_raw(draft.code)
        draft.save_revision(user=team).publish()
    return CampaignPage.objects.get(pk=campaign.pk)


#: Kasterlee's answers in the current campaign tell the story of the README's "try it":
#: a figure far from last time's, explained; one far from the other municipalities', not
#: yet; the facts that rarely change left empty, to take over from the earlier campaign.
KASTERLEE_EXPLANATION = (
    "Sinds dit jaar organiseren we de sportkampen samen met de buurgemeente Lille, "
    "ook in de herfst- en krokusvakantie."
)


def seed_kasterlee_answers(campaign: CampaignPage, previous: CampaignPage) -> None:
    kasterlee = Municipality.objects.get(nis_code="13017")
    if kasterlee.participations.filter(campaign=campaign).exists():
        return
    rubric = next(
        r for r in questionnaire_for_campaign(campaign=campaign).rubrics if r.code == "AAN"
    )
    rng = Random(f"{PREVIOUS_SEED + 1}-13017")
    values = sample_rubric_answers(rubric, rng, scale=1.0)
    for question in rubric.questions():
        if question.may_take_over:
            values.pop(question.code, None)
    earlier = dict(
        Answer.objects.filter(
            participation__campaign=previous,
            participation__municipality=kasterlee,
            question_code__in=["AAN-04", "AAN-08"],
        ).values_list("question_code", "value")
    )
    camp_days = int(Decimal(str(earlier.get("AAN-04") or 20)))
    values["AAN-04"] = AnswerInput(value=camp_days * 3 + 12, explanation=KASTERLEE_EXPLANATION)
    peer = PeerRange.objects.filter(campaign=previous, question_code="AAN-12", part="").first()
    values["AAN-12"] = AnswerInput(value=int(peer.p95 * 3) + 10 if peer else 250)
    sport = values.get("AAN-08")
    sport_clubs = (sport.value or {}).get("sport", {}).get("aantal") if sport else None
    values["AAN-11"] = AnswerInput(value=int(Decimal(str(sport_clubs or 0))) + 8)
    answers_save(
        municipality=kasterlee,
        campaign=campaign,
        rubric=rubric,
        by=get_user_model().objects.get(username="invoerder-kasterlee"),
        values=values,
    )


def seed_users() -> list[tuple[str, str]]:
    """Demo accounts with password "demo"; refused where demo accounts are off."""
    if not settings.DEMO_ACCOUNTS_ENABLED:
        raise ImproperlyConfigured("Demo accounts are disabled in these settings.")
    User = get_user_model()
    team = project_team_group_ensure()
    printed = []
    for username, first_name, last_name, description in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@demo.vrijetijdsmonitor.invalid",
            },
        )
        if created or not user.has_usable_password():
            user.set_password(DEMO_PASSWORD)
            user.save()
        if username == "projectteam":
            user.groups.add(team)
        printed.append((username, description))
    seed_organisations()
    for username, (nis_code, role, service_kind) in DEMO_ROLES.items():
        user = User.objects.get(username=username)
        municipality = Municipality.objects.get(nis_code=nis_code)
        if RoleAssignment.objects.filter(person=user, municipality=municipality).exists():
            continue
        service = (
            Service.objects.filter(municipality=municipality, kind=service_kind).first()
            if service_kind
            else None
        )
        role_grant(municipality=municipality, role=role, by=None, person=user, service=service)
    return printed


def seed_organisations() -> None:
    for nis_code, spec in DEMO_ORGANISATIONS.items():
        municipality = Municipality.objects.get(nis_code=nis_code)
        for code, kind, label in spec["codes"]:
            OrganisationCode.objects.get_or_create(
                code=code, defaults={"municipality": municipality, "kind": kind, "label": label}
            )
        for kind, name, run_by_agb in spec["services"]:
            Service.objects.get_or_create(
                municipality=municipality,
                kind=kind,
                defaults={"name": name, "run_by_agb": run_by_agb},
            )


def seed_demo(*, others: int = PREVIOUS_OTHERS) -> dict[str, Any]:
    """Create everything the demo needs; running it again changes nothing.

    Step by step, each in its own transaction: the earlier campaign's pages are published
    (and their counters recounted, after commit) before it has answers, so no recount reads
    the generated answers again. ``others``: how many municipalities besides Kasterlee and
    Brecht answered the earlier campaign.
    """
    with transaction.atomic():
        users = seed_users()
        home = seed_home()
        seed_content_pages(home)
        definitions = seed_definitions()
        previous = seed_campaign(
            home, definitions, werkjaar=questionnaire.CAMPAIGN["werkjaar"] - 1, with_checks=False
        )
    seed_previous_answers(previous, others=others)  # a transaction per municipality
    with transaction.atomic():
        campaign = seed_current_campaign(home, definitions, previous)
    with transaction.atomic():
        seed_kasterlee_answers(campaign, previous)
        # The public question overview PDF: built (by Celery, after commit) unless current.
        question_overview_ensure(campaign=campaign)
    return {"users": users, "campaign": campaign, "previous": previous}
