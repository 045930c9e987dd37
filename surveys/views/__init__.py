from .api import QuestionnaireAPIView
from .registration import (
    AuditTrailView,
    RegistrationStartView,
    RubricSummaryView,
    StatusOverviewView,
)
from .spreadsheet import RubricSpreadsheetUploadView, RubricSpreadsheetView
from .wizard import RubricWizardView

__all__ = [
    "AuditTrailView",
    "QuestionnaireAPIView",
    "RegistrationStartView",
    "RubricSummaryView",
    "RubricSpreadsheetUploadView",
    "RubricSpreadsheetView",
    "RubricWizardView",
    "StatusOverviewView",
]
