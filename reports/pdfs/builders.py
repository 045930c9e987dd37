"""HTML to PDF with WeasyPrint: tagged (PDF/UA-1), local fonts, static files read from disk.

Nothing here is fetched over the network: the documents' base URL is a host that does not
exist, and the URL fetcher answers only for static files, which it reads through the
staticfiles finders. Rendering is slow (seconds for a large document): the question
overview and whole-campaign answers are built by Celery tasks, never inside a request.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

#: Relative URLs in report HTML resolve against this host; the fetcher never contacts it.
BASE_URL = "https://rapporten.vrijetijdsmonitor.invalid/"
PRINT_STYLESHEET = "theme/css/print.css"
#: A tagged, accessible PDF; WeasyPrint takes the title from <title> and the language from
#: <html lang>.
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1"}


def static_file_path(relative: str) -> Path | None:
    """The file on disk of a static file: from the app folders, else from STATIC_ROOT."""
    found = finders.find(relative)
    if found:
        return Path(found if isinstance(found, str) else found[0])
    try:
        path = Path(staticfiles_storage.path(relative))
    except NotImplementedError:
        return None
    return path if path.is_file() else None


class StaticFilesFetcher(URLFetcher):
    """Answer only for static files, read from disk; refuse every other URL (no HTTP)."""

    def __init__(self) -> None:
        super().__init__(fail_on_errors=False)
        self.static_base = urlsplit(urljoin(BASE_URL, settings.STATIC_URL))

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if (
            parts.scheme == self.static_base.scheme
            and parts.netloc == self.static_base.netloc
            and parts.path.startswith(self.static_base.path)
        ):
            relative = unquote(parts.path[len(self.static_base.path) :])
            path = static_file_path(relative) if ".." not in relative.split("/") else None
            if path is not None:
                content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=path.read_bytes(), headers={"Content-Type": content_type}
                )
        raise ValueError(f"Reports load only static files from disk, not {url}")


@dataclass(frozen=True)
class RenderedPDF:
    content: bytes
    page_count: int


def html_to_pdf(html: str) -> RenderedPDF:
    """Lay out report HTML with the print stylesheet and write a tagged PDF."""
    fetcher = StaticFilesFetcher()
    stylesheet_path = static_file_path(PRINT_STYLESHEET)
    if stylesheet_path is None:
        raise FileNotFoundError(PRINT_STYLESHEET)
    stylesheet = CSS(
        string=stylesheet_path.read_text(encoding="utf-8"),
        base_url=urljoin(urljoin(BASE_URL, settings.STATIC_URL), PRINT_STYLESHEET),
        url_fetcher=fetcher,
    )
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher).render(
        stylesheets=[stylesheet], **PDF_OPTIONS
    )
    return RenderedPDF(content=document.write_pdf(**PDF_OPTIONS), page_count=len(document.pages))


def report_language() -> translation.override:
    """Reports speak the site's language (Dutch), in a request, a task or a command alike."""
    return translation.override(settings.LANGUAGE_CODE)


def render_pdf(template: str, context: dict[str, Any]) -> RenderedPDF:
    """Render a report template in the site language and turn it into a PDF."""
    with report_language():
        html = render_to_string(template, context)
    return html_to_pdf(html)
