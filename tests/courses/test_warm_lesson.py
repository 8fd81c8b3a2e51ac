"""The warm lesson fast path answers exactly as Django would, and leaves everything else to Django."""

import logging

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

import courses.warm_lesson as warm_lesson
from courses.models import ModuleProgress
from courses.services import progress_mark_complete, progress_record_heartbeat, progress_record_open
from lms.models import User
from tests.wsgi import Wsgi

pytestmark = pytest.mark.django_db


@pytest.fixture
def wsgi() -> Wsgi:
    return Wsgi()


def _login(user: User) -> dict[str, str]:
    client = Client()
    client.force_login(user)
    return {"sessionid": client.cookies["sessionid"].value}


def _warm_up(wsgi: Wsgi, path: str, cookies: dict[str, str]) -> dict[str, str]:
    """Requests until this process has the lesson warm and knows the session; returns the browser's cookies."""
    cookies = dict(cookies)
    for _ in range(3):
        result = wsgi.get(path, cookies)
        assert result.status == 200, result.status
        cookies.update(result.cookies)
        if not result.by_django:
            return cookies
    raise AssertionError("the fast path never answered")


def _started(user, module, anchor="b-aaaa1111"):
    progress_record_open(user=user, module=module)
    progress_record_heartbeat(user=user, module=module, seconds=5, anchor=anchor, ratio=0.5)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("completed", [False, True])
def test_a_warm_lesson_is_answered_exactly_as_django_answers_it(
    wsgi, learner, curriculum, settings, language, completed
):
    module = curriculum.modules[0]
    _started(learner, module)
    if completed:
        progress_mark_complete(user=learner, module=module)
    cookies = _warm_up(wsgi, module.url, {**_login(learner), settings.LANGUAGE_COOKIE_NAME: language})

    fast = wsgi.get(module.url, cookies)
    django = wsgi.get(module.url, cookies, django_only=True)
    assert not fast.by_django
    assert fast.comparable() == django.comparable()
    assert "LMSHOLE" not in fast.text
    assert ('data-resume="b-aaaa1111"' in fast.text) is not completed
    assert fast.header("Content-Language") == language


def test_each_learner_gets_their_own_state(wsgi, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module, anchor="b-aaaa1111")
    _started(other_learner, module, anchor="b-bbbb2222")
    first = _warm_up(wsgi, module.url, _login(learner))
    second = _warm_up(wsgi, module.url, _login(other_learner))

    mine, theirs = wsgi.get(module.url, first), wsgi.get(module.url, second)
    assert not mine.by_django and not theirs.by_django
    assert "b-aaaa1111" in mine.text and "b-bbbb2222" not in mine.text
    assert "b-bbbb2222" in theirs.text and "b-aaaa1111" not in theirs.text
    assert f'data-learner="{learner.pk}"' in mine.text or str(learner.pk) in mine.text


def test_a_wrong_hint_about_whose_session_it_is_is_never_trusted(wsgi, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module, anchor="b-aaaa1111")
    _started(other_learner, module, anchor="b-bbbb2222")
    cookies = _warm_up(wsgi, module.url, _login(learner))
    warm_lesson._session_users.put(cookies["sessionid"], other_learner.pk)

    result = wsgi.get(module.url, cookies)
    assert result.by_django and "b-aaaa1111" in result.text and "b-bbbb2222" not in result.text
    assert warm_lesson._session_users.get(cookies["sessionid"]) == learner.pk
    assert not wsgi.get(module.url, cookies).by_django


def _assert_sent_to_log_in(result):
    assert result.by_django
    assert result.status == 302 and reverse("lms:login") in result.header("Location")


