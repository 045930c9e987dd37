"""Admin URLs of the exports (registered under /admin/ by ``reports.wagtail_hooks``)."""

from django.urls import path

from . import views

app_name = "reports_exports"

urlpatterns = [
    path("", views.ExportIndexView.as_view(), name="index"),
    path("<int:werkjaar>/antwoorden.csv", views.AnswersCsvView.as_view(), name="csv"),
    path("<int:werkjaar>/xlsx/", views.AnswersXlsxRequestView.as_view(), name="xlsx_request"),
    path("<int:werkjaar>/codeboek.<str:fmt>", views.CodebookView.as_view(), name="codebook"),
    path("taak/<int:job_id>/", views.ExportJobView.as_view(), name="job"),
    path("taak/<int:job_id>/status/", views.ExportJobStatusView.as_view(), name="job_status"),
    path(
        "taak/<int:job_id>/download/",
        views.ExportJobDownloadView.as_view(),
        name="job_download",
    ),
]
