from .pages import CampaignPage, Definition, RubricPage, ThemePage
from .responses import (
    Answer,
    AuditEntry,
    Participation,
    PeerRange,
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
    "PeerRange",
    "RubricPage",
    "RubricResponse",
    "RubricStatus",
    "SpecialAnswer",
    "ThemePage",
]
