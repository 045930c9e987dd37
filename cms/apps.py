from django.apps import AppConfig


class CmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms"

    def ready(self) -> None:
        from django.core.signals import request_started

        from . import security  # noqa: F401  (registers the deploy check)
        from .observability import forget_user_id

        request_started.connect(forget_user_id, dispatch_uid="cms.forget_user_id")
