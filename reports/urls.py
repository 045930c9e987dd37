"""URLs of the reports app; each feature package adds its own patterns here."""

from django.urls import include, path

app_name = "reports"

urlpatterns: list = [
    path("", include("reports.pdfs.urls")),
]
