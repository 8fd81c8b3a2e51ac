"""The Redis-backed task worker (django-tasks-rq on RQ) runs the same tasks as the database worker."""

from datetime import timedelta

import django_rq
import pytest
import redis
from django.core import mail
from rq import SimpleWorker

from courses.models import Notification, NotificationKind
from courses.services import session_move
from courses.tasks import send_due_reminders
from tests.courses.test_reminders import soon  # noqa: F401  (fixture)
from tests.courses.test_sessions import setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db(transaction=True)
REDIS_URL = "redis://127.0.0.1:6379/14"  # a database of its own, emptied by the test


@pytest.fixture
def rq_backend(settings):
    connection = redis.Redis.from_url(REDIS_URL)
    connection.flushdb()
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    yield django_rq.get_queue("default")
    connection.flushdb()


def _work(queue) -> None:
    """What `manage.py rqworker --burst --job-class django_tasks_rq.Job` does, in this process."""
    worker = SimpleWorker([queue], connection=queue.connection, job_class="django_tasks_rq.Job")
    worker.work(burst=True)


def test_reminders_and_change_notices_go_through_redis(world, soon, rq_backend):  # noqa: F811
    result = send_due_reminders.enqueue()
    assert rq_backend.count == 1 and not Notification.objects.exists()  # queued in Redis, not run yet
    _work(rq_backend)
    assert send_due_reminders.get_backend().get_result(result.id).return_value == 1
    new_start = soon.starts_at + timedelta(days=1)
    session_move(actor=world.organizers["a"], session=soon, start=new_start, end=new_start + timedelta(hours=2))
    assert rq_backend.count == 1  # the change notice waits for a worker
    _work(rq_backend)
    _work(rq_backend)  # a second worker run finds nothing to send again
    kinds = sorted(Notification.objects.values_list("kind", flat=True))
    assert kinds == sorted([NotificationKind.REMINDER_2H, NotificationKind.SESSION_CHANGED])
    assert len(mail.outbox) == 2
