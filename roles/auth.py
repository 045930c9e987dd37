"""Login: OpenID Connect against the Flemish access management, and password login.

People are identified by the provider's pseudonymous subject (``vo_id``, else ``sub``),
kept in ``Identity.subject``; never by e-mail, and the national register number
(``rrn``) is dropped before anything is stored. Roles come from one application-specific
claim whose values read ``"<App-rol>:<organisatiecode>"``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import jwt
import requests
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.shortcuts import resolve_url
from django.utils import timezone
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from .models import Identity, Municipality, OrganisationCode, Role
from .services import roles_claim_pending, roles_sync_from_identity_provider

logger = logging.getLogger(__name__)

#: The national register number's claim. Never requested, never kept.
RRN_CLAIM = "rrn"

#: When the provider gives one person several roles in one municipality, the model keeps
#: one (a person holds one role per municipality): the one with the most to do.
ROLE_PRECEDENCE = (Role.COORDINATOR, Role.INVOERDER, Role.BEHEERDER, Role.RAADPLEGER)

_NIS_CODE = re.compile(r"^\d{5}$")


# --- claims ----------------------------------------------------------------------------


def claims_without_rrn(claims: Mapping[str, Any]) -> dict[str, Any]:
    """The claims minus the national register number, whatever the case of its name."""
    return {
        name: value
        for name, value in claims.items()
        if not (isinstance(name, str) and name.lower() == RRN_CLAIM)
    }


def scopes_without_rrn(scopes: str) -> str:
    return " ".join(scope for scope in scopes.split() if scope.lower() != RRN_CLAIM)


def token_carries_rrn(id_token: str) -> bool:
    """Does the (already verified) ID token's payload hold an ``rrn`` claim?"""
    try:
        payload = jwt.decode(id_token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return True  # unreadable: treat as unsafe to keep
    return len(claims_without_rrn(payload)) != len(payload)


def subject_from_claims(claims: Mapping[str, Any]) -> str | None:
    """The pseudonymous id that identifies the person: ``vo_id``, else ``sub``."""
    for name in ("vo_id", "sub"):
        value = claims.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def username_for_subject(subject: str) -> str:
    """A stable username that reveals nothing of the subject."""
    return "oidc-" + hashlib.sha256(subject.encode()).hexdigest()[:40]


def _text_claim(claims: Mapping[str, Any], name: str, max_length: int) -> str:
    value = claims.get(name)
    return value.strip()[:max_length] if isinstance(value, str) else ""


def profile_from_claims(claims: Mapping[str, Any]) -> dict[str, str]:
    """The user fields the application keeps: given name, family name, e-mail."""
    email = _text_claim(claims, "email", 254).lower()
    return {
        "first_name": _text_claim(claims, "given_name", 150),
        "last_name": _text_claim(claims, "family_name", 150),
        "email": email if "@" in email else "",
    }


# --- role claims -----------------------------------------------------------------------


def role_claim_values(claims: Mapping[str, Any]) -> list[Any]:
    """The values of the role claim; its name is compared case-insensitively."""
    wanted = settings.OIDC_ROLE_CLAIM.lower()
    return [
        value for name, value in claims.items() if isinstance(name, str) and name.lower() == wanted
    ]


def parse_role_claim(value: Any) -> list[tuple[str, str]]:
    """``(App-rol, organisatiecode)`` pairs from one role claim value.

    The value is a list of ``"Rol:Org"`` strings or one string; a string may list several
    organisations for one role (``"Rol:OrgX, OrgY"``) or several pairs
    (``"RolA:OrgX, RolB:OrgY"``). Anything else is logged and skipped.
    """
    if isinstance(value, str):
        items: list[Any] = [value]
    elif isinstance(value, list):
        items = value
    else:
        logger.warning("Role claim ignored: expected a string or a list, got %r.", value)
        return []
    pairs: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, str):
            pairs.extend(_parse_role_string(item))
        else:
            logger.warning("Role claim value ignored: not a string: %r.", item)
    return pairs


