from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Site

from roles.permissions import Action, can
from roles.selectors import roles_of


def site_context(request: HttpRequest | None) -> dict[str, Any]:
    """Main navigation, the user's roles for the header, and the global-header switch."""
    site = Site.find_for_request(request) if request is not None else None
    navigation = []
    if site is not None:
        navigation = list(site.root_page.get_children().live().in_menu().specific())
    user = getattr(request, "user", None)
    held = roles_of(user=user)
    header_roles = [
        {
            "role": assignment.get_role_display(),
            "municipality": assignment.municipality.name,
            "manage_url": (
                reverse("roles:role_list", kwargs={"nis": assignment.municipality.nis_code})
                if can(user, Action.MANAGE_ROLES, assignment.municipality)
                else ""
            ),
        }
        for assignment in held.assignments
    ]
    return {
        "main_navigation": navigation,
        "brand_name": settings.WAGTAIL_SITE_NAME,
        "header_roles": header_roles,
        "header_project_team": held.is_project_team,
        "global_header_url": getattr(settings, "VLAANDEREN_GLOBAL_HEADER_URL", ""),
    }
