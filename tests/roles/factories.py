"""Factories for the roles tests. Role assignments are made through ``roles.services``,
so that guardian's object permissions and the audit trail are what production would have."""

from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User

from roles.models import Municipality, Role, RoleAssignment, RoleSource, Service
from roles.services import project_team_group_ensure, role_grant

KASTERLEE = "13017"
BRECHT = "11009"


def municipality(nis_code: str = KASTERLEE) -> Municipality:
    """One of the 285 municipalities that the migrations load."""
    return Municipality.objects.get(nis_code=nis_code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"persoon-{n}")
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    email = factory.LazyAttribute(lambda user: f"{user.username}@gemeente.invalid")
    password = factory.django.Password("demo")


class ProjectTeamUserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"projectteam-{n}")

    @factory.post_generation
    def team(user: User, create: bool, extracted: Any, **kwargs: Any) -> None:
        # factory_boy calls this with the user it built, not with the factory.
        if create:
            user.groups.add(project_team_group_ensure())


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"groep-{n}")


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    municipality = factory.LazyFunction(municipality)
    kind = Service.Kind.VRIJETIJDSDIENST
    name = factory.LazyAttribute(lambda service: f"Dienst vrije tijd {service.municipality}")


class RoleAssignmentFactory(factory.django.DjangoModelFactory):
    """A role granted through ``roles.services.role_grant`` (by nobody: the system)."""

    class Meta:
        model = RoleAssignment

    person = factory.SubFactory(UserFactory)
    municipality = factory.LazyFunction(municipality)
    role = Role.INVOERDER
    service = None
    email = ""
    by = None
    source = RoleSource.APP

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> RoleAssignment:
        return role_grant(**kwargs)


def user_with_role(
    role: str, nis_code: str = KASTERLEE, *, username: str | None = None, **kwargs: Any
) -> Any:
    """A user holding ``role`` in the municipality ``nis_code``."""
    person = UserFactory(**({"username": username} if username else {}))
    RoleAssignmentFactory(person=person, municipality=municipality(nis_code), role=role, **kwargs)
    return person
