from django.apps import AppConfig


class CmsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "cms"

    def ready(self) -> None:
        from . import security  # noqa: F401  (registers the deploy check)
