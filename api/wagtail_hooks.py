"""The project team's screens for the answers API: clients and the log of their calls.

Both ask ``roles.permissions`` (``Action.MANAGE_API_CLIENTS``): a model permission ticked
for another group opens nothing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from roles.permissions import Action, can
from roles.selectors import project_team_members

from .forms import ApiClientCreateForm, ApiClientEditForm
from .models import ApiCall, ApiClient
from .services import EDITABLE_FIELDS, api_client_create, api_client_update


class ApiClientPolicy(BasePermissionPolicy):
    """The project team manages the clients; nobody else sees them."""

    actions: tuple[str, ...] = ("add", "change", "delete", "view")

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in self.actions and can(user, Action.MANAGE_API_CLIENTS)

    def users_with_any_permission(self, actions: Any) -> QuerySet:
        if not set(actions) & set(self.actions):
            return get_user_model().objects.none()
        return project_team_members()


class ApiCallPolicy(ApiClientPolicy):
    """The log: read by the project team, written only by the API."""

    actions: tuple[str, ...] = ("view",)


register_permission_policy(ApiClient, ApiClientPolicy(ApiClient))
register_permission_policy(ApiCall, ApiCallPolicy(ApiCall))


class ApiClientCreateView(CreateView):
    def save_instance(self) -> ApiClient:
        return api_client_create(by=self.request.user, **self.form.cleaned_data)


class ApiClientEditView(EditView):
    def save_instance(self) -> ApiClient:
        changes = {
            field: self.form.cleaned_data[field]
            for field in EDITABLE_FIELDS
            if field in self.form.changed_data
        }
        if not changes:
            return self.object
        return api_client_update(client=self.object, by=self.request.user, **changes)


class ApiClientViewSet(ModelViewSet):
    model = ApiClient
    name = "api-clients"
    icon = "key"
    menu_label = _("API-clients")
    add_to_reference_index = False
    copy_view_enabled = False
    add_view_class = ApiClientCreateView
    edit_view_class = ApiClientEditView
    list_display = ["name", "client_id", "may_read_provisional", "active", "created"]
    list_filter = ["may_read_provisional", "active"]
    search_fields = ["name", "client_id", "contact"]

    def get_form_class(self, for_update: bool = False) -> Any:
        return ApiClientEditForm if for_update else ApiClientCreateForm


class ApiCallViewSet(ModelViewSet):
    model = ApiCall
    name = "api-oproepen"
    icon = "list-ul"
    menu_label = _("API-oproepen")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["at", "client_name", "endpoint", "status_code", "row_count", "duration_ms"]
    list_filter = ["client", "status_code"]
    search_fields = ["client_name", "endpoint"]
    form_fields: list[str] = []
    list_per_page = 50


class ApiGroup(ModelViewSetGroup):
    menu_label = _("API")
    menu_icon = "code"
    menu_order = 320
    items = (ApiClientViewSet, ApiCallViewSet)


@hooks.register("register_admin_viewset")
def register_api_viewsets() -> ApiGroup:
    return ApiGroup()
