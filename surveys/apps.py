from django.apps import AppConfig


class SurveysConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "surveys"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from .models import RubricPage, ThemePage
        from .receivers import recount_after_publish

        # page_published fires for every publish path (editor, scheduled, workflow, bulk).
        for model in (ThemePage, RubricPage):
            page_published.connect(
                recount_after_publish, sender=model, dispatch_uid=f"recount-{model.__name__}"
            )
