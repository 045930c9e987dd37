"""Reads of the mailing: the contacts whoever asks may maintain."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from roles.models import Municipality
from roles.permissions import Action, filter_for

from .models import Contact


def contacts_managed_by(*, user: Any) -> QuerySet[Contact]:
    """The contacts of every municipality whose roles (and so contacts) ``user`` manages."""
    contacts = Contact.objects.select_related("municipality", "service")
    return filter_for(user, Action.MANAGE_ROLES, contacts)


def contacts_for(*, user: Any, municipality: Municipality) -> QuerySet[Contact]:
    """The contacts of ``municipality``: empty unless ``user`` manages its roles."""
    return contacts_managed_by(user=user).filter(municipality=municipality).order_by("name")


def contact_for(*, user: Any, municipality: Municipality, pk: Any) -> Contact | None:
    try:
        return contacts_for(user=user, municipality=municipality).filter(pk=int(pk)).first()
    except (TypeError, ValueError):
        return None
