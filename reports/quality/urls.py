"""Admin URLs of the data-quality screen (registered under /admin/ by ``reports.wagtail_hooks``)."""

from django.urls import path

from . import views

app_name = "reports_quality"

urlpatterns = [
    path("", views.DataQualityView.as_view(), name="index"),
    path("datakwaliteit.csv", views.DataQualityCsvView.as_view(), name="csv"),
]
