"""The local administrator's screens: who holds which role in the own municipality.

Every page asks ``roles.permissions`` (MANAGE_ROLES on the municipality), reads through
``roles.selectors`` and writes through ``roles.services``.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from . import selectors
from .forms import RoleChangeForm, RoleGrantForm
from .models import MAX_COORDINATORS, RoleAssignment
from .permissions import Action, require
from .services import RoleError, role_change, role_grant, role_revoke

HISTORY_PAGE_SIZE = 50


class MunicipalityRolesMixin(View):
    """Resolve the municipality of the URL; only who manages its roles gets in."""

    request: HttpRequest
    municipality: Any

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.municipality = selectors.municipality_by_nis(nis_code=kwargs["nis"])
        if self.municipality is None:
            raise Http404(_("Onbekende gemeente."))
        require(request.user, Action.MANAGE_ROLES, self.municipality)
        return super().dispatch(request, *args, **kwargs)

    def assignment_or_404(self, pk: int) -> RoleAssignment:
        assignment = selectors.role_assignment_for(
            user=self.request.user, municipality=self.municipality, pk=pk
        )
        if assignment is None:
            raise Http404(_("Deze rol bestaat niet (meer)."))
        return assignment

    def back_to_list(self) -> HttpResponse:
        return redirect("roles:role_list", nis=self.municipality.nis_code)


class RoleListView(MunicipalityRolesMixin, View):
    """The roles of one municipality, with the form to grant one (POST here)."""

    template_name = "roles/role_list.html"

    def get(self, request: HttpRequest, nis: str) -> HttpResponse:
        return self.render(RoleGrantForm(municipality=self.municipality))

    def post(self, request: HttpRequest, nis: str) -> HttpResponse:
        form = RoleGrantForm(request.POST, municipality=self.municipality)
        if form.is_valid():
            try:
                assignment = role_grant(
                    municipality=self.municipality, by=request.user, **form.service_arguments()
                )
            except RoleError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("%(naam)s heeft nu de rol %(rol)s.")
                    % {"naam": assignment.holder_name, "rol": assignment.get_role_display()},
                )
                return self.back_to_list()
        return self.render(form)

    def render(self, form: RoleGrantForm) -> HttpResponse:
        context = {
            "municipality": self.municipality,
            "assignments": selectors.role_assignments_for(
                user=self.request.user, municipality=self.municipality
            ),
            "coordinator_count": selectors.coordinator_count(municipality=self.municipality),
            "max_coordinators": MAX_COORDINATORS,
            "form": form,
        }
        return render(self.request, self.template_name, context)


class RoleChangeView(MunicipalityRolesMixin, View):
    template_name = "roles/role_change.html"

    def get(self, request: HttpRequest, nis: str, pk: int) -> HttpResponse:
        assignment = self.assignment_or_404(pk)
        return self.render(assignment, RoleChangeForm(assignment=assignment))

    def post(self, request: HttpRequest, nis: str, pk: int) -> HttpResponse:
        assignment = self.assignment_or_404(pk)
        form = RoleChangeForm(request.POST, assignment=assignment)
        if form.is_valid():
            if not form.has_changed():
                messages.info(request, _("Er is niets gewijzigd."))
                return self.back_to_list()
            try:
                assignment = role_change(
                    assignment=assignment, by=request.user, **form.service_arguments()
                )
            except RoleError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("De rol van %(naam)s is gewijzigd in %(rol)s.")
                    % {"naam": assignment.holder_name, "rol": assignment.get_role_display()},
                )
                return self.back_to_list()
        return self.render(assignment, form)

    def render(self, assignment: RoleAssignment, form: RoleChangeForm) -> HttpResponse:
        context = {"municipality": self.municipality, "assignment": assignment, "form": form}
        return render(self.request, self.template_name, context)


class RoleRevokeView(MunicipalityRolesMixin, View):
    """Asks for confirmation (GET) before the role is revoked (POST)."""

    template_name = "roles/role_revoke.html"

    def get(self, request: HttpRequest, nis: str, pk: int) -> HttpResponse:
        return self.render(self.assignment_or_404(pk))

    def post(self, request: HttpRequest, nis: str, pk: int) -> HttpResponse:
        assignment = self.assignment_or_404(pk)
        try:
            role_revoke(assignment=assignment, by=request.user)
        except RoleError as error:
            return self.render(assignment, error=str(error))
        messages.success(
            request,
            _("De rol %(rol)s van %(naam)s is ingetrokken.")
            % {"naam": assignment.holder_name, "rol": assignment.get_role_display()},
        )
        return self.back_to_list()

    def render(self, assignment: RoleAssignment, error: str = "") -> HttpResponse:
        context = {"municipality": self.municipality, "assignment": assignment, "error": error}
        return render(self.request, self.template_name, context)


class RoleHistoryView(MunicipalityRolesMixin, View):
    """Every grant, change and revocation in the municipality: who, when, what."""

    template_name = "roles/role_history.html"

    def get(self, request: HttpRequest, nis: str) -> HttpResponse:
        changes = selectors.role_changes_for(user=request.user, municipality=self.municipality)
        page = Paginator(changes, HISTORY_PAGE_SIZE).get_page(request.GET.get("pagina"))
        context = {"municipality": self.municipality, "page": page, "changes": page.object_list}
        return render(request, self.template_name, context)
