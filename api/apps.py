from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The answers API for the reporting platform: machine clients, their calls, the views."""

    name = "api"
    verbose_name = _("API voor het rapporteringsplatform")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import schema  # noqa: F401  (registers the OpenAPI security scheme)
