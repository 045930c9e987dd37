"""Admin URLs of the progress dashboard (registered under /admin/ by ``reports.wagtail_hooks``)."""

from django.urls import path

from . import views

app_name = "reports_dashboard"

urlpatterns = [
    path("", views.ProgressDashboardView.as_view(), name="index"),
    path("voortgang.csv", views.ProgressDashboardCsvView.as_view(), name="csv"),
]
