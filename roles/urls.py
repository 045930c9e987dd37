from django.urls import path

from . import views

app_name = "roles"

urlpatterns: list = [
    path("gemeente/<str:nis>/rollen/", views.RoleListView.as_view(), name="role_list"),
]
