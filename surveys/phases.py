"""The phase of a campaign: a question about the campaign, answered by surveys.

``surveys.selectors.campaign_phase`` decides which phase a participation is in on a day.
A rubric response hands its phase to ``roles.permissions.can`` as this enum's string
value (``Guarded.campaign_phase``); roles does not import surveys, it knows the values
``entry`` and ``confirmation`` (a test in tests/roles keeps the two together).
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """Where a participation stands in its campaign on a given day."""

    BEFORE_OPENING = "before_opening"
    ENTRY = "entry"
    CONFIRMATION = "confirmation"
    CLOSED = "closed"
