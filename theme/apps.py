from django.apps import AppConfig


class ThemeConfig(AppConfig):
    name = "theme"
    verbose_name = "Thema (sjablonen en stijl)"
