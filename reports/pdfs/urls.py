"""PDF downloads under /rapporten/ (included by ``reports.urls``)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "vragenoverzicht.pdf",
        views.CurrentQuestionOverviewView.as_view(),
        name="current_question_overview",
    ),
    path(
        "<int:werkjaar>/vragenoverzicht.pdf",
        views.QuestionOverviewPDFView.as_view(),
        name="question_overview",
    ),
    path(
        "<int:werkjaar>/vragenoverzicht/status/",
        views.QuestionOverviewStatusView.as_view(),
        name="question_overview_status",
    ),
    path(
        "<int:werkjaar>/<str:nis>/antwoorden.pdf",
        views.AnswersPDFView.as_view(),
        name="answers",
    ),
    path(
        "<int:werkjaar>/<str:nis>/antwoorden/status/",
        views.AnswersStatusView.as_view(),
        name="answers_status",
    ),
]
