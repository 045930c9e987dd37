from django.conf import settings
from django.urls import include, path
from mozilla_django_oidc.views import OIDCLogoutView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api import urls as api_urls
from cms.mailing.contact_views import ContactListView
from reports import urls as report_urls
from roles import login_views
from roles import urls as role_urls
from surveys import urls as survey_urls

from .api import api_router
from .health import HealthView, live

# Logging in and out, for the site and the Wagtail admin alike: OIDC where it is on, the
# demo login page where that is on. Logout ends the identity provider's session too.
login_urlpatterns = [
    path("admin/login/", login_views.LoginView.as_view(), name="admin_login"),
    # Wagtail's own login for private pages is a password form: ours instead (OIDC only in
    # production, the demo form where that is on).
    path("_util/login/", login_views.LoginView.as_view(), name="frontend_login"),
    path("admin/logout/", OIDCLogoutView.as_view(), name="admin_logout"),
    path("accounts/login/", login_views.LoginView.as_view(), name="login"),
    path("accounts/login/mislukt/", login_views.LoginFailedView.as_view(), name="login_failed"),
    path("accounts/logout/", OIDCLogoutView.as_view(), name="logout"),
    path(
        "oidc/authenticate/",
        login_views.OIDCAuthenticateView.as_view(),
        name="oidc_authentication_init",
    ),
    path(
        "oidc/callback/",
        login_views.OIDCCallbackView.as_view(),
        name="oidc_authentication_callback",
    ),
    path("oidc/logout/", OIDCLogoutView.as_view(), name="oidc_logout"),
]

# Probes: see cms/health.py and docs/deploy.md.
health_urlpatterns = [
    path("health/", HealthView.as_view(), name="health"),
    path("health/ready/", HealthView.as_view(check_set="ready"), name="health_ready"),
    path("health/live/", live, name="health_live"),
]

urlpatterns = [
    *health_urlpatterns,
    *login_urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v1/", include(api_urls)),
    path("", include(survey_urls)),
    path("", include(role_urls)),
    path("gemeente/<str:nis>/contacten/", ContactListView.as_view(), name="contacts"),
    path("rapporten/", include(report_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
