"""The answers API for the reporting platform, ``/api/v1/``: read-only, machine clients only.

Every view: a bearer token of an active client-credentials client (``api.oauth``), the
scopes asked of ``roles.permissions``, a rate limit per client, and a logged call.
"""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from reports.codebook.selectors import codebook_data
from surveys.selectors import questionnaire_for_campaign

from . import selectors
from .filters import AnswerQuerySerializer, encode_cursor
from .oauth import ApiAccess, BearerTokenAuthentication
from .serializers import (
    AnswerPageSerializer,
    CampaignSerializer,
    ErrorSerializer,
    MunicipalitySerializer,
)
from .services import api_call_record
from .throttling import ApiClientRateThrottle

ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="Bad parameters (Dutch message per field)."),
    401: OpenApiResponse(ErrorSerializer, description="No valid bearer token."),
    403: OpenApiResponse(ErrorSerializer, description="The token's scopes do not allow this."),
    429: OpenApiResponse(ErrorSerializer, description="Too many calls (API_RATE_LIMIT)."),
}


def _loggable(text: str, limit: int = 200) -> str:
    """A query value as the log can store it (PostgreSQL text holds no NUL, no lone surrogate)."""
    text = text[:limit].replace("\x00", "\ufffd")
    return text.encode("utf-8", "replace").decode("utf-8")


def _forget_after_rendering(response: Any) -> None:
    """Drop a page's rows and the renderer's context once the JSON is written.

    DRF puts the response into its own renderer context (and the view holds the response):
    reference cycles that keep a page of answers alive until Python's next full garbage
    collection, which is rare in a process this size. Without them a page is freed as soon
    as it is sent, and a sync of any length takes the memory of one page.
    """
    response.data = None
    response.renderer_context = None


class ApiView(APIView):
    """Bearer tokens only, JSON only, rate limited, every call logged (``ApiCall``)."""

    authentication_classes = [BearerTokenAuthentication]
    permission_classes = [ApiAccess]
    throttle_classes = [ApiClientRateThrottle]
    renderer_classes = [JSONRenderer]
    #: Rows given out by this call, for the log.
    row_count = 0

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        response = super().dispatch(request, *args, **kwargs)
        drf_request = self.request
        client = getattr(drf_request, "api_client", None)
        api_call_record(
            client=client.api_client if client else None,
            client_name=client.name if client else "",
            endpoint=request.path,
            filters={_loggable(key): _loggable(value) for key, value in request.GET.items()},
            scopes=client.scopes if client else frozenset(),
            status_code=response.status_code,
            row_count=self.row_count if response.status_code == 200 else 0,
            duration_ms=round((time.perf_counter() - started) * 1000),
        )
        # The view and its request reference each other; without this the response (a page
        # of answers) would wait in that cycle for Python's next full garbage collection.
        self.response = None
        return response

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(_forget_after_rendering)
        return response


class AnswerListView(ApiView):
    @extend_schema(
        operation_id="antwoorden_list",
        summary="Answers, page by page (full or incremental sync)",
        description=(
            "Answers ordered by (gewijzigd_op, id). Follow `volgende` until it is null. For an "
            "incremental sync, pass the moment your previous sync started as "
            "`gewijzigd_sinds` (minus a few minutes of margin; rows are identified by `id`). "
            "Without the scope antwoorden:voorlopig only answers of confirmed rubrics; with "
            "`gewijzigd_sinds`, answers of a rubric reopened since come once more without "
            "value and with their new status, to be dropped. "
            "Answers of questions hidden by a condition are left out, so a page may hold "
            "fewer rows than `page_size`."
        ),
        parameters=[AnswerQuerySerializer],
        responses={200: AnswerPageSerializer, **ERRORS},
    )
    def get(self, request: Request) -> HttpResponse:
        campaigns = list(selectors.campaigns_for_api())
        query = AnswerQuerySerializer(data=request.query_params, context={"campaigns": campaigns})
        query.is_valid(raise_exception=True)
        filters = query.filters_for(request.api_client)
        page = selectors.answers_page(
            filters=filters,
            after=query.validated_data.get("cursor"),
            size=query.validated_data.get("page_size", settings.API_PAGE_SIZE),
            campaigns=campaigns,
        )
        self.row_count = len(page.rows)
        next_url = None
        if page.next_position is not None:
            parameters = request.query_params.copy()
            parameters["cursor"] = encode_cursor(page.next_position)
            next_url = request.build_absolute_uri(f"{request.path}?{parameters.urlencode()}")
        # The rows are JSON text already (``answers_page``): only the envelope is added.
        body = (
            f'{{"volgende":{json.dumps(next_url)},"aantal":{len(page.rows)},'
            f'"resultaten":[{",".join(page.rows)}]}}'
        )
        return HttpResponse(body.encode(), content_type="application/json")


class MunicipalityListView(ApiView):
    @extend_schema(
        operation_id="gemeenten_list",
        summary="The Flemish municipalities (NIS code, name, province)",
        responses={200: MunicipalitySerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        data = MunicipalitySerializer(selectors.municipalities_for_api(), many=True).data
        self.row_count = len(data)
        return Response(data)


class CampaignListView(ApiView):
    @extend_schema(
        operation_id="campagnes_list",
        summary="Published campaigns, newest first",
        responses={200: CampaignSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        data = CampaignSerializer(
            selectors.campaigns_for_api(), many=True, context={"request": request}
        ).data
        self.row_count = len(data)
        return Response(data)


class CodebookView(ApiView):
    @extend_schema(
        operation_id="codeboek_retrieve",
        summary="The codebook of a werkjaar: rubrics, themes and questions",
        description=(
            "The published questionnaire as data, as `/api/vragenlijst/<werkjaar>/` gives it: "
            "per question its code, type, unit, options, bounds, table rows and columns, "
            "condition, definitions and its code in the previous campaign (`previous_code`)."
        ),
        parameters=[OpenApiParameter("werkjaar", int, OpenApiParameter.PATH)],
        responses={
            200: OpenApiResponse(description="The questionnaire as data."),
            404: OpenApiResponse(ErrorSerializer, description="No published campaign."),
            **ERRORS,
        },
    )
    def get(self, request: Request, werkjaar: int) -> Response:
        campaign = selectors.campaign_for_api(werkjaar=werkjaar) if werkjaar < 10_000 else None
        if campaign is None:
            raise NotFound(
                _("Geen gepubliceerde campagne voor werkjaar {werkjaar}.").format(werkjaar=werkjaar)
            )
        # The questionnaire API's data with every rubric's checks (reports.codebook).
        data = codebook_data(questionnaire_for_campaign(campaign=campaign))
        self.row_count = sum(
            len(theme["questions"]) for rubric in data["rubrics"] for theme in rubric["themes"]
        )
        return Response(data)
