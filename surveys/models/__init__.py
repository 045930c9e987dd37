from .pages import CampaignPage, Definition, RubricPage, ThemePage
from .responses import (
    Answer,
    AuditEntry,
    Participation,
    RubricResponse,
    RubricStatus,
    SpecialAnswer,
)

__all__ = [
    "Answer",
    "AuditEntry",
    "CampaignPage",
    "Definition",
    "Participation",
    "RubricPage",
    "RubricResponse",
    "RubricStatus",
    "SpecialAnswer",
    "ThemePage",
]
