from .api import QuestionnaireAPIView
from .registration import (
    AuditTrailView,
    RegistrationStartView,
    RubricSummaryView,
    StatusOverviewView,
)
from .wizard import RubricWizardView

__all__ = [
    "AuditTrailView",
    "QuestionnaireAPIView",
    "RegistrationStartView",
    "RubricSummaryView",
    "RubricWizardView",
    "StatusOverviewView",
]
