"""Rendering the lesson page, the page learners load most.

Everything on it that is the same for every learner (layout, course links, objectives, the lesson body, previous
and next lessons) is rendered once per tree version and language and kept by the worker process: the "shell".
The learner's own parts (reading position, completion, the CSRF token, who they are) are holes in the shell, filled
on each request. Previews are rendered whole, never kept.
"""

import re
import secrets
import threading
from functools import lru_cache
from types import SimpleNamespace

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.models import ModulePage
from courses.selectors import lesson_shell_context
from lms.csrf_tokens import request_token
from lms.routing import request_version

# A random marker per process: lesson content cannot guess it, so it can never open a hole.
_NONCE = secrets.token_hex(8)
HOLES = ("csrf", "learner", "resume_attr", "resume_link", "complete")
SHELL_LIMIT = 1000
_HOLE_PATTERN = re.compile(f"LMSHOLE({'|'.join(HOLES)}){_NONCE}")


def _marker(name: str) -> str:
    return f"LMSHOLE{name}{_NONCE}"


class Shell:
    """A rendered shell, cut at its holes and encoded once: filling it is one join of bytes."""

    def __init__(self, html: str) -> None:
        pieces = _HOLE_PATTERN.split(html)
        # Even indices are the shell's own text, odd ones the names of the holes between them.
        self.parts: list[bytes | str] = [piece.encode() if i % 2 == 0 else piece for i, piece in enumerate(pieces)]

    def fill(self, fills: dict[str, str]) -> bytes:
        return b"".join(part if type(part) is bytes else fills[part].encode() for part in self.parts)


class _ShellMemo:
    def __init__(self) -> None:
        self.version: str | None = None
        self.shells: dict[tuple[int, str], Shell] = {}
        self.lock = threading.Lock()

    def get(self, version: str, key: tuple[int, str]) -> Shell | None:
        return self.shells.get(key) if version == self.version else None

    def put(self, version: str, key: tuple[int, str], shell: Shell) -> None:
        with self.lock:
            if version != self.version or len(self.shells) >= SHELL_LIMIT:
                self.version, self.shells = version, {}
            self.shells[key] = shell


_shells = _ShellMemo()
_ANY_LEARNER = SimpleNamespace(is_authenticated=True, is_anonymous=False)


def _render_shell(request: HttpRequest, module: ModulePage, preview: bool) -> Shell:
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
    return Shell(render_to_string("courses/module_page.html", context))


def lesson_shell(request: HttpRequest, module: ModulePage, *, preview: bool = False) -> Shell:
    version = request_version(request)
    if preview or version is None:
        return _render_shell(request, module, preview)
    key = (module.pk, get_language())
    shell = _shells.get(version, key)
    if shell is None:
        shell = _render_shell(request, module, preview)
        _shells.put(version, key, shell)
    return shell


def warm_shell(version: str, module_id: int, language: str) -> Shell | None:
    """The shell this process already rendered for the lesson in this tree version and language, if any."""
    return _shells.get(version, (module_id, language))


@lru_cache(maxsize=SHELL_LIMIT)
def _complete_url(module_id: int, script_prefix: str) -> str:
    # The script prefix is only a key: reverse() puts the current one in front of the path.
    return reverse("courses:module_complete", args=[module_id])


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
        _complete_url(module.pk, get_script_prefix()),
        token,
        _("I have finished this lesson"),
    )


def fill_holes(shell: Shell, request: HttpRequest, module: ModulePage, progress) -> bytes:
    """Put the learner's own state into the shell. `progress` is a LessonState, a ModuleProgress or None."""
    token = request_token(request)
    return fill_learner_holes(shell, token=token, user_id=request.user.pk, module=module, progress=progress)


def fill_learner_holes(shell: Shell, *, token: str, user_id: int, module: ModulePage, progress) -> bytes:
    resuming = progress is not None and progress.position_anchor and not progress.is_completed
    return shell.fill(
        {
            "csrf": token,
            "learner": str(user_id),
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
    )