def _parse_role_string(text: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    role: str | None = None
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        if ":" in part:
            name, _, code = part.partition(":")
            role, code = name.strip() or None, code.strip()
        else:
            code = part
        if role is None or not code:
            logger.warning("Role claim value ignored: %r is not 'Rol:Organisatiecode'.", part)
            continue
        pairs.append((role, code))
    return pairs


def role_for_name(name: str) -> str | None:
    """Our role for an access-management role name (case-insensitive), or None."""
    names = {key.lower(): value for key, value in settings.OIDC_ROLE_NAMES.items()}
    role = names.get(name.lower())
    return role if role in Role.values else None


def _kbo_digits(code: str) -> str:
    """``BE 0207.451.227`` → ``0207451227``: the way KBO numbers are often written."""
    return re.sub(r"[\s.]", "", code.upper()).removeprefix("BE")


def municipality_for_code(code: str) -> Municipality | None:
    """The municipality of an organisation code (KBO number or other), or of a NIS code."""
    for candidate in dict.fromkeys((code.strip(), _kbo_digits(code))):
        found = (
            OrganisationCode.objects.select_related("municipality")
            .filter(code__iexact=candidate)
            .first()
        )
        if found is not None:
            return found.municipality
    if _NIS_CODE.match(code.strip()):
        return Municipality.objects.filter(nis_code=code.strip()).first()
    return None


def role_grants_from_claims(claims: Mapping[str, Any]) -> list[tuple[Municipality, str]]:
    """What the role claim grants: one role per municipality, unknown entries skipped."""
    chosen: dict[int, tuple[Municipality, str]] = {}
    for value in role_claim_values(claims):
        for role_name, code in parse_role_claim(value):
            role = role_for_name(role_name)
            if role is None:
                logger.warning("Role claim: unknown role %r ignored.", role_name)
                continue
            municipality = municipality_for_code(code)
            if municipality is None:
                logger.warning("Role claim: unknown organisation code %r ignored.", code)
                continue
            current = chosen.get(municipality.pk)
            if current is not None and current[1] != role:
                role = min(current[1], role, key=ROLE_PRECEDENCE.index)
                logger.warning("Role claim: several roles for %s; keeping %s.", municipality, role)
            chosen[municipality.pk] = (municipality, role)
    return list(chosen.values())


# --- backends --------------------------------------------------------------------------


class PasswordBackend(ModelBackend):
    """Username and password, only where the demo login is on; demo accounts only where
    demo accounts are on.

    Production logs in through OIDC only: no password works there, also not through the
    API's basic authentication. ``user_can_authenticate`` is also asked for users restored
    from a session, so switching demo accounts off also ends their open sessions.
    """

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if not settings.DEMO_LOGIN_ENABLED:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def user_can_authenticate(self, user: Any) -> bool:
        if is_disabled_demo_account(user):
            logger.warning("Password login refused for demo account %s.", user.get_username())
            return False
        return super().user_can_authenticate(user)


def is_disabled_demo_account(user: Any) -> bool:
    return not settings.DEMO_ACCOUNTS_ENABLED and user.get_username() in settings.DEMO_USERNAMES


class OIDCBackend(OIDCAuthenticationBackend):
    """mozilla-django-oidc, adapted to the Flemish access management.

    Claims come from the verified ID token (no userinfo endpoint), whose issuer and
    audience are checked here (the library checks neither). Users are matched on the
    subject. Each login applies the provider's roles and claims pending e-mail grants.
    """

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> Any:
        # Only the callback view's call is ours; a password login goes elsewhere.
        if not settings.OIDC_ENABLED or "password" in kwargs or "nonce" not in kwargs:
            return None
        try:
            return super().authenticate(request, **kwargs)
        except (SuspiciousOperation, jwt.InvalidTokenError, requests.RequestException) as error:
            logger.warning("OIDC login refused: %s", error)
            return None

    def get_user(self, user_id: Any) -> Any:
        user = super().get_user(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None

    # -- the ID token -------------------------------------------------------------------

    def verify_token(self, token: str, **kwargs: Any) -> dict[str, Any]:
        """Signature and nonce (library), expiry (PyJWT), issuer and audience (here)."""
        try:
            payload = super().verify_token(token, **kwargs)
        except jwt.InvalidTokenError as error:
            raise SuspiciousOperation(f"ID token refused: {error}") from error
        check_issuer_and_audience(payload)
        return payload

    def retrieve_matching_jwk(self, token: str) -> jwt.PyJWK:
        """The provider's signing key: the one named by ``kid``, or its only key.

        A ``kid`` is optional in a JWS header (the library assumes it); without one the
        token can only be checked when the provider publishes a single key.
        """
        if "kid" in jwt.get_unverified_header(token):
            return super().retrieve_matching_jwk(token)
        response = requests.get(
            self.OIDC_OP_JWKS_ENDPOINT,
            verify=self.get_settings("OIDC_VERIFY_SSL", True),
            timeout=self.get_settings("OIDC_TIMEOUT", None),
            proxies=self.get_settings("OIDC_PROXY", None),
        )
        response.raise_for_status()
        keys = response.json().get("keys", [])
        if len(keys) != 1:
            raise SuspiciousOperation("ID token without kid and the provider has several keys.")
        return jwt.PyJWK(keys[0])

    def store_tokens(self, access_token: str, id_token: str) -> None:
        if id_token and token_carries_rrn(id_token):
            # Keeping it would keep the national register number in the session table;
            # logout then ends the provider session without id_token_hint.
            logger.warning("The ID token carries rrn: not kept in the session.")
            self.request.session.pop("oidc_id_token", None)
            return
        super().store_tokens(access_token, id_token)

    def get_userinfo(self, access_token: str, id_token: str, payload: dict) -> dict[str, Any]:
        return claims_without_rrn(payload)

    # -- matching and creating users --------------------------------------------------

    def verify_claims(self, claims: Mapping[str, Any]) -> bool:
        return subject_from_claims(claims) is not None

    def filter_users_by_claims(self, claims: Mapping[str, Any]) -> Any:
        subject = subject_from_claims(claims)
        if subject is None:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(identity__subject=subject)

    def describe_user_by_claims(self, claims: Mapping[str, Any]) -> str:
        return f"subject {subject_from_claims(claims)}"

    def create_user(self, claims: Mapping[str, Any]) -> Any:
        subject = subject_from_claims(claims)
        assert subject is not None  # verify_claims ran first
        user = self.UserModel.objects.create_user(
            username_for_subject(subject), **profile_from_claims(claims)
        )
        Identity.objects.create(user=user, subject=subject, last_login_at=timezone.now())
        logger.info("New user %s from the identity provider.", user.pk)
        return user

    def update_user(self, user: Any, claims: Mapping[str, Any]) -> Any:
        # A claim missing from this token (a scope not granted) does not wipe what we know.
        profile = {field: value for field, value in profile_from_claims(claims).items() if value}
        changed = [field for field, value in profile.items() if getattr(user, field) != value]
        for field in changed:
            setattr(user, field, profile[field])
        if changed:
            user.save(update_fields=changed)
        Identity.objects.filter(user=user).update(last_login_at=timezone.now())
        return user

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict) -> Any:
        claims = self.get_userinfo(access_token, id_token, payload)
        if not self.verify_claims(claims):
            raise SuspiciousOperation("The ID token names no subject (vo_id or sub).")
        with transaction.atomic():
            user = self._find_or_create(claims)
            if user is not None and user.is_active:
                apply_login_roles(user=user, claims=claims)
        return user

    def _find_or_create(self, claims: Mapping[str, Any]) -> Any:
        user = self.filter_users_by_claims(claims).first()
        if user is not None:
            return self.update_user(user, claims)
        if not self.get_settings("OIDC_CREATE_USER", True):
            return None
        try:
            with transaction.atomic():
                return self.create_user(claims)
        except IntegrityError:
            # The same person's first login in two tabs at once: the other one won.
            user = self.filter_users_by_claims(claims).first()
            if user is None:
                raise
            return self.update_user(user, claims)


def check_issuer_and_audience(payload: Mapping[str, Any]) -> None:
    """Refuse an ID token that another provider issued or that was meant for another client."""
    client_id = settings.OIDC_RP_CLIENT_ID
    if payload.get("iss") != settings.OIDC_OP_ISSUER:
        raise SuspiciousOperation(f"ID token refused: unexpected issuer {payload.get('iss')!r}.")
    audience = payload.get("aud")
    audiences = [audience] if isinstance(audience, str) else audience
    if not isinstance(audiences, list) or client_id not in audiences:
        raise SuspiciousOperation(f"ID token refused: unexpected audience {audience!r}.")
    if len(audiences) > 1 and payload.get("azp") != client_id:
        raise SuspiciousOperation("ID token refused: several audiences and we are not the azp.")
    if "exp" not in payload:
        raise SuspiciousOperation("ID token refused: it has no expiry.")


def apply_login_roles(*, user: Any, claims: Mapping[str, Any]) -> None:
    """At each login: the provider's roles replace its earlier ones; pending grants are claimed."""
    roles_sync_from_identity_provider(user=user, grants=role_grants_from_claims(claims))
    roles_claim_pending(user=user)


# --- logout ----------------------------------------------------------------------------


def provider_logout_url(request: HttpRequest) -> str:
    """Where logout sends the browser: the provider's end-session endpoint, back to us after.

    Only for a person who logged in through the provider (a demo login has no provider
    session). The ID token is the ``id_token_hint`` where the session kept it.
    """
    after_logout = resolve_url(settings.LOGOUT_REDIRECT_URL)
    if not settings.OIDC_ENABLED or request.session.get(BACKEND_SESSION_KEY) != OIDC_BACKEND:
        return after_logout
    query = {
        "post_logout_redirect_uri": request.build_absolute_uri(after_logout),
        "client_id": settings.OIDC_RP_CLIENT_ID,
    }
    id_token = request.session.get("oidc_id_token")
    if id_token:
        query["id_token_hint"] = id_token
    return f"{settings.OIDC_OP_LOGOUT_ENDPOINT}?{urlencode(query)}"


OIDC_BACKEND = f"{OIDCBackend.__module__}.{OIDCBackend.__qualname__}"
