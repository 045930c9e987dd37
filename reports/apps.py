from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from surveys.models import CampaignPage, Definition, RubricPage, ThemePage

        from .pdfs.receivers import (
            definition_changed,
            questionnaire_changed,
            questionnaire_moved,
        )

        # page_published fires for every publish path (editor, scheduled, workflow, bulk).
        for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
            for model in (CampaignPage, RubricPage, ThemePage):
                signal.connect(
                    questionnaire_changed,
                    sender=model,
                    dispatch_uid=f"question-overview-{name}-{model.__name__}",
                )
        for model in (RubricPage, ThemePage):
            post_page_move.connect(
                questionnaire_moved,
                sender=model,
                dispatch_uid=f"question-overview-moved-{model.__name__}",
            )
        post_save.connect(
            definition_changed, sender=Definition, dispatch_uid="question-overview-definition"
        )
        post_delete.connect(
            definition_changed,
            sender=Definition,
            dispatch_uid="question-overview-definition-deleted",
        )
