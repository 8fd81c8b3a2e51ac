"""Background tasks (Django tasks API: database worker by default, Redis-backed worker for many machines)."""

from datetime import timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from courses.models import Booking, BookingFlag, BookingState, NotificationKind, Session, SessionStatus
from courses.notifications import deliver

REMINDERS = ((NotificationKind.REMINDER_24H, timedelta(hours=24)), (NotificationKind.REMINDER_2H, timedelta(hours=2)))


def _when(session: Session) -> str:
    start = timezone.localtime(session.starts_at)
    return f"{formats.date_format(start, 'SHORT_DATETIME_FORMAT')}, {session.venue.name}"


@task()
def send_due_reminders() -> int:
    """Remind booked learners 24 h and 2 h before their session. Safe to run as often as wanted."""
    now = timezone.now()
    sent = 0
    with override("vi"):
        for kind, ahead in REMINDERS:
            bookings = Booking.objects.filter(
                state=BookingState.BOOKED,
                session__status=SessionStatus.SCHEDULED,
                session__starts_at__gt=now,
                session__starts_at__lte=now + ahead,
            ).select_related("session__venue", "session__module", "learner")
            for booking in bookings:
                session = booking.session
                if kind == NotificationKind.REMINDER_24H and session.starts_at <= now + timedelta(hours=2):
                    continue  # too late for the day-before reminder; the 2-hour one follows
                notification = deliver(
                    key=f"{kind}:{booking.pk}:{session.starts_at:%Y%m%d%H%M}",
                    user=booking.learner,
                    session=session,
                    kind=kind,
                    subject=_("Reminder: %(lesson)s") % {"lesson": session.module.title},
                    text=_("Your session is at %(when)s.") % {"when": _when(session)},
                )
                sent += notification is not None
    return sent


@task()
def notify_session_change(session_id: int, change_no: int) -> int:
    """Tell every booked or waiting learner that a session was moved or cancelled."""
    session = Session.objects.select_related("venue", "module").get(pk=session_id)
    cancelled = session.status == SessionStatus.CANCELLED
    kind = NotificationKind.SESSION_CANCELLED if cancelled else NotificationKind.SESSION_CHANGED
    sent = 0
    with override("vi"):
        if cancelled:
            bookings = Booking.objects.filter(session=session, flag=BookingFlag.SESSION_CANCELLED)
        else:
            bookings = Booking.objects.filter(session=session).exclude(state=BookingState.CANCELLED)
        for booking in bookings.select_related("learner"):
            text = (
                _("The session %(lesson)s on %(when)s is cancelled; please book another one.")
                if cancelled
                else _("The session %(lesson)s has moved to %(when)s.")
            ) % {"lesson": session.module.title, "when": _when(session)}
            sent += (
                deliver(
                    key=f"{kind}:{session.pk}:{change_no}:{booking.learner_id}",
                    user=booking.learner,
                    session=session,
                    kind=kind,
                    subject=_("Change to your session"),
                    text=text,
                )
                is not None
            )
    return sent


@task()
def notify_roster_clash(booking_ids: list[int]) -> int:
    """Tell learners that a booked session no longer fits their shift roster."""
    sent = 0
    with override("vi"):
        for booking in Booking.objects.filter(pk__in=booking_ids, flag=BookingFlag.ROSTER_CLASH).select_related(
            "learner", "session__venue", "session__module"
        ):
            session = booking.session
            sent += (
                deliver(
                    key=f"{NotificationKind.ROSTER_CLASH}:{booking.pk}:{booking.flagged_at:%Y%m%d%H%M%S}",
                    user=booking.learner,
                    session=session,
                    kind=NotificationKind.ROSTER_CLASH,
                    subject=_("Your session clashes with your shifts"),
                    text=_(
                        "The session %(lesson)s on %(when)s now clashes with your shift roster; book another "
                        "session or ask the organizer for an exception."
                    )
                    % {"lesson": session.module.title, "when": _when(session)},
                )
                is not None
            )
    return sent
