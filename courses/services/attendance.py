"""Attendance: a check-in QR code that changes every 30 seconds, and the instructor's roster ticks."""

import hashlib
import hmac
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import SEAT_STATES, Attendance, AttendanceStatus, Enrolment, Session, SessionStatus
from courses.scope import cohorts_organizer_may_fill
from courses.signals import announce_learning_record_changed
from lms.models import User

WINDOW_SECONDS = 30
# A code stays good for the window after its own: a worker who scans it in its last seconds, on slow mobile data,
# is not told it expired. A photo sent to someone absent is still stale within a minute.
WINDOWS_ACCEPTED = 2
CHECK_IN_OPENS_BEFORE = timedelta(minutes=30)
LATE_AFTER = timedelta(minutes=15)


def current_window(now: datetime | None = None) -> int:
    return int((now or timezone.now()).timestamp()) // WINDOW_SECONDS


def check_in_code(session_id: int, window: int) -> str:
    message = f"check-in:{session_id}:{window}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:16]


def may_take_attendance(user: User, session: Session) -> bool:
    return session.instructor_id == user.pk or cohorts_organizer_may_fill(user).filter(pk=session.cohort_id).exists()


def _learner_of(session: Session, learner: User) -> bool:
    return Enrolment.objects.filter(
        learner=learner, state__in=SEAT_STATES, cohort__course_id=session.cohort.course_id
    ).exists()


@transaction.atomic
def attendance_check_in(*, learner: User, session: Session, window: int, code: str, now=None) -> Attendance:
    """The learner scanned the code on the instructor's screen: this session's code of the current window or the
    one before."""
    now = now or timezone.now()
    fresh = 0 <= current_window(now) - window < WINDOWS_ACCEPTED
    if not fresh or not hmac.compare_digest(code, check_in_code(session.pk, window)):
        raise ValidationError(_("This code has expired or belongs to another session: scan the screen again."))
    if session.status != SessionStatus.SCHEDULED or not (
        session.starts_at - CHECK_IN_OPENS_BEFORE <= now <= session.ends_at
    ):
        raise ValidationError(_("Check-in is open from 30 minutes before the session until its end."))
    if not _learner_of(session, learner):
        raise PermissionDenied
    attendance, created = Attendance.objects.select_for_update().get_or_create(
        session=session,
        learner=learner,
        defaults={
            "status": AttendanceStatus.LATE if now > session.starts_at + LATE_AFTER else AttendanceStatus.PRESENT,
            "checked_in_at": now,
            "by_qr": True,
        },
    )
    if not created and attendance.status == AttendanceStatus.ABSENT:
        attendance.status = AttendanceStatus.LATE if now > session.starts_at + LATE_AFTER else AttendanceStatus.PRESENT
        attendance.checked_in_at, attendance.by_qr = now, True
        attendance.save()
    announce_learning_record_changed(learner=learner, course_id=session.cohort.course_id)
    return attendance


@transaction.atomic
def attendance_mark(
    *, actor: User, session: Session, learner: User, status: str, at: datetime | None = None
) -> Attendance:
    """The instructor ticks the roster (for workers without a phone or connection). `at` is when a late learner
    arrived or an early one left (now when not given); it must fall within the session."""
    if not may_take_attendance(actor, session):
        raise PermissionDenied
    if status not in AttendanceStatus.values:
        raise ValidationError(_("Unknown attendance status."))
    if not _learner_of(session, learner):
        raise ValidationError(_("This person is not a learner of this course."))
    if at is not None and not session.starts_at <= at <= session.ends_at:
        raise ValidationError(_("The time must fall within the session."))
    now = timezone.now()
    attendance = Attendance.objects.select_for_update().filter(session=session, learner=learner).first()
    attendance = attendance or Attendance(session=session, learner=learner)
    attendance.status, attendance.marked_by = status, actor
    if status == AttendanceStatus.ABSENT:
        attendance.checked_in_at = attendance.left_at = None
    elif status == AttendanceStatus.LEFT_EARLY:
        attendance.left_at = at or min(now, session.ends_at)
        attendance.checked_in_at = attendance.checked_in_at or session.starts_at
    else:
        attendance.left_at = None
        if status == AttendanceStatus.LATE:
            attendance.checked_in_at = at or attendance.checked_in_at or now
        else:
            attendance.checked_in_at = attendance.checked_in_at or at or now
    attendance.save()
    announce_learning_record_changed(learner=learner, course_id=session.cohort.course_id)
    return attendance
