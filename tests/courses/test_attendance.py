import shutil
import subprocess
from datetime import timedelta

import pytest
import segno
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Attendance, AttendanceStatus
from courses.services import (
    attendance_check_in,
    attendance_mark,
    check_in_code,
    current_window,
    session_create,
)
from courses.services.attendance import WINDOW_SECONDS
from tests.courses.test_sessions import setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def running(world, setup):  # noqa: F811
    """A session happening now, booked by learner a1."""
    module, venue = setup
    now = timezone.now()
    session = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        start=now - timedelta(minutes=5),
        end=now + timedelta(hours=2),
    )
    from courses.models import Booking

    Booking.objects.create(session=session, module=module, learner=world.learners["a1"].user, state="booked")
    return session


def test_only_a_fresh_code_of_this_session_checks_in(world, running):
    learner = world.learners["a1"].user
    now = timezone.now()
    window = current_window(now)
    for stale in (window - 2, window + 1):  # expired, or not shown yet
        with pytest.raises(ValidationError):
            attendance_check_in(
                learner=learner, session=running, window=stale, code=check_in_code(running.pk, stale), now=now
            )
    with pytest.raises(ValidationError):
        attendance_check_in(
            learner=learner, session=running, window=window, code=check_in_code(running.pk + 1, window), now=now
        )
    with pytest.raises(ValidationError):  # a tampered code
        attendance_check_in(learner=learner, session=running, window=window, code="0" * 16, now=now)
    attendance = attendance_check_in(
        learner=learner, session=running, window=window, code=check_in_code(running.pk, window), now=now
    )
    assert attendance.status == AttendanceStatus.PRESENT and attendance.by_qr
    later = now + timedelta(seconds=WINDOW_SECONDS)
    again = attendance_check_in(
        learner=learner,
        session=running,
        window=current_window(later),
        code=check_in_code(running.pk, current_window(later)),
        now=later,
    )
    assert again.pk == attendance.pk and Attendance.objects.count() == 1


def test_late_arrival_and_the_check_in_period(world, running):
    learner = world.learners["a1"].user
    late = running.starts_at + timedelta(minutes=30)
    attendance = attendance_check_in(
        learner=learner,
        session=running,
        window=current_window(late),
        code=check_in_code(running.pk, current_window(late)),
        now=late,
    )
    assert attendance.status == AttendanceStatus.LATE
    after = running.ends_at + timedelta(minutes=1)
    with pytest.raises(ValidationError):
        attendance_check_in(
            learner=learner,
            session=running,
            window=current_window(after),
            code=check_in_code(running.pk, current_window(after)),
            now=after,
        )


def test_instructor_ticks_the_roster_and_others_cannot(world, running):
    learner = world.learners["a1"].user
    attendance_mark(actor=world.instructors["a"], session=running, learner=learner, status=AttendanceStatus.LEFT_EARLY)
    assert Attendance.objects.get().status == AttendanceStatus.LEFT_EARLY
    client = Client()
    client.force_login(world.instructors["b"])
    assert client.get(reverse("courses:check_in_screen", args=[running.pk])).status_code == 404
    client.force_login(learner)
    assert client.get(reverse("courses:check_in_screen", args=[running.pk])).status_code == 403


def test_a_code_scanned_as_it_changes_still_checks_in(world, running):
    """The screen showed the code until the end of its window; the phone's request arrives in the next one."""
    learner = world.learners["a1"].user
    shown_at = timezone.now()
    window = current_window(shown_at)
    arrives_at = shown_at + timedelta(seconds=WINDOW_SECONDS)
    attendance = attendance_check_in(
        learner=learner, session=running, window=window, code=check_in_code(running.pk, window), now=arrives_at
    )
    assert attendance.status == AttendanceStatus.PRESENT and attendance.checked_in_at == arrives_at


def test_phone_check_in_through_the_url_in_the_qr_code(world, running):
    instructor = Client()
    instructor.force_login(world.instructors["a"])
    screen = instructor.get(reverse("courses:check_in_screen", args=[running.pk]))
    assert screen.status_code == 200 and world.learners["a1"].user.get_full_name() in screen.content.decode()
    svg = instructor.get(reverse("courses:check_in_qr", args=[running.pk]))
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    window = current_window()
    path = reverse("courses:check_in", args=[running.pk, window, check_in_code(running.pk, window)])
    phone = Client()
    phone.force_login(world.learners["a1"].user)
    assert phone.get(path).status_code == 200
    assert Attendance.objects.get(learner=world.learners["a1"].user).status == AttendanceStatus.PRESENT
    stranger = Client()
    stranger.force_login(world.learners["b1"].user)
    assert stranger.get(path).status_code == 403


def test_the_qr_code_decodes_to_the_check_in_url(world, running, tmp_path):
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is required (apt-get install zbar-tools; .ci/run installs it)")
    from django.test import RequestFactory

    from courses.views.attendance import check_in_url

    request = RequestFactory().get("/", HTTP_HOST="lms.example.vn")
    url = check_in_url(request, running)
    image = tmp_path / "qr.png"
    segno.make(url, error="m").save(str(image), scale=8, border=4)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == url
    assert "/diem-danh/" in url and str(running.pk) in url


def test_week_view_shows_the_weeks_sessions_in_scope(world, running):
    week = timezone.localdate(running.starts_at).isoformat()
    instructor = Client()
    instructor.force_login(world.instructors["a"])
    page = instructor.get(reverse("courses:week_view") + f"?tuan={week}").content.decode()
    assert running.cohort.code in page and running.module.title in page
    other = Client()
    other.force_login(world.organizers["b"])
    assert running.module.title not in other.get(reverse("courses:week_view") + f"?tuan={week}").content.decode()
    assert other.get(reverse("courses:week_view") + "?tuan=khong-phai-ngay").status_code == 200


def test_late_arrival_and_early_leave_times_are_recorded(world, running):
    learner = world.learners["a1"].user
    client = Client()
    client.force_login(world.instructors["a"])
    url = reverse("courses:check_in_screen", args=[running.pk])
    left = timezone.localtime(running.ends_at - timedelta(minutes=40))
    client.post(url, {"learner": learner.pk, "status": AttendanceStatus.LEFT_EARLY, "at": f"{left:%H:%M}"})
    attendance = Attendance.objects.get(learner=learner)
    assert attendance.status == AttendanceStatus.LEFT_EARLY
    assert timezone.localtime(attendance.left_at).strftime("%H:%M") == f"{left:%H:%M}"
    response = client.post(url, {"learner": learner.pk, "status": AttendanceStatus.LATE, "at": "99:99"}, follow=True)
    assert "HH:MM" in response.content.decode() or "giờ" in response.content.decode()
    outside = timezone.localtime(running.ends_at + timedelta(hours=2))
    client.post(url, {"learner": learner.pk, "status": AttendanceStatus.LATE, "at": f"{outside:%H:%M}"})
    assert Attendance.objects.get(learner=learner).status == AttendanceStatus.LEFT_EARLY  # refused, nothing lost
    arrived = timezone.localtime(running.starts_at + timedelta(minutes=25))
    client.post(url, {"learner": learner.pk, "status": AttendanceStatus.LATE, "at": f"{arrived:%H:%M}"})
    attendance.refresh_from_db()
    assert attendance.status == AttendanceStatus.LATE and attendance.left_at is None
    assert timezone.localtime(attendance.checked_in_at).strftime("%H:%M") == f"{arrived:%H:%M}"
