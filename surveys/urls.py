from django import forms
from django.urls import path

from . import views

app_name = "surveys"

registration = "registratie/<int:werkjaar>/<str:nis>/"

urlpatterns = [
    path(
        "api/vragenlijst/<int:werkjaar>/",
        views.QuestionnaireAPIView.as_view(),
        name="questionnaire_api",
    ),
    path("registratie/", views.RegistrationStartView.as_view(), name="start"),
    path(registration, views.StatusOverviewView.as_view(), name="overview"),
    path(f"{registration}toewijzen/", views.AssignView.as_view(), name="assign"),
    path(
        f"{registration}toewijzen/<int:assignment>/",
        views.ReassignView.as_view(),
        name="reassign",
    ),
    path(f"{registration}<str:rubric>/", views.RubricSummaryView.as_view(), name="rubric"),
    path(
        f"{registration}<str:rubric>/historiek/",
        views.AuditTrailView.as_view(),
        name="audit_trail",
    ),
    path(
        f"{registration}<str:rubric>/rekenblad/",
        views.RubricSpreadsheetView.as_view(),
        name="spreadsheet",
    ),
    path(
        f"{registration}<str:rubric>/rekenblad/opladen/",
        views.RubricSpreadsheetUploadView.as_view(),
        name="spreadsheet_upload",
    ),
    path(
        f"{registration}<str:rubric>/<slug:step>/",
        # The real steps (one per theme) are built per request from the published rubric.
        views.RubricWizardView.as_view(
            form_list=[("stap", forms.Form)], url_name="surveys:step", done_step_name="samenvatting"
        ),
        name="step",
    ),
]
