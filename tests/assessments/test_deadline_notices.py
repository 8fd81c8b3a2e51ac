"""Deadline notices: the probationary learner hears 60 and 14 days ahead, each organizer gets a weekly list of their
own zones, and nothing is sent twice."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from assessments.services.deadline_notices import deadline_notices_send
from courses.models import EnrolmentSettings, EnrolmentState, Notification, NotificationKind
from lms.dates import add_months
from tests.assessments.test_deadlines import _new_member_class, _paper_certificate, _probationary
from tests.factories import LearnerProfileFactory

pytestmark = pytest.mark.django_db

RULES = EnrolmentSettings()


def _email(*users):
    for index, user in enumerate(users):
        user.email = f"nguoi{index}.{user.pk}@example.vn"
        user.save()


def _ending_in(world, key: str, days: int):
    """A probationary member whose probation ends `days` from today."""
    profile = _probationary(world, key, 0)
    profile.admission_date = add_months(timezone.localdate() + timedelta(days=days), -12)
    profile.save()
    _email(profile.user)
    return profile


def _sent(kind, user):
    return [message for message in mail.outbox if message.to == [user.email] and kind in message.subject]


def test_the_learner_hears_at_60_then_at_14_days_and_never_twice(world):
    today = timezone.localdate()
    a1 = _ending_in(world, "a1", 50)
    timely = _ending_in(world, "a2", 50)
    _new_member_class(world, closes_in_days=40, code="ĐVM-A-KIP").enrolments.create(
        learner=timely.user, state=EnrolmentState.ENROLLED
    )
    far = _ending_in(world, "a3", 100)
    assert deadline_notices_send(rules=RULES, today=today)["learners"] == 1
    assert deadline_notices_send(rules=RULES, today=today)["learners"] == 0
    assert deadline_notices_send(rules=RULES, today=today + timedelta(days=30))["learners"] == 0  # 20 days left
    assert deadline_notices_send(rules=RULES, today=today + timedelta(days=37))["learners"] == 1  # 13 days left
    notices = Notification.objects.filter(kind=NotificationKind.PROBATION_ENDING)
    assert [notice.user for notice in notices] == [a1.user, a1.user]
    ends = add_months(a1.admission_date, 12).strftime("%d/%m/%Y")
    [first, _second] = [message for message in mail.outbox if message.to == [a1.user.email]]
    assert first.subject == f"Thời gian dự bị của bạn kết thúc ngày {ends}"
    assert not [message for message in mail.outbox if message.to in ([timely.user.email], [far.user.email])]


def test_a_job_that_did_not_run_does_not_send_the_older_notice_late(world):
    _ending_in(world, "a1", 10)
    today = timezone.localdate()
    assert deadline_notices_send(rules=RULES, today=today)["learners"] == 1
    assert deadline_notices_send(rules=RULES, today=today + timedelta(days=1))["learners"] == 0
    assert Notification.objects.get(kind=NotificationKind.PROBATION_ENDING).key.endswith(":14")


def test_each_organizer_gets_a_weekly_list_of_their_own_zones(world):
    _email(world.organizers["a"], world.organizers["b"])
    a1 = _ending_in(world, "a1", 20)
    b1 = _ending_in(world, "b1", 20)
    lapsing = _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 58)
    _ending_in(world, "a3", 200)  # far away: not in the list
    today = timezone.localdate()
    assert deadline_notices_send(rules=RULES, today=today)["organizers"] == 2
    [to_a] = _sent("Thời hạn cần theo dõi", world.organizers["a"])
    assert to_a.subject == "Thời hạn cần theo dõi: 2"
    assert a1.user.full_name in to_a.body and lapsing.user.full_name in to_a.body
    assert b1.user.full_name not in to_a.body and "/to-chuc/thoi-han/" in to_a.body
    [to_b] = _sent("Thời hạn cần theo dõi", world.organizers["b"])
    assert b1.user.full_name in to_b.body and a1.user.full_name not in to_b.body
    assert deadline_notices_send(rules=RULES, today=today + timedelta(days=7 - today.weekday() - 1))["organizers"] == 0
    assert deadline_notices_send(rules=RULES, today=today + timedelta(days=7 - today.weekday()))["organizers"] == 2


def test_an_organizer_with_nothing_to_do_hears_nothing(world):
    _email(world.organizers["a"])
    _ending_in(world, "a1", 200)
    assert deadline_notices_send(rules=RULES, today=timezone.localdate())["organizers"] == 0
    assert not mail.outbox


def test_the_command_sends_now_or_queues(world):
    _ending_in(world, "a1", 30)
    out = io.StringIO()
    call_command("send_deadline_notices", "--now", "--lang", "en", stdout=out)
    assert "Notices sent: 1 to learners" in out.getvalue()
    out = io.StringIO()
    call_command("send_deadline_notices", stdout=out)
    assert "Đã xếp hàng" in out.getvalue() or "queued" in out.getvalue()


def test_the_notice_days_are_the_enrolment_rules(world):
    today = timezone.localdate()
    _ending_in(world, "a1", 50)
    rules = EnrolmentSettings(probation_first_notice_days=30, probation_last_notice_days=7)
    assert deadline_notices_send(rules=rules, today=today)["learners"] == 0  # 50 days left: not yet
    assert deadline_notices_send(rules=rules, today=today + timedelta(days=21))["learners"] == 1  # 29 days left
    assert deadline_notices_send(rules=rules, today=today + timedelta(days=43))["learners"] == 1  # 7 days left
