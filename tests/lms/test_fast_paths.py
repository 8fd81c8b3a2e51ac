"""The WSGI wrapper tries fast paths on GETs only and leaves every other request to Django untouched."""

import pytest
from django.http import HttpResponse

from lms.fast_paths import FastPathApplication
from tests.wsgi import Wsgi

calls: list[str] = []


def claims_everything(environ):
    calls.append(environ["REQUEST_METHOD"])
    return lambda: HttpResponse(b"fast", headers={"X-Answered": "fast"})


def claims_then_declines(environ):
    calls.append(environ["REQUEST_METHOD"])
    return lambda: None


def fails_while_deciding(environ):
    calls.append(environ["REQUEST_METHOD"])
    raise RuntimeError("the cache is down")


@pytest.fixture(autouse=True)
def _fresh_calls():
    calls.clear()


@pytest.mark.django_db
def test_a_fast_path_answers_gets_only(settings):
    settings.LMS_FAST_PATHS = ["tests.lms.test_fast_paths.claims_everything"]
    wsgi = Wsgi()
    fast = wsgi.get("/healthz", {})
    assert (fast.status, fast.body, fast.by_django) == (200, b"fast", False)
    assert fast.header("X-Answered") == "fast"
    for method in ("POST", "HEAD", "PUT", "DELETE"):
        assert wsgi.get("/healthz", {}, method=method).by_django
    assert calls == ["GET"]


@pytest.mark.django_db
def test_an_answer_that_declines_leaves_the_request_to_django(settings):
    settings.LMS_FAST_PATHS = ["tests.lms.test_fast_paths.claims_then_declines"]
    result = Wsgi().get("/healthz", {})
    assert result.by_django and result.status == 200 and b"fast" not in result.body
    assert calls == ["GET"]


@pytest.mark.django_db
def test_a_fast_path_that_fails_while_deciding_is_logged_and_django_answers(settings, caplog):
    settings.LMS_FAST_PATHS = ["tests.lms.test_fast_paths.fails_while_deciding"]
    result = Wsgi().get("/healthz", {})
    assert result.by_django and result.status == 200 and calls == ["GET"]
    assert "fails_while_deciding failed; Django answers instead" in caplog.text


def test_no_fast_path_listed_means_django_alone(settings):
    settings.LMS_FAST_PATHS = []
    application = FastPathApplication(lambda environ, start_response: [b"django"])
    assert application.fast_paths == []
    assert application({"REQUEST_METHOD": "GET"}, None) == [b"django"]


def test_the_project_serves_through_the_wrapper_with_the_warm_lesson_path():
    from django.conf import settings

    from lms.wsgi import application

    assert isinstance(application, FastPathApplication)
    assert settings.LMS_FAST_PATHS == ["courses.warm_lesson.warm_lesson"]
    assert [path.__qualname__ for path in application.fast_paths] == ["warm_lesson"]
