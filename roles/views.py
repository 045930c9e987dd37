"""The local administrator's screens (built in the roles issue)."""

from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from .models import Municipality
from .permissions import Action, require


class RoleListView(TemplateView):
    template_name = "roles/role_list.html"

    def get_context_data(self, **kwargs):
        municipality = get_object_or_404(Municipality, nis_code=kwargs["nis"])
        require(self.request.user, Action.MANAGE_ROLES, municipality)
        return {**super().get_context_data(**kwargs), "municipality": municipality}
