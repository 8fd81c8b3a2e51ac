"""Offline study: what the phone may keep, and crediting study done without a connection."""

import json
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import ModuleProgress
from courses.offline import OFFLINE_HEADER
from courses.services import OfflineSitting, progress_record_offline, progress_record_open
from lms.roles import Role
from tests.clock import Stopwatch
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _quiet_for(user, seconds: int) -> None:
    """The server last heard from the learner `seconds` ago."""
    ModuleProgress.objects.filter(user=user).update(
        first_opened_at=timezone.now() - timedelta(seconds=seconds + 60),
        last_seen_at=timezone.now() - timedelta(seconds=seconds),
    )


def test_offline_time_is_credited_within_the_time_the_server_heard_nothing(learner, curriculum):
    first, second = curriculum.modules[0], curriculum.modules[1]
    progress_record_open(user=learner, module=first)
    watch = Stopwatch()
    _quiet_for(learner, 600)  # ten minutes without a heartbeat
    result = progress_record_offline(
        user=learner,
        sittings=[
            OfflineSitting(module_id=first.pk, seconds=400, anchor="b-1", ratio=0.5),
            OfflineSitting(module_id=second.pk, seconds=400, completed=True),
        ],
    )
    # Both lessons share the ten minutes: 400 s for the first, what is left (about 200 s) for the second.
    assert 600 <= result.credited_seconds <= 600 + watch.seconds + 1
    rows = {row.module_id: row for row in ModuleProgress.objects.filter(user=learner)}
    assert rows[first.pk].seconds_spent == 400
    assert rows[first.pk].position_anchor == "b-1" and rows[first.pk].position_ratio == pytest.approx(0.5)
    assert 200 <= rows[second.pk].seconds_spent <= 200 + watch.seconds + 1
    assert rows[second.pk].completed_at is not None and rows[second.pk].course_id == curriculum.course.pk
    assert result.completed == [second.pk]


def test_the_same_batch_sent_twice_is_counted_once(learner, curriculum):
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    _quiet_for(learner, 3600)
    watch = Stopwatch()
    batch = [OfflineSitting(module_id=module.pk, seconds=900, completed=True)]
    progress_record_offline(user=learner, sittings=batch)
    completed_at = ModuleProgress.objects.get(user=learner).completed_at
    again = progress_record_offline(user=learner, sittings=batch)
    assert again.credited_seconds <= watch.seconds + 1
    assert again.completed == []
    row = ModuleProgress.objects.get(user=learner)
    assert row.seconds_spent <= 900 + watch.seconds + 1 and row.completed_at == completed_at


def test_offline_credit_has_a_ceiling_even_after_a_long_silence(learner, curriculum, settings):
    settings.STUDY_OFFLINE_MAX_SECONDS = 3600
    module = curriculum.modules[0]
    progress_record_open(user=learner, module=module)
    _quiet_for(learner, 3 * 24 * 3600)
    result = progress_record_offline(user=learner, sittings=[OfflineSitting(module_id=module.pk, seconds=86400)])
    assert result.credited_seconds == 3600


def test_study_on_another_lesson_meanwhile_leaves_no_room_for_offline_time(learner, curriculum):
    first, second = curriculum.modules[0], curriculum.modules[1]
    progress_record_open(user=learner, module=first)
    _quiet_for(learner, 3600)
    watch = Stopwatch()
    progress_record_open(user=learner, module=second)  # the learner was online a moment ago, on another lesson
    result = progress_record_offline(user=learner, sittings=[OfflineSitting(module_id=first.pk, seconds=1800)])
    assert result.credited_seconds <= watch.seconds + 1


def test_lessons_no_longer_published_are_skipped(learner, curriculum):
    gone = curriculum.modules[0]
    gone.unpublish()
    result = progress_record_offline(user=learner, sittings=[OfflineSitting(module_id=gone.pk, seconds=60)])
    assert result.skipped == [gone.pk]
    assert not ModuleProgress.objects.filter(user=learner).exists()


# --- The endpoint ---------------------------------------------------------------------------------------------


def _post(client, payload) -> object:
    return client.post(reverse("courses:offline_sync"), data=json.dumps(payload), content_type="application/json")


