from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    path(
        "api/vragenlijst/<int:werkjaar>/",
        views.QuestionnaireAPIView.as_view(),
        name="questionnaire_api",
    ),
]
