from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses.models import Booking, Notification, NotificationKind, NotificationStatus
from courses.services import session_cancel, session_create, session_move
from courses.tasks import send_due_reminders
from tests.courses.test_sessions import setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db(transaction=True)  # on_commit hooks run the change notices


@pytest.fixture
def soon(world, setup):  # noqa: F811
    module, venue = setup
    start = timezone.now() + timedelta(hours=1, minutes=30)
    session = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=start,
        end=start + timedelta(hours=3),
    )
    learner = world.learners["a1"].user
    learner.email = "lan@example.vn"
    learner.save()
    Booking.objects.create(session=session, module=module, learner=learner, state="booked")
    return session


def test_reminders_are_sent_once_even_when_the_task_runs_again(soon):
    assert send_due_reminders.call() == 1  # within 2 h: the 2-hour reminder only
    assert send_due_reminders.call() == 0  # a restarted worker, a second cron run: nothing twice
    notification = Notification.objects.get()
    assert notification.kind == NotificationKind.REMINDER_2H and notification.status == NotificationStatus.SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("Nhắc lịch")  # sent in Vietnamese


def test_the_day_before_reminder(world, soon):
    soon.starts_at = timezone.now() + timedelta(hours=20)
    soon.ends_at = soon.starts_at + timedelta(hours=3)
    soon.save()
    send_due_reminders.call()
    assert list(Notification.objects.values_list("kind", flat=True)) == [NotificationKind.REMINDER_24H]


def test_moving_or_cancelling_tells_the_booked_learners(world, soon):
    new_start = soon.starts_at + timedelta(days=1)
    session_move(actor=world.organizers["a"], session=soon, start=new_start, end=new_start + timedelta(hours=2))
    soon.event.refresh_from_db()
    assert soon.event.start == new_start
    assert Notification.objects.filter(kind=NotificationKind.SESSION_CHANGED).count() == 1
    session_cancel(actor=world.organizers["a"], session=soon)
    assert Notification.objects.filter(kind=NotificationKind.SESSION_CANCELLED).count() == 1
    session_cancel(actor=world.organizers["a"], session=soon)  # again: nothing new
    assert Notification.objects.filter(kind=NotificationKind.SESSION_CANCELLED).count() == 1


def test_a_failing_channel_is_logged(world, soon, settings):
    settings.NOTIFICATION_SENDERS = ["courses.notifications.EmailSender", "tests.courses.test_reminders.Broken"]
    send_due_reminders.call()
    notification = Notification.objects.get()
    assert "broken gateway" in notification.error and notification.status == NotificationStatus.SENT


def test_send_reminders_command(soon, capsys):
    call_command("send_reminders", "--now")
    call_command("send_reminders")  # queued (runs at once with the test backend)
    assert Notification.objects.count() == 1


class Broken:
    channel = "broken"

    def send(self, user, subject, text):
        raise RuntimeError("broken gateway")
