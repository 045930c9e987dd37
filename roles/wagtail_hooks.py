"""The project team's screens in the Wagtail admin.

- Reference data (municipalities, services, organisation codes): wagtail-modeladmin
  listings, searchable and filterable by province.
- Role assignments: a Wagtail ``ModelViewSet`` whose create, edit and delete views call
  ``roles.services`` with the request user as ``by``; the audit trail (``RoleChange``) is a
  read-only listing next to it.

Only the project team group and superusers see these menus: every screen asks
``roles.permissions`` first, so one model permission ticked for another group opens nothing.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import ModelFormMixin
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from . import selectors
from .forms import RoleAssignmentCreateForm, RoleAssignmentEditForm
from .models import (
    Municipality,
    OrganisationCode,
    Province,
    Role,
    RoleAssignment,
    RoleChange,
    RoleSource,
    Service,
)
from .permission_policies import MunicipalityModelPermissionPolicy, ProjectTeamReadOnlyPolicy
from .permissions import OBJECT_PERMISSIONS, is_project_team
from .services import RoleError, role_change, role_grant, role_revoke

# --- permission policies: asked by every admin view, menu item and button ---------------


class RoleAssignmentPermissionPolicy(MunicipalityModelPermissionPolicy):
    def instances_managed_by(self, user: Any) -> QuerySet:
        return selectors.role_assignments_managed_by(user=user)


register_permission_policy(RoleAssignment, RoleAssignmentPermissionPolicy(RoleAssignment))
register_permission_policy(RoleChange, ProjectTeamReadOnlyPolicy(RoleChange))


# --- reference data (wagtail-modeladmin) ------------------------------------------------


class ProjectTeamPermissionHelper(PermissionHelper):
    """Model permissions count only for the project team and superusers."""

    def get_all_model_permissions(self) -> QuerySet[Permission]:
        # The object permissions of a municipality follow from roles: never offer them as
        # model-wide checkboxes in Wagtail's group editor.
        return super().get_all_model_permissions().exclude(codename__in=OBJECT_PERMISSIONS)

    def user_has_specific_permission(self, user: Any, perm_codename: str) -> bool:
        return is_project_team(user) and super().user_has_specific_permission(user, perm_codename)


def _column(label: Any) -> Any:
    """Give a modeladmin listing column its (Dutch) header."""

    def decorate(method: Any) -> Any:
        method.short_description = label
        return method

    return decorate


class MunicipalityAdmin(ModelAdmin):
    model = Municipality
    menu_label = _("Gemeenten")
    menu_icon = "site"
    menu_order = 100
    permission_helper_class = ProjectTeamPermissionHelper
    list_display = ("nis_code", "name", "province", "organisation_code_list", "service_list")
    list_filter = ("province",)
    search_fields = ("nis_code", "name", "organisation_codes__code", "services__name")
    list_per_page = 50
    # The NIS code identifies the municipality everywhere (URLs, exports): not editable.
    form_fields_exclude = ["nis_code"]

    def get_queryset(self, request: Any) -> QuerySet[Municipality]:
        return selectors.municipalities_with_reference_data()

    @_column(_("organisatiecodes (KBO)"))
    def organisation_code_list(self, obj: Municipality) -> str:
        return ", ".join(
            f"{code.code} ({code.get_kind_display()})" for code in obj.organisation_codes.all()
        )

    @_column(_("diensten"))
    def service_list(self, obj: Municipality) -> str:
        return ", ".join(str(service) for service in obj.services.all())


class ServiceAdmin(ModelAdmin):
    model = Service
    menu_label = _("Diensten")
    menu_icon = "group"
    menu_order = 110
    permission_helper_class = ProjectTeamPermissionHelper
    list_display = ("__str__", "kind", "municipality", "run_by_agb", "email")
    list_filter = ("municipality__province", "kind", "run_by_agb")
    search_fields = ("name", "municipality__name", "municipality__nis_code", "email")
    list_select_related = ("municipality",)
    list_per_page = 50


class OrganisationCodeAdmin(ModelAdmin):
    model = OrganisationCode
    menu_label = _("Organisatiecodes")
    menu_icon = "tag"
    menu_order = 120
    permission_helper_class = ProjectTeamPermissionHelper
    list_display = ("code", "kind", "municipality", "label")
    list_filter = ("municipality__province", "kind")
    search_fields = ("code", "label", "municipality__name", "municipality__nis_code")
    list_select_related = ("municipality",)
    list_per_page = 50


class ReferenceDataGroup(ModelAdminGroup):
    menu_label = _("Gemeenten")
    menu_icon = "site"
    menu_order = 300
    items = (MunicipalityAdmin, ServiceAdmin, OrganisationCodeAdmin)


modeladmin_register(ReferenceDataGroup)


# --- role assignments (Wagtail ModelViewSet over roles.services) -------------------------


class RoleAssignmentFilterSet(WagtailFilterSet):
    province = django_filters.ChoiceFilter(
        label=_("Provincie"), field_name="municipality__province", choices=Province.choices
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Gemeente"), queryset=Municipality.objects.all()
    )
    role = django_filters.ChoiceFilter(label=_("Rol"), choices=Role.choices)
    source = django_filters.ChoiceFilter(label=_("Bron"), choices=RoleSource.choices)

    class Meta:
        model = RoleAssignment
        fields = ["province", "municipality", "role", "source"]


class RoleAssignmentIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[RoleAssignment]:
        return selectors.role_assignments_managed_by(user=self.request.user)

    @cached_property
    def columns(self) -> list[Column]:
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            title_column_class(
                "person",
                label=_("Persoon"),
                accessor="holder_name",
                get_url=self.get_edit_url,
                sort_key="person__last_name",
            ),
            Column(
                "municipality",
                label=_("Gemeente"),
                accessor="municipality.name",
                sort_key="municipality__name",
            ),
            Column("role", label=_("Rol"), accessor="get_role_display", sort_key="role"),
            Column("service", label=_("Dienst"), accessor="service"),
            Column("source", label=_("Bron"), accessor="get_source_display", sort_key="source"),
            Column("granted_by", label=_("Toegekend door"), accessor="granted_by_name"),
            DateColumn("granted_at", label=_("Toegekend op"), sort_key="granted_at"),
        ]


class RoleServiceErrorMixin(ModelFormMixin):
    """A RoleError from the service becomes a Dutch message at the form; the input stays.

    Placed before Wagtail's create or edit view, which are model form views too."""

    error_message = _("De rol is niet bewaard.")

    def form_valid(self, form: Any) -> Any:
        try:
            return super().form_valid(form)
        except RoleError as error:
            form.add_error(None, str(error))
            self.produced_error_code = "role_error"
            self.produced_error_message = self.error_message
            return self.form_invalid(form)


