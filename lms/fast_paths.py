"""Answering the hottest requests ahead of Django's request handling, when the answer is already known.

A fast path is a function listed by dotted path in the `LMS_FAST_PATHS` setting. It is given each GET's WSGI
environ and decides, without touching a database, whether the request is one it may answer. Every other request
goes through it too, so it first checks what costs nothing (the path, the cookies) and returns None at once for
anything else. When it may answer, it returns an "answer" function. The answer runs inside the request signals
(which look after database connections) and returns the response, exactly what the full stack would have sent
(same checks, same page, same headers), or None when it finds the request needs the full stack after all.
Whatever is not answered goes through Django as usual. See docs/decisions/0014-warm-lesson-fast-path.md.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler, get_script_name
from django.http import HttpResponse
from django.urls import set_script_prefix
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

Answer = Callable[[], HttpResponse | None]
FastPath = Callable[[dict], Answer | None]


class FastPathApplication:
    """Wraps Django's WSGI application; tries each fast path on a GET before handing the request to Django."""

    def __init__(self, django_application: WSGIHandler) -> None:
        self.django_application = django_application
        self.fast_paths: list[FastPath] = [import_string(path) for path in getattr(settings, "LMS_FAST_PATHS", ())]

    def __call__(self, environ, start_response):
        if self.fast_paths and environ.get("REQUEST_METHOD") == "GET":
            response = self._try_fast_paths(environ)
            if response is not None:
                return self._send(response, start_response)
        return self.django_application(environ, start_response)

    def _try_fast_paths(self, environ) -> HttpResponse | None:
        for fast_path in self.fast_paths:
            try:
                answer = fast_path(environ)
            except Exception:  # noqa: BLE001 - the full stack answers instead, with its own error handling
                logger.exception("fast path %s failed; Django answers instead", fast_path.__qualname__)
                continue
            if answer is not None:
                return self._answer(environ, fast_path, answer)
        return None

    @staticmethod
    def _answer(environ, fast_path: FastPath, answer: Answer) -> HttpResponse | None:
        # The same set-up and clean-up as Django's handler: the script prefix, and the request signals that
        # close database connections that are too old or broken.
        set_script_prefix(get_script_name(environ))
        signals.request_started.send(sender=WSGIHandler, environ=environ)
        try:
            response = answer()
        except Exception:  # noqa: BLE001 - the full stack answers instead, with its own error handling
            logger.exception("fast path %s failed; Django answers instead", fast_path.__qualname__)
            response = None
        if response is None:
            signals.request_finished.send(sender=WSGIHandler)
            return None
        response._handler_class = WSGIHandler  # its close() sends request_finished, as Django's does
        return response

    @staticmethod
    def _send(response: HttpResponse, start_response):
        status = f"{response.status_code} {response.reason_phrase}"
        headers = [*response.items(), *(("Set-Cookie", c.output(header="")) for c in response.cookies.values())]
        start_response(status, headers)
        return response
