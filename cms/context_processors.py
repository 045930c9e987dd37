from functools import cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from roles.permissions import Action, can
from roles.selectors import UserRoles, roles_of


def site_context(request: HttpRequest | None) -> dict[str, Any]:
    """Main navigation, the user's roles for the header, and the global-header switch.

    Navigation and roles are read once, when a template shows them: every template rendered
    with a request runs this, the Wagtail admin's pages too, and those show neither.
    """
    user = getattr(request, "user", None)

    @cache
    def held() -> UserRoles:
        return roles_of(user=user)

    return {
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
        "brand_name": settings.WAGTAIL_SITE_NAME,
        "header_roles": SimpleLazyObject(lambda: _header_roles(user, held())),
        "header_project_team": SimpleLazyObject(lambda: held().is_project_team),
        "global_header_url": getattr(settings, "VLAANDEREN_GLOBAL_HEADER_URL", ""),
    }


def _main_navigation(request: HttpRequest | None) -> list[Any]:
    if request is None:
        return []
    # One site (the usual case): its home page's path comes from the list of site root paths
    # that Wagtail keeps in the cache (and clears when a site or its home page changes), and
    # the template links with ``page.url`` (a local URL on one site), so the menu costs one
    # query and no site lookup.
    roots = Site.get_site_root_paths()
    if len(roots) == 1:
        home_path = roots[0].root_path
        children = Page.objects.filter(
            url_path__startswith=home_path, depth=home_path.count("/") + 1
        ).order_by("path")
    else:
        site = Site.find_for_request(request)
        if site is None:
            return []
        children = site.root_page.get_children()
    # Deferred specific pages: the menu needs titles and URLs, not every page type's fields.
    return list(children.live().in_menu().specific(defer=True))


def _header_roles(user: Any, held: UserRoles) -> list[dict[str, str]]:
    return [
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
