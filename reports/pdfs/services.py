"""Building and storing the PDFs: the question overview per campaign, answers per municipality.

Large documents are built by the Celery tasks of ``reports.pdfs.tasks``; a request only asks
for a build (``*_request``) and is served the stored file afterwards. Files live in private
storage, never as Wagtail documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from roles.models import Municipality
from roles.permissions import Action, require
from surveys.models import CampaignPage
from surveys.questionnaire import Rubric
from surveys.selectors import questionnaire_for_campaign

from ..models import GeneratedReport
from ..storage import private_storage
from . import selectors

# ``builders`` (WeasyPrint) is imported only where a PDF is made: it is slow to import, and
# every process that loads the URLs imports this module.
if TYPE_CHECKING:
    from .builders import RenderedPDF


def _report(
    *, kind: str, campaign: CampaignPage, municipality: Municipality | None
) -> GeneratedReport:
    report, _created = GeneratedReport.objects.get_or_create(
        kind=kind, campaign=campaign, municipality=municipality
    )
    return report


def _locked(report: GeneratedReport) -> GeneratedReport:
    return GeneratedReport.objects.select_for_update().get(pk=report.pk)


def _file_stem(report: GeneratedReport) -> str:
    if report.kind == GeneratedReport.Kind.QUESTION_OVERVIEW:
        return f"reports/overview-{report.campaign.werkjaar}"
    assert report.municipality is not None
    return f"reports/answers-{report.campaign.werkjaar}-{report.municipality.nis_code}"


def _mark_failed(report: GeneratedReport, error: BaseException) -> None:
    GeneratedReport.objects.filter(pk=report.pk).update(
        status=GeneratedReport.Status.FAILED, error=f"{type(error).__name__}: {error}"[:2000]
    )


def _store(report: GeneratedReport, rendered: RenderedPDF, version: str) -> GeneratedReport:
    """Make a freshly built file the current one, unless a newer version got there first."""
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
    name = private_storage.save(f"{_file_stem(report)}-{stamp}.pdf", ContentFile(rendered.content))
    with transaction.atomic():
        locked = _locked(report)
        stored, built = selectors.version_key(locked.data_version), selectors.version_key(version)
        if stored > built or (stored == built and selectors.report_file_available(locked)):
            transaction.on_commit(lambda: private_storage.delete(name))
            return locked
        previous = locked.file_name
        locked.file_name = name
        locked.data_version = version
        locked.page_count = rendered.page_count
        locked.built_at = timezone.now()
        locked.error = ""
        wanted = (
            str(locked.generation)
            if locked.kind == GeneratedReport.Kind.QUESTION_OVERVIEW
            else version
        )
        # A publish during the build asked for a newer overview: its task is on its way.
        locked.status = (
            GeneratedReport.Status.READY if wanted == version else GeneratedReport.Status.BUILDING
        )
        locked.save()
        if previous and previous != name:
            transaction.on_commit(lambda: private_storage.delete(previous))
    return locked


# --- the question overview --------------------------------------------------------------


@transaction.atomic
def question_overview_request(*, campaign: CampaignPage) -> GeneratedReport:
    """Ask for a new question overview of the campaign; a Celery task builds it after commit.

    Without a broker the task runs in a background thread: the publish returns at once.
    Called inside the publishing transaction, so a build that starts before the publish is
    committed cannot pass for the new version: it reads the previous generation.
    """
    report = _locked(
        _report(kind=GeneratedReport.Kind.QUESTION_OVERVIEW, campaign=campaign, municipality=None)
    )
    report.generation += 1
    report.status = GeneratedReport.Status.BUILDING
    report.requested_at = timezone.now()
    report.save(update_fields=["generation", "status", "requested_at"])

    from cms.celery import run_in_background

    from . import tasks

    campaign_id = campaign.pk
    transaction.on_commit(lambda: run_in_background(tasks.question_overview_build, campaign_id))
    return report


def question_overview_ensure(*, campaign: CampaignPage) -> GeneratedReport | None:
    """Ask for the question overview unless a current file or a build is already there."""
    report = selectors.question_overview_report(campaign=campaign)
    current = report is not None and report.data_version == str(report.generation)
    if (current and selectors.report_file_available(report)) or selectors.build_pending(report):
        return None
    return question_overview_request(campaign=campaign)


def question_overview_build(*, campaign: CampaignPage) -> GeneratedReport:
    """Build and store the campaign's question overview, unless the stored one is current.

    The generation is read before the questionnaire: the file shows at least that version.
    """
    report = _report(
        kind=GeneratedReport.Kind.QUESTION_OVERVIEW, campaign=campaign, municipality=None
    )
    version = str(report.generation)
    if report.data_version == version and selectors.report_file_available(report):
        return report
    from . import builders

    try:
        with builders.report_language():
            overview = selectors.question_overview(
                questionnaire=questionnaire_for_campaign(campaign=campaign)
            )
            rendered = builders.render_pdf("reports/question_overview.html", {"overview": overview})
    except Exception as error:
        _mark_failed(report, error)
        raise
    return _store(report, rendered, version)


# --- answers of a municipality -------------------------------------------------------------


@transaction.atomic
def answers_report_request(
    *, campaign: CampaignPage, municipality: Municipality, by: Any
) -> GeneratedReport:
    """Ask for a municipality's answers PDF (built by Celery): for those who may view its data."""
    require(by, Action.VIEW_DATA, municipality)
    report = _locked(
        _report(kind=GeneratedReport.Kind.ANSWERS, campaign=campaign, municipality=municipality)
    )
    report.status = GeneratedReport.Status.BUILDING
    report.requested_at = timezone.now()
    report.save(update_fields=["status", "requested_at"])

    from cms.celery import run_in_background

    from . import tasks

    campaign_id, municipality_id = campaign.pk, municipality.pk
    transaction.on_commit(
        lambda: run_in_background(tasks.answers_report_build, campaign_id, municipality_id)
    )
    return report


def answers_report_build(*, campaign: CampaignPage, municipality: Municipality) -> GeneratedReport:
    """Build and store the municipality's answers PDF, unless the stored one is current.

    The data stamp is read before the answers: the file shows at least that version.
    """
    report = _report(
        kind=GeneratedReport.Kind.ANSWERS, campaign=campaign, municipality=municipality
    )
    version = selectors.answers_data_version(campaign=campaign, municipality=municipality)
    if report.data_version == version and selectors.report_file_available(report):
        return report
    from . import builders

    try:
        with builders.report_language():
            document = selectors.answers_document(
                questionnaire=questionnaire_for_campaign(campaign=campaign),
                municipality=municipality,
            )
            rendered = builders.render_pdf("reports/answers.html", {"document": document})
    except Exception as error:
        _mark_failed(report, error)
        raise
    return _store(report, rendered, version)


def rubric_answers_pdf(
    *, campaign: CampaignPage, municipality: Municipality, rubric: Rubric, by: Any
) -> RenderedPDF:
    """One rubric's answers PDF, built on request: for those who may view the municipality."""
    from . import builders

    require(by, Action.VIEW_DATA, municipality)
    with builders.report_language():
        document = selectors.answers_document(
            questionnaire=questionnaire_for_campaign(campaign=campaign),
            municipality=municipality,
            rubric_code=rubric.code,
        )
        return builders.render_pdf("reports/answers.html", {"document": document})
