"""Building the demo site through the models and Wagtail's publishing, idempotently."""

from __future__ import annotations

import datetime
import uuid
from typing import Any, TypedDict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from cms.models import ContentPage, HomePage
from reports.pdfs.services import question_overview_ensure
from roles.models import Municipality, OrganisationCode, Role, RoleAssignment, Service
from roles.services import project_team_group_ensure, role_grant
from surveys.models import CampaignPage, Definition, RubricPage, ThemePage

from . import content, questionnaire

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


def seed_campaign(home: HomePage, definitions: dict[str, Definition]) -> CampaignPage:
    spec = questionnaire.CAMPAIGN
    campaign = CampaignPage.objects.filter(werkjaar=spec["werkjaar"]).first()
    if campaign is None:
        today = timezone.localdate()
        closing = today + datetime.timedelta(days=45)
        campaign = CampaignPage(
            title=spec["title"],
            slug=f"vragenlijst-{spec['werkjaar']}",
            werkjaar=spec["werkjaar"],
            intro=spec["intro"],
            opening_date=today - datetime.timedelta(days=14),
            closing_date=closing,
            confirmation_deadline=closing + datetime.timedelta(days=21),
            auto_confirm=True,
            coordinator_may_enter=True,
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


@transaction.atomic
def seed_demo() -> dict[str, Any]:
    """Create everything the demo needs; running it again changes nothing."""
    users = seed_users()
    home = seed_home()
    seed_content_pages(home)
    definitions = seed_definitions()
    campaign = seed_campaign(home, definitions)
    # The public question overview PDF: built (by Celery, after commit) unless it is current.
    question_overview_ensure(campaign=campaign)
    return {"users": users, "campaign": campaign}
