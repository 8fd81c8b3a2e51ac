"""Requests sent through the project's WSGI application, fast paths included, as gunicorn sends them.

Django's test client calls the handler directly, so it never meets `lms.fast_paths`; these helpers do, and tell
whether Django or a fast path answered.
"""

import re
from dataclasses import dataclass, field

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import _unmask_cipher_token
from django.test import RequestFactory

from lms.fast_paths import FastPathApplication

_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_EXPIRES = re.compile(r"expires=[^;]+; ")


@dataclass
class WsgiResult:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    by_django: bool
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode()

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def comparable(self) -> tuple:
        """The response with what must differ between two answers made the same: each masked CSRF token is
        replaced by the secret it carries, and the CSRF cookie's expiry time is dropped."""
        body = _TOKEN.sub(lambda match: "TOKEN:" + _unmask_cipher_token(match.group(0)), self.text)
        headers = sorted(
            (key, _EXPIRES.sub("", value) if key == "Set-Cookie" else value) for key, value in self.headers
        )
        return self.status, headers, body


class Wsgi:
    """The project's application (fast paths, then Django) beside Django alone, in this process."""

    def __init__(self) -> None:
        self.django = WSGIHandler()
        self.django_answers = 0

        def counted(environ, start_response):
            self.django_answers += 1
            return self.django(environ, start_response)

        self.application = FastPathApplication(counted)

    def get(self, path: str, cookies: dict[str, str], *, django_only: bool = False, method: str = "GET", **extra):
        environ = RequestFactory().generic(method, path, **extra).environ
        environ["HTTP_COOKIE"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        before = self.django_answers
        captured: dict = {}

        def start_response(status, headers):
            captured["status"], captured["headers"] = int(status.split()[0]), headers

        application = self.django if django_only else self.application
        # As Django's test client does: the request signals must not close the connection that the test's
        # transaction lives on.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = application(environ, start_response)
            try:
                body = b"".join(response)
            finally:
                response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        set_cookies = [value for key, value in captured["headers"] if key == "Set-Cookie"]
        return WsgiResult(
            status=captured["status"],
            headers=captured["headers"],
            body=body,
            by_django=django_only or self.django_answers > before,
            cookies={c.split("=", 1)[0].strip(): c.split("=", 1)[1].split(";")[0] for c in set_cookies},
        )
