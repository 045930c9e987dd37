from django.conf import settings
from wagtail.models import Site


def site_context(request):
    """Main navigation, the user's roles for the header, and the global-header switch."""
    site = Site.find_for_request(request) if request is not None else None
    navigation = []
    if site is not None:
        navigation = list(site.root_page.get_children().live().in_menu().specific())
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
    return {
        "main_navigation": navigation,
        "brand_name": settings.WAGTAIL_SITE_NAME,
        "header_roles": roles,
        "global_header_url": getattr(settings, "VLAANDEREN_GLOBAL_HEADER_URL", ""),
    }
