"""The lokale beheerder's roles page fits a laptop screen and works on a phone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, login, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

ROLES = "/gemeente/13017/rollen/"


@pytest.fixture
def crowded_roles(site):
    """Kasterlee's roles with the long names, services and addresses of real life."""
    from roles.models import Municipality, Role, Service
    from roles.services import role_grant
    from tests.surveys.conftest import person

    kasterlee = Municipality.objects.get(nis_code="13017")
    service = Service.objects.create(
        municipality=kasterlee,
        kind=Service.Kind.VRIJETIJDSDIENST,
        name="Geïntegreerde dienst vrije tijd, cultuur en jeugd Kasterlee",
    )
    long = person("annemarie-vandenbroucke-verstraeten", kasterlee, Role.INVOERDER)
    long.first_name, long.last_name = "Anne-Marie", "Vandenbroucke-Verstraeten"
    long.email = "annemarie.vandenbroucke-verstraeten@vrijetijd.kasterlee.be"
    long.save()
    assignment = long.role_assignments.get()
    assignment.service = service
    assignment.save()
    role_grant(
        municipality=kasterlee,
        role=Role.RAADPLEGER,
        by=site["people"]["beheerder"],
        email="jan-baptist.van-de-casteele-vermeulen@agb-sport.kasterlee.be",
        service=service,
    )
    return site


def _overflow(page) -> dict:
    return page.evaluate(
        """() => {
            const wrapper = document.querySelector('.roles-table-wrapper');
            return {
                page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
                table: [wrapper.scrollWidth, wrapper.clientWidth],
                viewport: window.innerWidth,
            };
        }"""
    )


def _every_revoke_link_inside_the_viewport(page) -> None:
    """Each "Intrekken" is wholly visible without scrolling sideways: inside the window and
    inside the table's box (which would clip it, and scroll, if the table were too wide)."""
    boxes = page.evaluate(
        """() => {
            const wrapper = document.querySelector('.roles-table-wrapper').getBoundingClientRect();
            return [...document.querySelectorAll('.roles-table__actions a')]
                .filter(link => link.textContent.trim().startsWith('Intrekken'))
                .map(link => {
                    const box = link.getBoundingClientRect();
                    return {left: box.left, right: box.right, width: box.width,
                            clipLeft: Math.max(0, wrapper.left),
                            clipRight: Math.min(window.innerWidth, wrapper.right)};
                });
        }"""
    )
    assert len(boxes) == 6  # everyone on the page, the pending grant too
    for box in boxes:
        assert box["width"] > 0, box
        assert box["clipLeft"] <= box["left"] and box["right"] <= box["clipRight"], box


def test_the_roles_page_fits_a_1366_pixel_screen(page, crowded_roles):
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, crowded_roles, "beheerder-kasterlee")
    page.goto(crowded_roles["url"] + ROLES)
    screenshot(page, "rollen-1366")

    sizes = _overflow(page)
    assert sizes["page"][0] <= sizes["page"][1], sizes
    assert sizes["table"][0] <= sizes["table"][1], sizes  # no sideways scrolling in the table
    _every_revoke_link_inside_the_viewport(page)


def test_the_roles_page_is_usable_on_a_phone(page, crowded_roles):
    page.set_viewport_size({"width": 375, "height": 812})
    login(page, crowded_roles, "beheerder-kasterlee")
    page.goto(crowded_roles["url"] + ROLES)
    screenshot(page, "rollen-375")

    sizes = _overflow(page)
    assert sizes["page"][0] <= sizes["page"][1], sizes
    assert sizes["table"][0] <= sizes["table"][1], sizes
    _every_revoke_link_inside_the_viewport(page)
    # Stacked rows: each value says which column it belongs to, on screen and to a reader.
    row = page.locator(".roles-table tbody tr").filter(has_text="Vandenbroucke")
    expect(
        row.get_by_role("cell", name=re.compile(r"^Dienst: Geïntegreerde dienst"))
    ).to_be_visible()
    expect(row.get_by_role("cell", name="Rol: invoerder")).to_be_visible()
    page.get_by_role("link", name="Intrekken (Anne-Marie Vandenbroucke-Verstraeten)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("intrekken")


@pytest.mark.axe
def test_the_stacked_roles_page_passes_the_accessibility_checks(page, crowded_roles):
    page.set_viewport_size({"width": 375, "height": 812})
    login(page, crowded_roles, "beheerder-kasterlee")
    page.goto(crowded_roles["url"] + ROLES)

    assert axe_violations(page) == []
