"""The lesson page, answered ahead of Django's request handling when this process has it warm.

A learner reopening a lesson is the request the platform serves most. When this worker already routed the lesson's
URL and rendered its shell under the current tree version, the page needs only the learner's session, their user
row and their state on the lesson: this fast path reads the last two in one query and runs the same checks and the
same response steps as the middleware stack and `ModulePage.serve`, reusing Django's own code for each. Anything it
is not sure of (no session, a session to repair, a first visit that must be recorded, a page not yet warm, a host
or scheme Django would refuse or redirect) goes through the full stack. See docs/decisions/0014.
"""

import re
from contextlib import nullcontext
from functools import cache
from importlib import import_module

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.models import Session
from django.core.exceptions import DisallowedHost, ValidationError
from django.core.handlers.wsgi import WSGIRequest
from django.core.signals import setting_changed
from django.db import connections, router
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.common import CommonMiddleware
from django.middleware.csrf import CsrfViewMiddleware
from django.middleware.security import SecurityMiddleware
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare
from psycopg import Cursor as ServerCursor
from wagtail import hooks

from courses.lesson_page import Shell, fill_learner_holes, warm_shell
from courses.models import ModulePage, ModuleProgress
from courses.offline import allow_offline_copy
from courses.selectors.study import lesson_state_from_row
from lms.auth_backends import LmsModelBackend
from lms.csrf_tokens import request_token
from lms.middleware import add_language_headers, request_language
from lms.models import User
from lms.routing import warm_route

# The middleware this path stands in for, in settings order. With any other list the path stays off: it could not
# know what a middleware it does not know would have done.
KNOWN_MIDDLEWARE = (
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.CookieLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
)
# Wagtail's serve hooks this path accounts for: the request method (a GET is allowed on every lesson) and view
# restrictions (a restricted lesson is never answered here; see lms.routing.warm_route).
KNOWN_SERVE_HOOKS = {
    "before_serve_page": [("wagtail.wagtail_hooks", "check_request_method")],
    "on_serve_page": [("wagtail.wagtail_hooks", "check_view_restrictions")],
}
KNOWN_BACKEND = "lms.auth_backends.LmsModelBackend"
# What Django's session stores make (32 of these characters); anything else is left to Django.
SESSION_KEY_PATTERN = re.compile(r"[a-z0-9]{8,64}")
# Session stores whose database table holds every live session (the cached one only copies it into the cache).
SESSION_ENGINES = ("django.contrib.sessions.backends.cached_db", "django.contrib.sessions.backends.db")


def _unused(request):  # pragma: no cover - the middleware below only ever run their request and response steps
    raise AssertionError


class _Steps:
    """Django's own middleware, used for their request and response steps only."""

    def __init__(self) -> None:
        self.security = SecurityMiddleware(_unused)
        self.common = CommonMiddleware(_unused)
        self.csrf = CsrfViewMiddleware(_unused)
        self.xframe = XFrameOptionsMiddleware(_unused)


@cache
def _steps() -> _Steps:
    return _Steps()


def is_enabled() -> bool:
    """Whether the project is set up as this path assumes (worked out again whenever a setting changes)."""
    if _enabled is None:
        _remember_enabled(
            tuple(settings.MIDDLEWARE) == KNOWN_MIDDLEWARE
            and list(settings.AUTHENTICATION_BACKENDS) == [KNOWN_BACKEND]
            and settings.SESSION_ENGINE in SESSION_ENGINES
            and not settings.CSRF_USE_SESSIONS
            and not settings.USE_X_FORWARDED_HOST
            # CommonMiddleware's request step, which this path does not run, acts only on these.
            and not settings.DISALLOWED_USER_AGENTS
            and not settings.PREPEND_WWW
            and _serve_hooks() == KNOWN_SERVE_HOOKS
            and User.get_session_auth_hash is _django_session_hash()
        )
    return _enabled


_enabled: bool | None = None


def _remember_enabled(value: bool | None) -> None:
    global _enabled
    _enabled = value


@receiver(setting_changed)
def _settings_changed(**kwargs) -> None:
    _remember_enabled(None)
    _steps.cache_clear()
    _session_store.cache_clear()
    for memo in (_session_users, _decoded_sessions, _auth_hashes):
        memo.values = {}


def _serve_hooks() -> dict[str, list[tuple[str, str]]]:
    return {name: [(fn.__module__, fn.__name__) for fn in hooks.get_hooks(name)] for name in KNOWN_SERVE_HOOKS}


def _django_session_hash():
    from django.contrib.auth.base_user import AbstractBaseUser

    return AbstractBaseUser.get_session_auth_hash


def warm_lesson(environ: dict):
    """The fast path (see lms/fast_paths.py): an answer for a warm lesson GET by a logged-in learner, else None."""
    # First what costs nothing, as every GET (static files too) passes here: a page's path, a session cookie.
    if not environ.get("PATH_INFO", "").endswith("/") or environ.get("QUERY_STRING"):
        return None
    if settings.SESSION_COOKIE_NAME not in environ.get("HTTP_COOKIE", "") or not is_enabled():
        return None
    request = WSGIRequest(environ)
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    path = request.path_info
    if not session_key or not SESSION_KEY_PATTERN.fullmatch(session_key) or not path.startswith("/"):
        return None
    try:
        request.get_host()
    except DisallowedHost:
        return None
    steps = _steps()
    if steps.security.process_request(request) is not None:  # an HTTPS redirect
        return None
    route = warm_route(request, path[1:])
    if route is None or not isinstance(route[0], ModulePage):
        return None
    module, version = route
    language = request_language(request)
    shell = warm_shell(version, module.pk, language)
    if shell is None:
        return None
    return lambda: _answer(request, module, shell, language)


