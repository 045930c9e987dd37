from .pages import CampaignPage, Definition, RubricPage, ThemePage
from .responses import (
    Answer,
    Assignment,
    AuditEntry,
    Participation,
    PeerRange,
    RubricResponse,
    RubricStatus,
    SpecialAnswer,
)

__all__ = [
    "Answer",
    "Assignment",
    "AuditEntry",
    "CampaignPage",
    "Definition",
    "Participation",
    "PeerRange",
    "RubricPage",
    "RubricResponse",
    "RubricStatus",
    "SpecialAnswer",
    "ThemePage",
]
