"""A rubric as a spreadsheet: "Download als rekenblad" and "Rekenblad opladen".

The upload shows a preview first; the accepted changes wait in the session, with the
versions of the answers as they were at the preview, until the person confirms. Then they
go through ``answers_save`` like a step's answers: a conflict, the lock and the rights
apply there.
"""

from __future__ import annotations

import io
import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from roles.permissions import Action

from ..forms.spreadsheet import SpreadsheetFixForm, SpreadsheetUploadForm
from ..phases import Phase
from ..services import AnswerInput, RegistrationError, answers_save, refusal
from ..spreadsheets.reader import (
    SpreadsheetPreview,
    SpreadsheetRefused,
    max_upload_bytes,
    rubric_spreadsheet_read,
)
from ..spreadsheets.writer import rubric_workbook_write
from .context import RegistrationContext, registration_context

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: The audit trail's note on answers saved from a spreadsheet.
VIA_SPREADSHEET = "via rekenblad"
SESSION_KEY = "surveys.rekenblad"


class RubricSpreadsheetView(LoginRequiredMixin, View):
    """GET: the rubric with this municipality's answers as an XLSX, for everyone who sees it."""

    def get(self, request: HttpRequest, werkjaar: int, nis: str, rubric: str) -> FileResponse:
        reg = registration_context(user=request.user, werkjaar=werkjaar, nis=nis)
        found = reg.rubric(rubric)
        if not found.themes:
            raise Http404("Deze rubriek heeft geen thema's.")
        sheet = reg.sheet(found)
        target = io.BytesIO()
        rubric_workbook_write(
            sheet=sheet, municipality=reg.municipality, campaign=reg.campaign, target=target
        )
        target.seek(0)
        return FileResponse(
            target,
            as_attachment=True,
            filename=f"vrijetijdsmonitor-{werkjaar}-{nis}-{sheet.rubric.code}.xlsx",
            content_type=XLSX_TYPE,
        )


