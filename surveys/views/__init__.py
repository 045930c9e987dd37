from .api import QuestionnaireAPIView
from .registration import (
    AuditTrailView,
    RegistrationStartView,
    RubricSummaryView,
    StatusOverviewView,
)
from .spreadsheet import RubricSpreadsheetUploadView, RubricSpreadsheetView
from .wizard import RubricWizardView
from .work import AssignView, ReassignView

__all__ = [
    "AssignView",
    "ReassignView",
    "AuditTrailView",
    "QuestionnaireAPIView",
    "RegistrationStartView",
    "RubricSummaryView",
    "RubricSpreadsheetUploadView",
    "RubricSpreadsheetView",
    "RubricWizardView",
    "StatusOverviewView",
]
