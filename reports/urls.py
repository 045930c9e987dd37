"""URLs of the reports app; each feature package adds its own patterns here."""

from django.urls import include, path  # noqa: F401

app_name = "reports"

urlpatterns: list = []
