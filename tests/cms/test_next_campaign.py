"""'Volgende campagne voorbereiden' in the Wagtail admin: the button, the form, the copy with
the e-mail templates, and who may use it."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.campaigns import campaign_next_prepare
from cms.mailing.models import EmailTemplate
from surveys.campaigns import CampaignError, next_campaign_proposal
from surveys.models import CampaignPage, RubricPage
from tests.reports.test_exports import other_admin_user, refused, sent_to_login
from tests.surveys.pages import html

pytestmark = pytest.mark.django_db


@pytest.fixture
def templates(campaign):
    invitation = EmailTemplate.objects.create(
        name="Uitnodiging 2025",
        kind=EmailTemplate.Kind.INVITATION,
        campaign=campaign,
        subject="Vrijetijdsmonitor: registreer vanaf ((link))",
        body="Beste ((naam)), ...",
    )
    reminder = EmailTemplate.objects.create(
        name="Herinnering",
        kind=EmailTemplate.Kind.REMINDER,
        campaign=campaign,
        subject="Nog 14 dagen",
        body="Beste ((naam)), de uiterste datum is ((deadline)).",
        days_before_deadline=14,
    )
    return [invitation, reminder]


@pytest.fixture
def as_team(client, people):
    client.force_login(people["team"])
    return client


def admin_messages(response) -> list[str]:
    return [" ".join(li.get_text().split()) for li in html(response).select(".messages li")]


def url(campaign) -> str:
    return reverse("campaign_prepare_next", args=[campaign.pk])


def form_data(campaign, **changes) -> dict[str, str]:
    data = {key: str(value) for key, value in next_campaign_proposal(source=campaign).items()}
    return {**data, **changes}


# --- the copy with the e-mail templates --------------------------------------------------


def test_the_e_mail_templates_come_along(campaign, templates, people):
    new = campaign_next_prepare(
        source=campaign, by=people["team"], **next_campaign_proposal(source=campaign)
    )
    copied = EmailTemplate.objects.filter(campaign=new).order_by("pk")
    assert [(t.name, t.kind, t.subject, t.body, t.days_before_deadline) for t in copied] == [
        (
            "Uitnodiging 2028",
            "uitnodiging",
            "Vrijetijdsmonitor: registreer vanaf ((link))",
            "Beste ((naam)), ...",
            None,
        ),
        (
            "Herinnering 2028",
            "herinnering",
            "Nog 14 dagen",
            "Beste ((naam)), de uiterste datum is ((deadline)).",
            14,
        ),
    ]
    assert EmailTemplate.objects.filter(campaign=campaign).count() == 2  # the originals stay


def test_a_refused_copy_leaves_neither_pages_nor_templates(campaign, templates, people):
    campaign_next_prepare(
        source=campaign, by=people["team"], **next_campaign_proposal(source=campaign)
    )
    pages, mails = Page.objects.count(), EmailTemplate.objects.count()
    with pytest.raises(CampaignError):
        campaign_next_prepare(
            source=campaign, by=people["team"], **next_campaign_proposal(source=campaign)
        )
    assert (Page.objects.count(), EmailTemplate.objects.count()) == (pages, mails)


# --- the admin -------------------------------------------------------------------------


def test_the_explorer_and_the_editor_offer_the_action_on_a_campaign(as_team, campaign, home_page):
    action = url(campaign)
    assert action in as_team.get(f"/admin/pages/{home_page.pk}/").content.decode()  # listing
    assert action in as_team.get(f"/admin/pages/{campaign.pk}/").content.decode()  # header
    assert action in as_team.get(f"/admin/pages/{campaign.pk}/edit/").content.decode()
    rubric = RubricPage.objects.get(code="AAN")
    assert "campagnes/" not in as_team.get(f"/admin/pages/{rubric.pk}/edit/").content.decode()


def test_the_form_proposes_the_next_werkjaar_and_shifted_dates(as_team, campaign):
    response = as_team.get(url(campaign))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["werkjaar"].value() == 2028
    assert form["opening_date"].value() == campaign.opening_date.replace(
        year=campaign.opening_date.year + 3
    )
    page = response.content.decode()
    assert "Volgende campagne voorbereiden" in page
    assert "Vrijetijdsmonitor 2025 wordt de vorige campagne" in page


def test_preparing_leads_to_the_new_campaigns_editor(as_team, campaign, templates):
    response = as_team.post(url(campaign), form_data(campaign, opening_date="2028-03-15"))

    new = CampaignPage.objects.get(werkjaar=2028)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[new.pk])
    assert new.opening_date.isoformat() == "2028-03-15"
    assert not new.live and new.previous_campaign_id == campaign.pk
    assert EmailTemplate.objects.filter(campaign=new).count() == 2
    editor = as_team.get(response["Location"])
    assert editor.status_code == 200
    assert any(
        "Vrijetijdsmonitor 2028 is voorbereid als concept" in message
        for message in admin_messages(editor)
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"werkjaar": "2025"}, "werkjaar", "Kies een werkjaar na 2025"),
        ({"werkjaar": "twintig"}, "werkjaar", "Geef een jaartal, bv. 2028."),
        ({"werkjaar": "99999"}, "werkjaar", "Geef een jaartal tot en met 2100."),
        ({"werkjaar": ""}, "werkjaar", "Geef het werkjaar van de nieuwe campagne."),
        ({"opening_date": "31/02/2028"}, "opening_date", "Geef een datum, bv. 2028-03-15."),
        (
            {"closing_date": "2028-01-01", "opening_date": "2028-03-01"},
            "closing_date",
            "De sluitingsdatum ligt voor de openingsdatum.",
        ),
        (
            {"confirmation_deadline": "2020-01-01"},
            "confirmation_deadline",
            "De uiterste bevestigingsdatum ligt voor de sluitingsdatum.",
        ),
    ],
)
def test_mistakes_are_shown_at_the_field(as_team, campaign, changes, field, message):
    response = as_team.post(url(campaign), form_data(campaign, **changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not CampaignPage.objects.exclude(pk=campaign.pk).exists()


def test_a_second_campaign_for_the_werkjaar_is_refused_at_the_field(as_team, campaign):
    as_team.post(url(campaign), form_data(campaign))
    response = as_team.post(url(campaign), form_data(campaign))
    assert response.status_code == 200
    assert response.context["form"].errors["werkjaar"] == [
        "Er bestaat al een campagne voor werkjaar 2028."
    ]
    assert "Er bestaat al een campagne voor werkjaar 2028." in response.content.decode()
    assert CampaignPage.objects.filter(werkjaar=2028).count() == 1


def test_only_campaigns_can_be_the_source(as_team, campaign):
    rubric = RubricPage.objects.get(code="AAN")
    assert as_team.get(reverse("campaign_prepare_next", args=[rubric.pk])).status_code == 404
    assert as_team.get(reverse("campaign_prepare_next", args=[999999])).status_code == 404


def test_without_the_right_to_manage_campaigns_the_action_is_refused(client, campaign, people):
    assert sent_to_login(client.get(url(campaign)))
    client.force_login(other_admin_user())  # Wagtail admin access, not the project team
    assert refused(client.get(url(campaign)))
    assert refused(client.post(url(campaign), form_data(campaign)))
    assert not CampaignPage.objects.filter(werkjaar=2028).exists()
    explorer = client.get(f"/admin/pages/{campaign.get_parent().pk}/")
    assert url(campaign) not in explorer.content.decode()
    for role in ("invoerder", "coordinator", "beheerder"):
        client.force_login(people[role])
        response = client.post(url(campaign), form_data(campaign))
        assert sent_to_login(response) or refused(response), role
    assert not CampaignPage.objects.filter(werkjaar=2028).exists()


COPY_MESSAGE = "gebruik 'Volgende campagne voorbereiden'"


def test_wagtails_own_copy_of_a_campaign_is_refused_with_the_way_to_go(
    as_team, campaign, home_page
):
    response = as_team.get(f"/admin/pages/{campaign.pk}/copy/", follow=True)
    assert any(COPY_MESSAGE in message for message in admin_messages(response))

    response = as_team.post(
        f"/admin/pages/{campaign.pk}/copy/",
        {
            "new_title": "Vrijetijdsmonitor 2028",
            "new_slug": "vragenlijst-2028",
            "new_parent_page": str(home_page.pk),
            "copy_subpages": "on",
        },
        follow=True,
    )
    assert any(COPY_MESSAGE in message for message in admin_messages(response))
    assert CampaignPage.objects.count() == 1
