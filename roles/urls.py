from django.urls import path

from . import views

app_name = "roles"

urlpatterns: list = [
    path("gemeente/<str:nis>/rollen/", views.RoleListView.as_view(), name="role_list"),
    path(
        "gemeente/<str:nis>/rollen/historiek/",
        views.RoleHistoryView.as_view(),
        name="role_history",
    ),
    path(
        "gemeente/<str:nis>/rollen/<int:pk>/wijzigen/",
        views.RoleChangeView.as_view(),
        name="role_change",
    ),
    path(
        "gemeente/<str:nis>/rollen/<int:pk>/intrekken/",
        views.RoleRevokeView.as_view(),
        name="role_revoke",
    ),
]
