from .api import QuestionnaireAPIView
from .registration import (
    AuditTrailView,
    RegistrationStartView,
    RubricSummaryView,
    StatusOverviewView,
)
from .wizard import RubricWizardView
from .work import AssignView, ReassignView

__all__ = [
    "AssignView",
    "ReassignView",
    "AuditTrailView",
    "QuestionnaireAPIView",
    "RegistrationStartView",
    "RubricSummaryView",
    "RubricWizardView",
    "StatusOverviewView",
]
