"""Writes for bookings: capacity, waiting list, deadline, roster fit, no overlaps, make-up in another class."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import SEAT_STATES, Booking, BookingFlag, BookingState, Enrolment, Session, SessionStatus
from courses.scope import cohorts_organizer_may_fill
from courses.selectors.scheduling import Candidate, fits_matrix
from lms.models import LearnerProfile, User

ACTIVE = (BookingState.BOOKED, BookingState.WAITLISTED)


def may_attend(learner: User, session: Session) -> bool:
    """Enrolled in the session's class, or in another class of the same course (a make-up session)."""
    return Enrolment.objects.filter(
        learner=learner, state__in=SEAT_STATES, cohort__course_id=session.cohort.course_id
    ).exists()


def session_fits(learner: User, session: Session) -> bool:
    profile = LearnerProfile.objects.filter(user=learner).select_related("enterprise").first()
    if profile is None:
        return True
    return bool(fits_matrix([profile], [Candidate(session.starts_at, session.ends_at)])[0, 0])


@transaction.atomic
def booking_create(*, actor: User, learner: User, session: Session) -> Booking:
    """Book a place, or join the waiting list when the session is full. An organizer may override a roster clash
    by booking on the learner's behalf; learners book only for themselves."""
    overriding = actor.pk != learner.pk
    if overriding and not cohorts_organizer_may_fill(actor).filter(pk=session.cohort_id).exists():
        raise PermissionDenied
    session = Session.objects.select_for_update().select_related("cohort").get(pk=session.pk)
    if session.status != SessionStatus.SCHEDULED:
        raise ValidationError(_("This session has been cancelled."))
    if not may_attend(learner, session):
        raise ValidationError(_("You are not enrolled in a class of this course."))
    deadline = session.starts_at - timedelta(hours=settings.BOOKING_DEADLINE_HOURS)
    if timezone.now() > deadline and not overriding:
        raise ValidationError(
            _("Booking closed %(hours)d hours before the session.") % {"hours": settings.BOOKING_DEADLINE_HOURS}
        )
    existing = Booking.objects.filter(learner=learner, module=session.module_id, state__in=ACTIVE).first()
    if existing is not None:
        if existing.session_id == session.pk:
            return existing  # a double tap books once
        raise ValidationError(_("You already have a session for this lesson; cancel it first."))
    overlapping = Booking.objects.filter(
        learner=learner,
        state=BookingState.BOOKED,
        session__starts_at__lt=session.ends_at,
        session__ends_at__gt=session.starts_at,
    ).first()
    if overlapping is not None:
        raise ValidationError(_("It overlaps your booking %(session)s.") % {"session": overlapping.session})
    if not overriding and not session_fits(learner, session):
        raise ValidationError(_("This session clashes with your shift roster; ask the organizer for an exception."))
    taken = Booking.objects.filter(session=session, state=BookingState.BOOKED).count()
    state = BookingState.BOOKED if taken < session.capacity else BookingState.WAITLISTED
    try:
        with transaction.atomic():
            return Booking.objects.create(
                session=session,
                module=session.module,
                learner=learner,
                state=state,
                overridden_by=actor if overriding else None,
            )
    except IntegrityError:
        raise ValidationError(_("You already have a session for this lesson; cancel it first.")) from None


@transaction.atomic
def booking_cancel(*, actor: User, booking: Booking) -> Booking | None:
    """Cancel a booking; the first learner on the waiting list gets the freed place. Returns the promoted booking."""
    booking = Booking.objects.select_for_update().select_related("session").get(pk=booking.pk)
    if (
        actor.pk != booking.learner_id
        and not cohorts_organizer_may_fill(actor).filter(pk=booking.session.cohort_id).exists()
    ):
        raise PermissionDenied
    if booking.state == BookingState.CANCELLED:
        return None
    freed = booking.state == BookingState.BOOKED
    booking.state = BookingState.CANCELLED
    booking.save(update_fields=["state", "updated_at"])
    if not freed:
        return None
    Session.objects.select_for_update().get(pk=booking.session_id)
    for waiting in Booking.objects.filter(session=booking.session, state=BookingState.WAITLISTED).order_by(
        "created_at", "pk"
    ):
        clash = Booking.objects.filter(
            learner=waiting.learner_id,
            state=BookingState.BOOKED,
            session__starts_at__lt=booking.session.ends_at,
            session__ends_at__gt=booking.session.starts_at,
        ).exists()
        if not clash:
            waiting.state = BookingState.BOOKED
            waiting.save(update_fields=["state", "updated_at"])
            return waiting
    return None


def _flag(booking: Booking, flag: str, now) -> None:
    booking.flag, booking.flagged_at = flag, now
    booking.save(update_fields=["flag", "flagged_at", "state", "updated_at"])


def bookings_flag_session_change(*, session: Session) -> int:
    """After a session is moved or cancelled: flag its bookings. A cancelled session's bookings end, so the
    learners can book another session of the lesson at once."""
    now = timezone.now()
    bookings = list(Booking.objects.select_for_update().filter(session=session, state__in=ACTIVE))
    if session.status == SessionStatus.CANCELLED:
        for booking in bookings:
            booking.state = BookingState.CANCELLED
            _flag(booking, BookingFlag.SESSION_CANCELLED, now)
        return len(bookings)
    for booking in bookings:
        clash = booking.overridden_by_id is None and not session_fits(booking.learner, session)
        _flag(booking, BookingFlag.ROSTER_CLASH if clash else BookingFlag.SESSION_MOVED, now)
    return len(bookings)


def bookings_recheck_roster(*, learner: User) -> list[Booking]:
    """After the learner's roster changed: flag upcoming bookings that no longer fit (unless an organizer allowed
    the clash) and clear the flag of those that fit again. Returns the newly flagged bookings."""
    now = timezone.now()
    bookings = list(
        Booking.objects.select_for_update()
        .filter(learner=learner, state__in=ACTIVE, session__starts_at__gt=now, overridden_by__isnull=True)
        .select_related("session")
    )
    profile = LearnerProfile.objects.filter(user=learner).select_related("enterprise").first()
    if not bookings or profile is None:
        return []
    fits = fits_matrix([profile], [Candidate(b.session.starts_at, b.session.ends_at) for b in bookings])[0]
    flagged = []
    for booking, fit in zip(bookings, fits, strict=True):
        if not fit and booking.flag != BookingFlag.ROSTER_CLASH:
            _flag(booking, BookingFlag.ROSTER_CLASH, now)
            flagged.append(booking)
        elif fit and booking.flag == BookingFlag.ROSTER_CLASH:
            _flag(booking, BookingFlag.NONE, None)
    return flagged


@transaction.atomic
def booking_acknowledge(*, actor: User, booking: Booking) -> Booking:
    """The learner has seen the change and keeps the booking."""
    if actor.pk != booking.learner_id:
        raise PermissionDenied
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.flag:
        _flag(booking, BookingFlag.NONE, None)
    return booking
