"""The lesson shell is shared by every learner: nothing personal may be cached in it."""

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.session import SessionStorage
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from courses.services import progress_mark_complete, progress_record_heartbeat, progress_record_open

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_each_learner_gets_their_own_state_from_one_shared_shell(learner, other_learner, curriculum):
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    progress_record_heartbeat(user=learner, module=module, seconds=5, anchor="b-aaaa1111", ratio=0.5)
    progress_mark_complete(user=other_learner, module=module)

    first = _client(learner).get(module.url).content.decode()
    second = _client(other_learner).get(module.url).content.decode()
    assert 'data-resume="b-aaaa1111"' in first and "b-aaaa1111" not in second
    assert "I have finished this lesson" in first or "Tôi đã học xong bài này" in first
    assert "Tôi đã học xong bài này" not in second and "✓" in second
    for html in (first, second):
        assert "LMSHOLE" not in html


def test_each_response_carries_the_learners_own_csrf_token(learner, curriculum):
    module = curriculum.modules[0]
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    html = client.get(module.url).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(reverse("courses:module_complete", args=[module.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_a_learners_flash_message_never_enters_the_shell(learner, other_learner, curriculum, rf):
    module = curriculum.modules[0]
    first = _client(learner)
    # Queue a message in the first learner's session, as a view would.
    request = rf.get("/")
    request.session = first.session
    storage = SessionStorage(request)
    storage.add(constants.INFO, "Thông báo riêng của Lan")
    storage.update(HttpResponse())
    request.session.save()
    first.get(module.url)  # renders and keeps the shell
    assert "Thông báo riêng của Lan" not in _client(other_learner).get(module.url).content.decode()


def test_publishing_a_change_refreshes_the_shell(learner_client, curriculum):
    module = curriculum.modules[0]
    assert "Bài 1" in learner_client.get(module.url).content.decode()
    module.title = "Bài 1 (đã sửa)"
    module.save_revision().publish()
    assert "Bài 1 (đã sửa)" in learner_client.get(module.url).content.decode()


def test_renaming_the_course_refreshes_its_lessons(learner_client, curriculum):
    module = curriculum.modules[0]
    learner_client.get(module.url)
    course = curriculum.course
    course.title = "Lớp nhận thức khóa mới"
    course.save_revision().publish()
    assert "Lớp nhận thức khóa mới" in learner_client.get(module.url).content.decode()
