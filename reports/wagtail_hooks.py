"""The project team's report screens in the Wagtail admin: "Voortgang", "Datakwaliteit" and
"Export".

The menu items show only to whom ``roles.permissions`` allows them; the views ask again.
"""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from roles.permissions import Action, can

from .dashboard import urls as dashboard_urls
from .exports import urls as export_urls
from .quality import urls as quality_urls


class PermissionMenuItem(MenuItem):
    """A menu item shown to users who may do ``action``."""

    def __init__(self, *args: Any, action: Action, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.action = action

    def is_shown(self, request: Any) -> bool:
        return can(request.user, self.action)


@hooks.register("register_admin_urls")
def register_report_urls() -> list:
    return [
        path("voortgang/", include(dashboard_urls, namespace="reports_dashboard")),
        path("export/", include(export_urls, namespace="reports_exports")),
        path("datakwaliteit/", include(quality_urls, namespace="reports_quality")),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item() -> MenuItem:
    return PermissionMenuItem(
        _("Voortgang"),
        reverse_lazy("reports_dashboard:index"),
        name="voortgang",
        icon_name="bars",
        order=320,
        action=Action.VIEW_ALL,
    )


@hooks.register("register_admin_menu_item")
def register_quality_menu_item() -> MenuItem:
    return PermissionMenuItem(
        _("Datakwaliteit"),
        reverse_lazy("reports_quality:index"),
        name="datakwaliteit",
        icon_name="warning",
        order=325,
        action=Action.VIEW_ALL,
    )


@hooks.register("register_admin_menu_item")
def register_export_menu_item() -> MenuItem:
    return PermissionMenuItem(
        _("Export"),
        reverse_lazy("reports_exports:index"),
        name="export",
        icon_name="download",
        order=330,
        action=Action.EXPORT,
    )
