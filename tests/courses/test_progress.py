from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import ModuleProgress
from courses.selectors import learner_dashboard
from courses.services import progress_mark_complete, progress_record_heartbeat, progress_record_open
from tests.clock import Stopwatch

pytestmark = pytest.mark.django_db


def test_opening_a_lesson_records_it_once(learner_client, learner, curriculum):
    module = curriculum.modules[0]
    assert learner_client.get(module.url).status_code == 200
    assert learner_client.get(module.url).status_code == 200
    progress = ModuleProgress.objects.get(user=learner, module=module)
    assert progress.course_id == curriculum.course.pk
    assert progress.completed_at is None
    assert ModuleProgress.objects.filter(user=learner).count() == 1


def test_heartbeat_adds_no_more_time_than_has_passed(learner, curriculum):
    module = curriculum.modules[0]
    progress = progress_record_open(user=learner, module=module)
    ModuleProgress.objects.filter(pk=progress.pk).update(
        first_opened_at=timezone.now() - timedelta(seconds=40), last_seen_at=timezone.now() - timedelta(seconds=30)
    )
    progress = progress_record_heartbeat(user=learner, module=module, seconds=30, anchor="b-1234", ratio=0.4)
    assert 28 <= progress.seconds_spent <= 32
    # The same report sent again at once (a retry) adds no more than the moment that passed in between.
    watch = Stopwatch()
    again = progress_record_heartbeat(user=learner, module=module, seconds=30, anchor="b-1234", ratio=0.4)
    assert again.seconds_spent - progress.seconds_spent <= watch.seconds + 1
    assert again.position_anchor == "b-1234"
    assert again.position_ratio == pytest.approx(0.4)


def test_a_phone_left_open_overnight_counts_one_interval_at_most(learner, curriculum, settings):
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    ModuleProgress.objects.filter(user=learner).update(
        first_opened_at=timezone.now() - timedelta(hours=9), last_seen_at=timezone.now() - timedelta(hours=8)
    )
    progress = progress_record_heartbeat(user=learner, module=module, seconds=3000)
    assert progress.seconds_spent == settings.STUDY_HEARTBEAT_MAX_SECONDS


def test_heartbeat_endpoint_validates_input(learner_client, curriculum):
    url = reverse("courses:progress_heartbeat", args=[curriculum.modules[0].pk])
    bad = learner_client.post(url, {"seconds": "-5", "anchor": "<script>", "ratio": "2"})
    assert bad.status_code == 400
    assert set(bad.json()["errors"]) == {"seconds", "anchor", "ratio"}
    good = learner_client.post(url, {"seconds": "10", "anchor": "b-abc123", "ratio": "0.5"})
    assert good.status_code == 200
    assert ModuleProgress.objects.get().position_anchor == "b-abc123"


def test_heartbeat_endpoint_refuses_get_anonymous_and_drafts(learner_client, curriculum):
    module = curriculum.modules[0]
    url = reverse("courses:progress_heartbeat", args=[module.pk])
    assert learner_client.get(url).status_code == 405
    assert Client().post(url, {"seconds": 1}).status_code == 302
    module.unpublish()
    assert learner_client.post(url, {"seconds": 1}).status_code == 404


def test_mark_complete_is_idempotent_and_moves_on(learner_client, learner, curriculum):
    first, second = curriculum.modules[0], curriculum.modules[1]
    url = reverse("courses:module_complete", args=[first.pk])
    response = learner_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == second.url
    completed_at = ModuleProgress.objects.get(user=learner, module=first).completed_at
    learner_client.post(url)
    assert ModuleProgress.objects.get(user=learner, module=first).completed_at == completed_at
    page = learner_client.get(first.url).content.decode()
    assert "courses:module_complete" not in page and reverse("courses:module_complete", args=[first.pk]) not in page


def test_last_lesson_completion_returns_to_the_course(learner_client, curriculum):
    last = curriculum.modules[-1]
    response = learner_client.post(reverse("courses:module_complete", args=[last.pk]))
    assert response["Location"] == curriculum.course.url


def test_dashboard_continues_where_the_learner_left_off(learner_client, learner, curriculum):
    first, second, _third = curriculum.modules
    progress_mark_complete(user=learner, module=first)
    progress_record_open(user=learner, module=second)
    progress_record_heartbeat(user=learner, module=second, seconds=5, anchor="b-deadbeef", ratio=0.3)
    dashboard = learner_dashboard(user=learner)
    assert dashboard.continue_row.module.pk == second.pk
    assert dashboard.my_courses[0].completed == 1
    assert dashboard.my_courses[0].percent == 33
    page = learner_client.get(reverse("courses:learner_home")).content.decode()
    assert f"{second.url}#b-deadbeef" in page


def test_after_a_completed_lesson_the_dashboard_offers_the_next(learner, curriculum):
    first, second, _third = curriculum.modules
    progress_mark_complete(user=learner, module=first)
    assert learner_dashboard(user=learner).continue_row.module.pk == second.pk


def test_resume_link_on_the_lesson_page(learner_client, learner, curriculum):
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    progress_record_heartbeat(user=learner, module=module, seconds=5, anchor="b-cafe1234", ratio=0.5)
    page = learner_client.get(module.url).content.decode()
    assert 'data-resume="b-cafe1234"' in page
    assert 'href="#b-cafe1234"' in page


def test_a_learner_never_sees_another_learners_progress(client, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    progress_record_heartbeat(user=learner, module=module, seconds=5, anchor="b-secret12", ratio=0.5)
    progress_mark_complete(user=learner, module=curriculum.modules[1])
    client.force_login(other_learner)
    home = client.get(reverse("courses:learner_home")).content.decode()
    assert "b-secret12" not in home
    assert learner_dashboard(user=other_learner).my_courses == []
    lesson = client.get(module.url).content.decode()
    assert "b-secret12" not in lesson
    course = client.get(curriculum.course.url).content.decode()
    assert "module--completed" not in course
    # Progress endpoints act on the logged-in learner only: nothing of the first learner changes.
    client.post(reverse("courses:module_complete", args=[module.pk]))
    assert ModuleProgress.objects.get(user=learner, module=module).completed_at is None
