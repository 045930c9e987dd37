"""Wagtail's API v2: pages, images and documents."""

from __future__ import annotations

from typing import Any

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

#: The largest offset a listing accepts: far beyond any real listing, well within what the
#: database can count (a larger one gave a 500 from PostgreSQL's bigint).
MAX_OFFSET = 1_000_000


class BoundedOffsetMixin:
    """Wagtail's listings refuse an offset the database cannot handle with a 400."""

    def listing_view(self, request: Any) -> Any:
        raw = request.GET.get("offset", "0")
        if raw.isdigit() and int(raw) > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")
        return super().listing_view(request)  # type: ignore[misc]


class BoundedPagesAPIViewSet(BoundedOffsetMixin, PagesAPIViewSet):
    pass


class BoundedImagesAPIViewSet(BoundedOffsetMixin, ImagesAPIViewSet):
    pass


class BoundedDocumentsAPIViewSet(BoundedOffsetMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", BoundedPagesAPIViewSet)
api_router.register_endpoint("images", BoundedImagesAPIViewSet)
api_router.register_endpoint("documents", BoundedDocumentsAPIViewSet)
