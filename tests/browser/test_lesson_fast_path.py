"""In a real browser, behind the project's real WSGI application: a learner rereads a lesson answered by the warm
lesson fast path, finishes it with the token that answer carried, and after logging out gets the login page."""

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from playwright.sync_api import expect
from pytest_django.live_server_helper import LiveServer

from courses.models import ModuleProgress
from lms.fast_paths import FastPathApplication
from tests.browser.helpers import PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(30)]


class _CountingDjango:
    """Django's application, noting each path it had to answer itself."""

    def __init__(self, application) -> None:
        self.application = application
        self.paths: list[str] = []

    def __call__(self, environ, start_response):
        self.paths.append(environ["PATH_INFO"])
        return self.application(environ, start_response)


@pytest.fixture
def project_server(transactional_db):
    """A live server running what gunicorn runs: the fast paths in front of Django (and static files)."""
    server = LiveServer("localhost", start=False)
    counting = {}

    def application(django_application):
        counting["django"] = _CountingDjango(StaticFilesHandler(django_application))
        return FastPathApplication(counting["django"])

    server.thread.static_handler = application
    server.start()
    yield server.url, counting["django"]
    server.stop()


def test_a_learner_rereads_and_finishes_a_lesson_answered_by_the_fast_path(
    browser, project_server, curriculum, learner, screenshot
):
    base, django = project_server
    lesson = curriculum.modules[0]
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, base, learner.username)

    page.goto(f"{base}{lesson.url}")  # the first visit: recorded by Django, and the lesson is now warm
    assert ModuleProgress.objects.filter(user=learner, module=lesson).exists()
    page.reload()  # Django again, once: the worker learns whose session this is
    answered_by_django = django.paths.count(lesson.url)  # the page's scripts make requests of their own
    page.reload()
    assert django.paths.count(lesson.url) == answered_by_django, "the fast path answered the warm lesson"
    expect(page.locator("h1")).to_have_text(lesson.title)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    screenshot(page, "1-fast-answer")

    # The finishing form carries the token the fast answer masked; Django's CSRF check accepts it and moves on to
    # the next lesson.
    with page.expect_navigation():
        page.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(page).to_have_url(f"{base}{curriculum.modules[1].url}")
    assert ModuleProgress.objects.get(user=learner, module=lesson).completed_at is not None

    # Back on the finished lesson, the fast answer shows it finished.
    answered_by_django = django.paths.count(lesson.url)
    page.goto(f"{base}{lesson.url}")
    assert django.paths.count(lesson.url) == answered_by_django
    expect(page.locator(".done")).to_contain_text("Hoàn thành lúc")
    screenshot(page, "2-finished")

    with page.expect_navigation():
        page.get_by_role("button", name="Đăng xuất").click()
    page.goto(f"{base}{lesson.url}")
    expect(page).to_have_url(f"{base}/dang-nhap/?next={lesson.url}")
    assert django.paths.count(lesson.url) == answered_by_django + 1, "after logging out Django answers: log in"
    context.close()  # before the server stops, so no kept-alive connection outlives it
