"""Writes of the roles app. Only this module grants or revokes permissions."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MODEL_PERMISSIONS = {
    "surveys": ("add_definition", "change_definition", "delete_definition"),
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


@transaction.atomic
def project_team_group_ensure() -> Group:
    """The project team authors the questionnaire and content in the Wagtail admin.

    It is a group, not superusers: it gets admin access, page rights on the site root and
    rights on definitions, images and documents.
    """
    group, _created = Group.objects.get_or_create(name=settings.PROJECT_TEAM_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for app_label, codenames in MODEL_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                if app_label == "surveys":
                    group.permissions.add(permission)
                else:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=Collection.get_first_root_node(),
                        permission=permission,
                    )
    root = Page.get_first_root_node()
    for home in root.get_children():
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=home,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return group
