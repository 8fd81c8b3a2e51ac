"""Rendering the lesson page, the page learners load most.

Everything on it that is the same for every learner (layout, course links, objectives, the lesson body, previous
and next lessons) is rendered once per tree version and language and kept by the worker process: the "shell".
The learner's own parts (reading position, completion, the CSRF token, who they are) are holes in the shell, filled
on each request. Previews are rendered whole, never kept.
"""

import secrets
import threading
from types import SimpleNamespace

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.models import ModulePage
from courses.selectors import lesson_shell_context
from lms.routing import request_version

# A random marker per process: lesson content cannot guess it, so it can never open a hole.
_NONCE = secrets.token_hex(8)
HOLES = ("csrf", "learner", "resume_attr", "resume_link", "complete")
SHELL_LIMIT = 1000


def _marker(name: str) -> str:
    return f"LMSHOLE{name}{_NONCE}"


class _ShellMemo:
    def __init__(self) -> None:
        self.version: str | None = None
        self.shells: dict[tuple[int, str], str] = {}
        self.lock = threading.Lock()

    def get(self, version: str, key: tuple[int, str]) -> str | None:
        return self.shells.get(key) if version == self.version else None

    def put(self, version: str, key: tuple[int, str], html: str) -> None:
        with self.lock:
            if version != self.version or len(self.shells) >= SHELL_LIMIT:
                self.version, self.shells = version, {}
            self.shells[key] = html


_shells = _ShellMemo()
_ANY_LEARNER = SimpleNamespace(is_authenticated=True, is_anonymous=False)


def _render_shell(request: HttpRequest, module: ModulePage, preview: bool) -> str:
    context = lesson_shell_context(module=module, preview=preview)
    context.update(
        {
            "page": module,
            "request": request,
            # Never the learner: nothing personal may end up in a shell that every learner receives.
            "user": _ANY_LEARNER,
            "csrf_token": _marker("csrf"),
            **{f"hole_{name}": _marker(name) for name in HOLES},
        }
    )
    return render_to_string("courses/module_page.html", context)


def lesson_shell(request: HttpRequest, module: ModulePage, *, preview: bool = False) -> str:
    version = request_version(request)
    if preview or version is None:
        return _render_shell(request, module, preview)
    key = (module.pk, get_language())
    html = _shells.get(version, key)
    if html is None:
        html = _render_shell(request, module, preview)
        _shells.put(version, key, html)
    return html


def _complete_html(module: ModulePage, progress, token: str) -> str:
    if module.pk is None:  # a preview of an unsaved lesson has nowhere to post to
        return ""
    if progress is not None and progress.is_completed:
        when = date_format(timezone.localtime(progress.completed_at), "SHORT_DATETIME_FORMAT")
        return format_html('<p class="done">✓ {}</p>', _("Completed at %(when)s") % {"when": when})
    return format_html(
        '<form method="post" action="{}" data-complete-form>'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
        '<button type="submit" class="button button--primary">{}</button></form>',
        reverse("courses:module_complete", args=[module.pk]),
        token,
        _("I have finished this lesson"),
    )


def fill_holes(shell: str, request: HttpRequest, module: ModulePage, progress) -> str:
    """Put the learner's own state into the shell. `progress` is a LessonState, a ModuleProgress or None."""
    token = get_token(request)
    resuming = progress is not None and progress.position_anchor and not progress.is_completed
    fills = {
        "csrf": token,
        "learner": str(request.user.pk),
        "resume_attr": format_html(' data-resume="{}"', progress.position_anchor) if resuming else "",
        "resume_link": format_html(
            '<p class="resume card"><a href="#{}" data-resume-link>{}</a></p>',
            progress.position_anchor,
            _("Continue where you left off"),
        )
        if resuming
        else "",
        "complete": _complete_html(module, progress, token),
    }
    for name, value in fills.items():
        shell = shell.replace(_marker(name), value)
    return shell
