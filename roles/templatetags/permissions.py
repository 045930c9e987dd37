"""The one way templates ask permission questions: ``roles.permissions.can``.

{% load permissions %}
{% can user "manage_roles" municipality as may_manage %}
{% if may_manage %}…{% endif %}
"""

from __future__ import annotations

from typing import Any

from django import template

from roles import permissions

register = template.Library()


@register.simple_tag(name="can")
def can_tag(user: Any, action: str, obj: Any = None) -> bool:
    try:
        checked_action = permissions.Action(action)
    except ValueError as error:
        raise template.TemplateSyntaxError(
            f"Unknown action {action!r}; use one of {[a.value for a in permissions.Action]}."
        ) from error
    return permissions.can(user, checked_action, obj)