class SpreadsheetSizeLimit(FileUploadHandler):
    """Stops keeping an uploaded file as soon as it passes the limit (the rest is skipped)."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.too_large = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.too_large = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handlers keep the file


def _pending_key(werkjaar: int, nis: str, rubric: str) -> str:
    return f"{werkjaar}/{nis}/{rubric}"


@method_decorator(csrf_exempt, name="dispatch")  # checked below, after the size limit is set
class RubricSpreadsheetUploadView(LoginRequiredMixin, View):
    """Upload a filled spreadsheet, see what would change, then save it (or not)."""

    template_name = "surveys/spreadsheet_upload.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # The limit must be in place before anything reads the body, and the CSRF check
        # reads it: so the check runs here, with the limit, exactly as the middleware would.
        self.size_limit = SpreadsheetSizeLimit(request, max_upload_bytes())
        request.upload_handlers.insert(0, self.size_limit)
        return csrf_protect(super().dispatch)(request, *args, **kwargs)

    def setup_rubric(self, request: HttpRequest, werkjaar: int, nis: str, rubric: str) -> None:
        self.reg: RegistrationContext = registration_context(
            user=request.user, werkjaar=werkjaar, nis=nis
        )
        self.rubric = self.reg.rubric(rubric)
        self.sheet = self.reg.sheet(self.rubric)
        guarded = self.reg.guarded(self.rubric, self.sheet)
        self.read_only_reason = refusal(
            user=request.user, action=Action.ENTER_DATA, response=guarded
        )
        # Who may not enter data for a reason of their own gets 403; when the rubric
        # (confirmed) or the campaign (closed) is the reason, the page says so.
        if (
            self.read_only_reason is not None
            and not guarded.is_locked
            and self.reg.phase == Phase.ENTRY
        ):
            raise PermissionDenied(self.read_only_reason)
        self.key = _pending_key(werkjaar, nis, self.rubric.code)

    def render(
        self,
        request: HttpRequest,
        form: Any,
        preview: SpreadsheetPreview | None = None,
        token: str = "",
        fix_form: SpreadsheetFixForm | None = None,
    ) -> HttpResponse:
        links = self.reg.links
        if preview is not None and fix_form is None:
            fix_form = SpreadsheetFixForm(rows=preview.fixable)
        return render(
            request,
            self.template_name,
            {
                "reg": self.reg,
                "campaign": self.reg.campaign,
                "municipality": self.reg.municipality,
                "rubric": self.rubric,
                "sheet": self.sheet,
                "form": form,
                "preview": preview,
                "token": token,
                "fix_form": fix_form,
                "read_only_reason": self.read_only_reason,
                "max_size": filesizeformat(max_upload_bytes()),
                "summary_url": links.rubric(self.rubric.code),
                "overview_url": links.overview(),
                "download_url": links.spreadsheet(self.rubric.code),
            },
        )

    def get(self, request: HttpRequest, werkjaar: int, nis: str, rubric: str) -> HttpResponse:
        self.setup_rubric(request, werkjaar, nis, rubric)
        return self.render(request, SpreadsheetUploadForm())

    def post(self, request: HttpRequest, werkjaar: int, nis: str, rubric: str) -> HttpResponse:
        self.setup_rubric(request, werkjaar, nis, rubric)
        if request.POST.get("action") == "save":
            return self.save(request)
        if self.read_only_reason is not None:
            return self.render(request, SpreadsheetUploadForm())  # the reason, no file read
        form = SpreadsheetUploadForm(
            request.POST, request.FILES, too_large=self.size_limit.too_large
        )
        if not form.is_valid():
            return self.render(request, form)
        upload = form.cleaned_data["file"]
        try:
            preview = rubric_spreadsheet_read(
                file=upload,
                size=upload.size,
                sheet=self.sheet,
                municipality=self.reg.municipality,
                campaign=self.reg.campaign,
            )
        except SpreadsheetRefused as refused:
            form.add_error("file", str(refused))
            return self.render(request, form)
        token = ""
        if preview.savable:
            token = secrets.token_urlsafe(16)
            pending = request.session.get(SESSION_KEY, {})
            pending[self.key] = {"token": token, **preview.pending()}
            request.session[SESSION_KEY] = pending
        return self.render(request, SpreadsheetUploadForm(), preview=preview, token=token)

    def save(self, request: HttpRequest) -> HttpResponse:
        """Save the changes of the preview, with the versions as they were loaded then."""
        pending = request.session.get(SESSION_KEY, {})
        stored = pending.get(self.key)
        upload_url = self.reg.links.spreadsheet_upload(self.rubric.code)
        if not stored or stored.get("token") != request.POST.get("token"):
            messages.error(
                request,
                _("Dit voorbeeld is niet meer geldig. Laad het rekenblad opnieuw op."),
            )
            return redirect(upload_url)
        preview = SpreadsheetPreview.from_pending(self.sheet, stored)
        fix_form = SpreadsheetFixForm(request.POST, rows=preview.fixable)
        if not fix_form.is_valid():
            return self.render(request, SpreadsheetUploadForm(), preview, stored["token"], fix_form)
        chosen = {code: tuple(answer) for code, answer in stored["values"].items()}
        chosen.update(fix_form.answers)
        values = {
            code: AnswerInput(
                value=None if special else value,
                special=special,
                loaded=stored["loaded"].get(code),
            )
            for code, (value, special) in chosen.items()
        }
        try:
            result = answers_save(
                municipality=self.reg.municipality,
                campaign=self.reg.campaign,
                rubric=self.rubric,
                by=request.user,
                values=values,
                seen_versions=stored["versions"],
                via=VIA_SPREADSHEET,
                participation=self.reg.participation,
            )
        except RegistrationError as error:
            messages.error(request, str(error))
            return redirect(upload_url)
        pending.pop(self.key, None)
        request.session[SESSION_KEY] = pending
        if result.saved:
            messages.success(
                request,
                ngettext(
                    "%(n)s antwoord uit het rekenblad is opgeslagen.",
                    "%(n)s antwoorden uit het rekenblad zijn opgeslagen.",
                    len(result.saved),
                )
                % {"n": len(result.saved)},
            )
        for conflict in result.conflicts:
            messages.warning(
                request,
                # Without the two answers: a table's reads as a table, not in a sentence.
                _(
                    "%(code)s %(question)s is niet opgeslagen: %(author)s wijzigde dit "
                    "antwoord nadat u het rekenblad opliet. Kijk het na in het formulier."
                )
                % {
                    "code": conflict.code,
                    "question": conflict.question.text,
                    "author": conflict.their_author,
                },
            )
        if not result.saved and not result.conflicts:
            messages.info(request, _("Er was niets gewijzigd."))
        return redirect(self.reg.links.rubric(self.rubric.code))