def test_logging_out_ends_the_fast_answers_at_once(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    SessionStore(session_key=cookies["sessionid"]).delete()
    _assert_sent_to_log_in(wsgi.get(module.url, cookies))


def test_a_deactivated_account_is_sent_to_log_in(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    User.objects.filter(pk=learner.pk).update(is_active=False)  # no signal, no cache to clear: nothing is kept
    _assert_sent_to_log_in(wsgi.get(module.url, cookies))


def test_a_password_changed_elsewhere_ends_the_session(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    learner.set_password("Mật-khẩu-mới-2026")
    learner.save()
    _assert_sent_to_log_in(wsgi.get(module.url, cookies))


def test_an_expired_session_is_left_to_django(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    Session.objects.filter(session_key=cookies["sessionid"]).update(expire_date=timezone.now())
    assert wsgi.get(module.url, cookies).by_django


def test_a_session_without_a_login_is_left_to_django(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    session = SessionStore(session_key=cookies["sessionid"])
    del session[SESSION_KEY]
    session.save()
    _assert_sent_to_log_in(wsgi.get(module.url, cookies))


def test_a_first_visit_is_recorded_by_django(wsgi, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    _started(other_learner, module)
    _warm_up(wsgi, module.url, _login(other_learner))  # the lesson is warm in this process
    cookies = _login(learner)
    for _ in range(2):  # the first request also teaches the process whose session it is
        wsgi.get(module.url, cookies)
    assert ModuleProgress.objects.filter(user=learner, module=module).exists()
    assert not wsgi.get(module.url, cookies).by_django


def test_an_unpublished_lesson_is_not_answered_from_memory(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    module.unpublish()
    result = wsgi.get(module.url, cookies)
    assert result.by_django and result.status == 404


def test_a_lesson_restricted_after_warming_up_is_left_to_wagtail(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for _ in range(2):
        result = wsgi.get(module.url, cookies)
        assert result.by_django and "b-aaaa1111" not in result.text


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"QUERY_STRING": "a=1"},
        {"method": "HEAD"},
        {"method": "POST"},
        {"HTTP_HOST": "evil.example"},
    ],
    ids=["query-string", "head", "post", "unknown-host"],
)
def test_other_requests_are_left_to_django(wsgi, learner, curriculum, request_kwargs):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        assert wsgi.get(module.url, cookies, **request_kwargs).by_django


def test_plain_http_is_redirected_by_django_when_https_is_required(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    with override_settings(SECURE_SSL_REDIRECT=True):
        result = Wsgi().get(module.url, cookies)  # Django's middleware read their settings when loaded
    assert result.by_django and result.status == 301


def test_the_path_turns_itself_off_with_middleware_it_does_not_know(wsgi, learner, curriculum, settings):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "django.middleware.gzip.GZipMiddleware"]
    assert not warm_lesson.is_enabled()
    assert wsgi.get(module.url, cookies).by_django


def test_the_token_in_a_fast_answer_is_accepted_when_posted(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    result = wsgi.get(module.url, cookies)
    assert not result.by_django
    token = result.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    client = Client(enforce_csrf_checks=True)
    client.cookies.load(cookies)
    response = client.post(reverse("courses:module_complete", args=[module.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ModuleProgress.objects.get(user=learner, module=module).is_completed


def test_a_failure_inside_the_fast_path_is_logged_and_django_answers(wsgi, learner, curriculum, monkeypatch, caplog):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))

    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(warm_lesson, "_session_user_and_state", broken)
    with caplog.at_level(logging.ERROR, logger="lms.fast_paths"):
        result = wsgi.get(module.url, cookies)
    assert result.by_django and result.status == 200 and "b-aaaa1111" in result.text
    assert "fast path" in caplog.text


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_on_postgresql_the_query_is_prepared_once_per_connection(wsgi, learner, curriculum):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    for _ in range(3):
        assert not wsgi.get(module.url, cookies).by_django
    prepared = connection.connection.execute("SELECT count(*) FROM pg_prepared_statements").fetchone()[0]
    assert prepared >= 1


@pytest.mark.skipif("connection.vendor == 'postgresql'")  # there the query runs on psycopg's own prepared cursor
def test_a_fast_answer_costs_one_query(wsgi, learner, curriculum, django_assert_num_queries):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    with django_assert_num_queries(1):
        assert not wsgi.get(module.url, cookies).by_django


@pytest.mark.parametrize(
    "hostile",
    [
        {"sessionid": "x"},
        {"sessionid": "A" * 32},
        {"sessionid": "a" * 5000},
        {"sessionid": "' OR 1=1 --"},
        {"sessionid": "0" * 32},
        {"csrftoken": "short"},
        {"csrftoken": "!" * 32},
        {"csrftoken": "a" * 64},
        {"lms_language": "xx"},
        {"lms_language": "' OR 1=1"},
    ],
)
@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")  # Django's path, locmem
def test_tampered_cookies_never_break_the_page_or_reach_anyone_elses(wsgi, learner, curriculum, hostile):
    module = curriculum.modules[0]
    _started(learner, module)
    cookies = _warm_up(wsgi, module.url, _login(learner))
    result = wsgi.get(module.url, {**cookies, **hostile})
    if "sessionid" in hostile:
        assert result.status == 302 and "b-aaaa1111" not in result.text
        return
    assert result.status == 200 and "b-aaaa1111" in result.text
    if hostile.get("csrftoken", "a" * 64) == "a" * 64:  # a well-formed (if old-style, masked) token is kept
        assert result.comparable() == wsgi.get(module.url, {**cookies, **hostile}, django_only=True).comparable()
    else:  # a malformed one is replaced, as Django replaces it, and the page carries the new one
        secret = result.cookies["csrftoken"]
        assert len(secret) == 32 and secret != hostile["csrftoken"]
        token = result.text.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        assert _unmask_cipher_token(token) == secret
