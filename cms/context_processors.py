from django.conf import settings
from wagtail.models import Site


def site_context(request):
    """The main navigation: live pages under the home page marked 'show in menus'."""
    site = Site.find_for_request(request) if request is not None else None
    navigation = []
    if site is not None:
        navigation = list(site.root_page.get_children().live().in_menu().specific())
    return {"main_navigation": navigation, "brand_name": settings.WAGTAIL_SITE_NAME}
