from tests.surveys.conftest import brecht, kasterlee, people, questionnaire  # noqa: F401
