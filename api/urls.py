"""``/api/v1/``: the answers API, its OpenAPI schema, its documentation and the token endpoint."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from oauth2_provider import views as oauth_views

from . import views

app_name = "api"

urlpatterns = [
    path("antwoorden/", views.AnswerListView.as_view(), name="answers"),
    path("gemeenten/", views.MunicipalityListView.as_view(), name="municipalities"),
    path("campagnes/", views.CampaignListView.as_view(), name="campaigns"),
    path("codeboek/<int:werkjaar>/", views.CodebookView.as_view(), name="codebook"),
    # Client credentials: the client posts its id and secret, gets a bearer token.
    path("oauth/token/", oauth_views.TokenView.as_view(), name="token"),
    path("oauth/revoke/", oauth_views.RevokeTokenView.as_view(), name="revoke"),
    # Public: describes the API, holds no data.
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularRedocView.as_view(url_name="api:schema"), name="docs"),
]