def test_endpoint_credits_the_logged_in_learner_only(learner_client, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    response = _post(learner_client, {"learner": learner.pk, "sittings": [{"module": module.pk, "seconds": 120}]})
    assert response.status_code == 200
    assert response.json()["credited_seconds"] == 120
    assert ModuleProgress.objects.get(user=learner).seconds_spent == 120
    assert not ModuleProgress.objects.filter(user=other_learner).exists()


def test_study_kept_for_another_account_is_refused(learner_client, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    response = _post(learner_client, {"learner": other_learner.pk, "sittings": [{"module": module.pk, "seconds": 60}]})
    assert response.status_code == 409
    assert "tài khoản khác" in response.json()["errors"][0]
    assert not ModuleProgress.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"sittings": "nope"},
        {"sittings": [{"module": "x", "seconds": 10}]},
        {"sittings": [{"module": 1, "seconds": -1}]},
        {"sittings": [{"module": 1, "seconds": 10, "anchor": "<script>"}]},
        {"sittings": [{"module": 1, "seconds": 10, "ratio": 3}]},
        {"sittings": [{"module": 1, "seconds": 10}] * 201},
    ],
)
def test_endpoint_refuses_bad_batches_in_vietnamese_and_writes_nothing(learner_client, learner, payload):
    response = _post(learner_client, {"learner": learner.pk, **payload})
    assert response.status_code == 400
    errors = " ".join(response.json()["errors"])
    assert any(word in errors for word in ("Nhập", "Giá trị", "không", "Không", "Quá", "Đảm bảo")), errors
    assert not ModuleProgress.objects.exists()


def test_endpoint_refuses_unreadable_json(learner_client, learner):
    response = learner_client.post(reverse("courses:offline_sync"), data="{", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"] == ["Không đọc được phần đã học khi không có mạng."]


def test_endpoint_needs_a_login_and_a_csrf_token(learner, curriculum):
    url = reverse("courses:offline_sync")
    payload = json.dumps({"learner": learner.pk, "sittings": []})
    anonymous = Client().post(url, data=payload, content_type="application/json")
    assert anonymous.status_code == 302 and "/dang-nhap/" in anonymous["Location"]
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    assert strict.post(url, data=payload, content_type="application/json").status_code == 403


def test_endpoint_query_budget(learner_client, learner, curriculum, django_assert_max_num_queries):
    for module in curriculum.modules:
        progress_record_open(user=learner, module=module)
    _quiet_for(learner, 3600)
    sittings = [{"module": module.pk, "seconds": 60, "completed": True} for module in curriculum.modules]
    with django_assert_max_num_queries(6 + 2 * len(sittings)) as captured:
        response = _post(learner_client, {"learner": learner.pk, "sittings": sittings})
    assert response.status_code == 200, response.content
    assert len(response.json()["completed"]) == len(curriculum.modules), captured


# --- What the phone may keep ------------------------------------------------------------------------------------


def test_study_pages_may_be_kept_on_the_phone(learner_client, curriculum):
    for url in (reverse("courses:learner_home"), curriculum.course.url, curriculum.modules[0].url):
        response = learner_client.get(url)
        assert response.status_code == 200
        assert response[OFFLINE_HEADER] == "keep", url
        assert "private" in response["Cache-Control"]


def test_other_pages_are_never_kept(learner_client, curriculum, roles):
    organizer = UserFactory(roles=(Role.ORGANIZER,))
    staff = Client()
    staff.force_login(organizer)
    assert OFFLINE_HEADER not in staff.get(reverse("courses:organizer_home"))
    assert OFFLINE_HEADER not in learner_client.get(reverse("courses:my_sessions"))
    assert OFFLINE_HEADER not in Client().get(curriculum.course.url)  # a visitor's view of a course


def test_saving_a_copy_does_not_count_as_opening_the_lesson(learner_client, learner, curriculum):
    module = curriculum.modules[0]
    saved = learner_client.get(module.url, headers={"X-Offline-Save": "1"})
    assert saved.status_code == 200 and saved[OFFLINE_HEADER] == "keep"
    assert not ModuleProgress.objects.filter(user=learner).exists()
    learner_client.get(module.url)
    assert ModuleProgress.objects.filter(user=learner, module=module).exists()


def test_lesson_page_knows_whose_it_is(learner_client, learner, other_learner, curriculum):
    module = curriculum.modules[0]
    assert f'data-learner="{learner.pk}"'.encode() in learner_client.get(module.url).content
    other = Client()
    other.force_login(other_learner)
    page = other.get(module.url).content  # the same cached shell, filled for someone else
    assert f'data-learner="{other_learner.pk}"'.encode() in page
    assert f'data-learner="{learner.pk}"'.encode() not in page


def test_service_worker_is_served_from_the_root_and_always_revalidated():
    response = Client().get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Cache-Control"] == "no-cache"
    script = response.content.decode()
    assert "__VERSION__" not in script and '"lms-assets-" + VERSION' in script
    assert "/static/lms/css/site.css" in script and reverse("courses:offline_page") in script
    assert '"x-study-offline"' in script


def test_offline_page_is_the_same_for_everyone(learner_client):
    anonymous = Client().get(reverse("courses:offline_page"))
    logged_in = learner_client.get(reverse("courses:offline_page"))
    assert anonymous.status_code == logged_in.status_code == 200
    assert "Không có kết nối" in anonymous.content.decode()
    assert anonymous.content == logged_in.content


def test_logging_out_clears_what_the_phone_kept(learner_client):
    response = learner_client.post(reverse("lms:logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