class RoleAssignmentCreateView(RoleServiceErrorMixin, CreateView):
    success_message = _("Rol toegekend: %(object)s.")
    error_message = _("De rol is niet toegekend.")

    def save_instance(self) -> RoleAssignment:
        return role_grant(by=self.request.user, **self.form.service_arguments())


class RoleAssignmentEditView(RoleServiceErrorMixin, EditView):
    success_message = _("Rol gewijzigd: %(object)s.")
    error_message = _("De rol is niet gewijzigd.")

    def save_instance(self) -> RoleAssignment:
        if not self.form.has_changed():
            return self.object
        return role_change(
            assignment=self.object, by=self.request.user, **self.form.service_arguments()
        )


class RoleAssignmentDeleteView(DeleteView):
    success_message = _("Rol ingetrokken: %(object)s.")
    page_title = _("Rol intrekken")

    @property
    def confirmation_message(self) -> str:
        return str(
            _("Wilt u deze rol intrekken? De persoon verliest meteen de rechten die erbij horen.")
        )

    def delete_action(self) -> None:
        role_revoke(assignment=self.object, by=self.request.user)

    def form_valid(self, form: Any) -> Any:
        try:
            return super().form_valid(form)
        except RoleError as error:
            messages.error(self.request, str(error))
            return redirect(self.index_url_name)


class RoleAssignmentViewSet(ModelViewSet):
    model = RoleAssignment
    name = "roltoewijzingen"
    icon = "group"
    menu_label = _("Roltoewijzingen")
    menu_order = 100
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = RoleAssignmentIndexView
    add_view_class = RoleAssignmentCreateView
    edit_view_class = RoleAssignmentEditView
    delete_view_class = RoleAssignmentDeleteView
    filterset_class = RoleAssignmentFilterSet
    search_fields = [
        "person__first_name",
        "person__last_name",
        "person__username",
        "person__email",
        "email",
        "municipality__name",
        "municipality__nis_code",
    ]
    list_per_page = 50

    def get_form_class(self, for_update: bool = False) -> type:
        return RoleAssignmentEditForm if for_update else RoleAssignmentCreateForm


class RoleChangeIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[RoleChange]:
        return selectors.role_changes_all(user=self.request.user)

    @cached_property
    def columns(self) -> list[Column]:
        return [
            DateColumn("at", label=_("Wanneer"), sort_key="at"),
            Column(
                "municipality",
                label=_("Gemeente"),
                accessor="municipality.name",
                sort_key="municipality__name",
            ),
            Column("person", label=_("Persoon"), accessor=_change_subject),
            Column("action", label=_("Wat"), accessor="get_action_display", sort_key="action"),
            Column("old_role", label=_("Oude rol"), accessor="get_old_role_display"),
            Column("new_role", label=_("Nieuwe rol"), accessor="get_new_role_display"),
            Column("by", label=_("Door"), accessor="by_name"),
            Column("source", label=_("Bron"), accessor="get_source_display"),
            Column("note", label=_("Opmerking"), accessor="note"),
        ]


def _change_subject(change: RoleChange) -> str:
    return change.person_name or change.email


class RoleChangeFilterSet(WagtailFilterSet):
    province = django_filters.ChoiceFilter(
        label=_("Provincie"), field_name="municipality__province", choices=Province.choices
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Gemeente"), queryset=Municipality.objects.all()
    )
    action = django_filters.ChoiceFilter(label=_("Wat"), choices=RoleChange.Action.choices)

    class Meta:
        model = RoleChange
        fields = ["province", "municipality", "action"]


class RoleChangeViewSet(ModelViewSet):
    """The audit trail of every grant, change and revocation, for the project team."""

    model = RoleChange
    name = "rolwijzigingen"
    icon = "history"
    menu_label = _("Historiek van de rollen")
    menu_order = 110
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = RoleChangeIndexView
    filterset_class = RoleChangeFilterSet
    form_fields = ["note"]  # never shown: the read-only policy refuses every write
    search_fields = [
        "person__first_name",
        "person__last_name",
        "person__username",
        "person_name",
        "email",
        "municipality__name",
        "municipality__nis_code",
        "note",
    ]
    list_per_page = 50

    def get_permissions_to_register(self) -> QuerySet[Permission]:
        return Permission.objects.none()


class RolesViewSetGroup(ModelViewSetGroup):
    menu_label = _("Rollen")
    menu_icon = "group"
    menu_order = 310
    items = (RoleAssignmentViewSet, RoleChangeViewSet)


@hooks.register("register_admin_viewset")
def register_roles_viewsets() -> RolesViewSetGroup:
    return RolesViewSetGroup()
