"""The registration fixtures (Kasterlee, Brecht, people in every role) for the theme tests."""

from tests.surveys.conftest import brecht, kasterlee, people, questionnaire  # noqa: F401
