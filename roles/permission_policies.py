"""Wagtail permission policies that ask ``roles.permissions``.

Wagtail's admin asks a permission policy for every view, menu item and button. These
policies forward the question: a model permission ticked in Wagtail's group editor counts
only for the project team, and an object of a municipality is open only to whoever may
manage that municipality (``Action.MANAGE_ROLES``). Registered for the role assignments
(``roles.wagtail_hooks``) and for the municipalities' contacts (``cms.wagtail_hooks``).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from wagtail.permission_policies import BasePermissionPolicy, ModelPermissionPolicy

from .permissions import Action, can, filter_for, is_project_team
from .selectors import project_team_members


class MunicipalityModelPermissionPolicy(ModelPermissionPolicy):
    """Model permissions count only for the project team; ``can()`` decides per municipality.

    For models with a ``municipality`` foreign key.
    """

    def user_has_permission(self, user: Any, action: str) -> bool:
        return is_project_team(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions: Any) -> QuerySet:
        return super().users_with_any_permission(actions).filter(pk__in=project_team_members())

    def user_has_permission_for_instance(self, user: Any, action: str, instance: Any) -> bool:
        return self.user_has_permission(user, action) and can(
            user, Action.MANAGE_ROLES, instance.municipality
        )

    def instances_user_has_any_permission_for(self, user: Any, actions: Any) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.instances_managed_by(user)

    def instances_managed_by(self, user: Any) -> QuerySet:
        return filter_for(user, Action.MANAGE_ROLES, self.model._default_manager.all())


class ProjectTeamReadOnlyPolicy(BasePermissionPolicy):
    """An audit trail: the project team reads it, nobody edits it."""

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action == "view" and is_project_team(user)

    def users_with_any_permission(self, actions: Any) -> QuerySet:
        if "view" not in actions:
            return get_user_model().objects.none()
        return project_team_members()
