from django.http import Http404, JsonResponse
from django.views import View

from ..api import questionnaire_as_data
from ..selectors import campaign_live_by_werkjaar, questionnaire_for_campaign


class QuestionnaireAPIView(View):
    """GET /api/vragenlijst/<werkjaar>/: the published questionnaire as JSON."""

    def get(self, request, werkjaar: int):
        campaign = campaign_live_by_werkjaar(werkjaar=werkjaar)
        if campaign is None:
            raise Http404("Geen gepubliceerde campagne voor dit werkjaar.")
        data = questionnaire_as_data(questionnaire_for_campaign(campaign=campaign))
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
