from django.apps import AppConfig


class RolesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "roles"

    def ready(self) -> None:
        from . import sessions  # noqa: F401  (connects the login receiver)