def _answer(request: HttpRequest, module: ModulePage, shell: Shell, language: str) -> HttpResponse | None:
    session_key = request.COOKIES[settings.SESSION_COOKIE_NAME]
    row = _session_user_and_state(session_key, _session_users.get(session_key), module.pk)
    if row is None:  # no such session, or an expired one: Django answers (a login redirect)
        return None
    session_data, user_id, password, is_active, progress_id, position_anchor, completed_at = row
    session = _decoded_session(session_data)
    try:
        session_user = User._meta.pk.to_python(session[SESSION_KEY])
        backend_path, session_hash = session[BACKEND_SESSION_KEY], session[HASH_SESSION_KEY]
    except (KeyError, ValidationError):  # not logged in, or a session Django must judge
        return None
    if session_user != user_id:  # the first request of this session in this process: remember whose it is
        _session_users.put(session_key, session_user)
        return None
    user = User.from_db(router.db_for_read(User), ["id", "password", "is_active"], [user_id, password, is_active])
    # What django.contrib.auth.get_user accepts without touching the session; every other case (a fallback
    # secret to rotate, a session to flush) is left to it.
    if backend_path != KNOWN_BACKEND or not session_hash or not LmsModelBackend().user_can_authenticate(user):
        return None
    if not constant_time_compare(session_hash, _session_auth_hash(user)):
        return None
    if progress_id is None:  # a first visit is recorded by ModulePage.serve
        return None
    state = lesson_state_from_row(position_anchor, completed_at)
    request.user = user
    request.LANGUAGE_CODE = language
    steps = _steps()
    steps.csrf.process_request(request)
    # The worker usually still has the language of its last request active; switching costs more than checking.
    switch = translation.override(language) if translation.get_language() != language else nullcontext()
    with switch:
        html = fill_learner_holes(shell, token=request_token(request), user_id=user.pk, module=module, progress=state)
        response = allow_offline_copy(HttpResponse(html))
        # The response steps, in the order Django runs them (the reverse of MIDDLEWARE); the session was read,
        # not changed, so its step only varies the response on the cookie.
        response = steps.xframe.process_response(request, response)
        response = steps.csrf.process_response(request, response)
        response = steps.common.process_response(request, response)
        response = add_language_headers(response, language)
        patch_vary_headers(response, ("Cookie",))
        return steps.security.process_response(request, response)


class _Memo:
    """A bounded dict of results this process worked out; emptied whole when full or when a setting changes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.values: dict = {}

    def get(self, key):
        return self.values.get(key)

    def put(self, key, value) -> None:
        if len(self.values) >= self.limit:
            self.values = {}
        self.values[key] = value


# Whose each session is, as this process last read it: only a hint for the one query below. The session read
# back decides; a wrong hint sends the request to Django.
_session_users = _Memo(limit=20_000)
# Pure functions of their key (and the secret key, whose change empties them): the session as stored, decoded and
# its signature checked; the session hash of a password hash.
_decoded_sessions = _Memo(limit=5_000)
_auth_hashes = _Memo(limit=5_000)


def _decoded_session(session_data: str) -> dict:
    session = _decoded_sessions.get(session_data)
    if session is None:
        session = _session_store().decode(session_data)
        _decoded_sessions.put(session_data, session)
    return session


def _session_auth_hash(user: User) -> str:
    auth_hash = _auth_hashes.get(user.password)
    if auth_hash is None:
        auth_hash = user.get_session_auth_hash()
        _auth_hashes.put(user.password, auth_hash)
    return auth_hash


@cache
def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore()


@cache
def _sql(vendor: str) -> str:
    users, progress = User._meta.db_table, ModuleProgress._meta.db_table
    return (
        f'SELECT s."session_data", u."id", u."password", u."is_active", p."id", p."position_anchor", '  # noqa: S608
        f'p."completed_at" FROM "{Session._meta.db_table}" s '
        f'LEFT JOIN "{users}" u ON u."id" = %s '
        f'LEFT JOIN "{progress}" p ON p."user_id" = u."id" AND p."module_id" = %s '
        f'WHERE s."session_key" = %s AND s."expire_date" > %s'
    )


def _session_user_and_state(session_key: str, user_id: int | None, module_id: int):
    """The session (as stored in the database, which the cache only copies), the user it is believed to belong
    to, and that user's state on the lesson: one round trip."""
    connection = connections[router.db_for_read(Session)]
    params = [user_id, module_id, session_key, timezone.now()]
    sql = _sql(connection.vendor)
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        cursor = _server_cursor(connection)
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchone()


def _server_cursor(connection) -> ServerCursor:
    """A cursor bound on the server, so PostgreSQL can plan the query once per connection; kept with the
    connection, as making one costs more than the query's planning."""
    kept = getattr(connection, "_warm_lesson_cursor", None)
    if kept is None or kept.connection is not connection.connection or kept.closed:
        kept = connection._warm_lesson_cursor = ServerCursor(connection.connection)
    return kept
