from django.conf import settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def site_context(request):
    """Main navigation, the user's roles for the header, and the global-header switch.

    Navigation and roles are read once, when a template shows them: every template rendered
    with a request runs this, the Wagtail admin's pages too, and those show neither.
    """
    return {
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
        "brand_name": settings.WAGTAIL_SITE_NAME,
        "header_roles": SimpleLazyObject(lambda: _header_roles(request)),
        "global_header_url": getattr(settings, "VLAANDEREN_GLOBAL_HEADER_URL", ""),
    }


def _main_navigation(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    # Deferred specific pages: the menu needs titles and URLs, not every page type's fields.
    return list(site.root_page.get_children().live().in_menu().specific(defer=True))


def _header_roles(request):
    roles = []
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from roles.models import Role, RoleAssignment

        roles = [
            {
                "role": a.get_role_display(),
                "municipality": a.municipality.name,
                "manage_url": f"/gemeente/{a.municipality.nis_code}/rollen/"
                if a.role == Role.BEHEERDER
                else "",
            }
            for a in RoleAssignment.objects.filter(person=user).select_related("municipality")
        ]
    return roles
