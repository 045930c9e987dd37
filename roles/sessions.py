"""Sessions that end: after a spell of inactivity and after a maximum length.

The session cookie lives at most ``SESSION_MAX_HOURS``; within it, a session unused for
``SESSION_IDLE_MINUTES`` ends at the next request. The time of last use is written at most
once a minute, so an ordinary request does not write the session.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

STARTED = "vtm_session_started"
SEEN = "vtm_session_seen"
#: How stale the time of last use may get before it is written again (seconds).
SEEN_RESOLUTION = 60


@receiver(user_logged_in)
def session_started(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[STARTED] = now
        request.session[SEEN] = now


#: A page within this many seconds of the login counts as the first after it.
FRESH_LOGIN_SECONDS = 120


def logged_in_just_now(request: HttpRequest) -> bool:
    """Whether the person logged in moments ago (a step then puts back what a save that met
    the ended session could not keep)."""
    started = getattr(request, "session", {}).get(STARTED)
    return isinstance(started, int) and time.time() - started < FRESH_LOGIN_SECONDS


def session_expired(session: Any, now: int) -> bool:
    started, seen = session.get(STARTED), session.get(SEEN)
    if not isinstance(started, int) or not isinstance(seen, int):
        return False
    return (
        now - started > settings.SESSION_MAX_HOURS * 3600
        or now - seen > settings.SESSION_IDLE_MINUTES * 60
    )


class SessionLimitsMiddleware:
    """Log out a session that was idle too long or lasted too long; note the last use."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            if session_expired(session, now):
                logout(request)
                messages.info(
                    request,
                    _(
                        "Uw sessie is afgelopen omdat u een tijd niet actief was of lang "
                        "aangemeld bleef. Meld u opnieuw aan: wat u op een stap intypte en nog "
                        "niet bewaarde, zet uw browser daarna terug."
                    ),
                )
                return redirect(f"{settings.LOGIN_URL}?next={quote(request.get_full_path())}")
            if not isinstance(session.get(STARTED), int):
                session[STARTED] = now  # a session from before these limits: counts from now
            seen = session.get(SEEN)
            if not isinstance(seen, int) or now - seen >= SEEN_RESOLUTION:
                session[SEEN] = now
        return self.get_response(request)
