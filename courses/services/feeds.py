"""Private iCal feeds (RFC 5545) of a learner's booked sessions and an instructor's sessions."""

import secrets

from django.db import transaction
from django.utils import timezone
from icalendar import Calendar, Event

from courses.models import Booking, BookingState, CalendarFeed, Session, SessionStatus
from lms.models import User


def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    return feed or calendar_feed_rotate(user=user)


@transaction.atomic
def calendar_feed_rotate(*, user: User) -> CalendarFeed:
    """A new secret address; the previous one stops working at once."""
    feed, _created = CalendarFeed.objects.update_or_create(user=user, defaults={"token": secrets.token_urlsafe(32)})
    return feed


def calendar_feed_ics(*, feed: CalendarFeed, host: str) -> bytes:
    user = feed.user
    booked = Session.objects.filter(
        bookings__learner=user, bookings__state=BookingState.BOOKED
    ) | Session.objects.filter(instructor=user)
    cancelled_bookings = Booking.objects.filter(learner=user, state=BookingState.CANCELLED).values("session")
    calendar = Calendar()
    calendar.add("prodid", "-//Hoc tap chinh tri cho cong nhan//vi")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Lịch học")
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    now = timezone.now()
    booked_ids = set(
        Booking.objects.filter(learner=user, state=BookingState.BOOKED).values_list("session_id", flat=True)
    )
    sessions = (
        (booked | Session.objects.filter(pk__in=cancelled_bookings))
        .distinct()
        .select_related("module", "venue", "cohort")
    )
    for session in sessions.order_by("starts_at"):
        event = Event()
        event.add("uid", f"session-{session.pk}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("summary", f"{session.module.title} ({session.cohort.code})")
        event.add("location", f"{session.venue.name}, {session.venue.address}".rstrip(", "))
        active = session.status == SessionStatus.SCHEDULED and (
            session.instructor_id == user.pk or session.pk in booked_ids
        )
        event.add("status", "CONFIRMED" if active else "CANCELLED")
        calendar.add_component(event)
    return calendar.to_ical()
