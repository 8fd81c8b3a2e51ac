"""Reads for scheduling: who fits which time, candidate slots, sessions that fit a learner."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
from django.utils import timezone

from courses.models import RosterChange, Session, SessionStatus, ShiftMembership
from courses.rosters import Busy, Change, ChangeKind, Rules, busy_time, shifts_between
from lms.models import LearnerProfile


@dataclass(frozen=True)
class Candidate:
    start: datetime  # aware
    end: datetime


def _local(moment: datetime) -> datetime:
    return timezone.localtime(moment).replace(tzinfo=None)


def learner_busy(profiles: list[LearnerProfile], window_start: datetime, window_end: datetime) -> list[Busy | None]:
    """Each learner's blocked time over the window; None when the learner has no roster (assumed free)."""
    memberships = {
        m.learner_id: m.group
        for m in ShiftMembership.objects.filter(learner__in=profiles).select_related("group__pattern")
    }
    changes: dict[int, list[Change]] = {}
    for change in RosterChange.objects.filter(
        learner__in=profiles, ends_at__gt=window_start - timedelta(days=2), starts_at__lt=window_end + timedelta(days=2)
    ):
        changes.setdefault(change.learner_id, []).append(
            Change(ChangeKind(change.kind), _local(change.starts_at), _local(change.ends_at))
        )
    start, end = _local(window_start), _local(window_end)
    cached: dict[tuple, Busy] = {}
    result: list[Busy | None] = []
    for profile in profiles:
        group = memberships.get(profile.pk)
        rules = Rules(
            travel_buffer=timedelta(minutes=profile.enterprise.travel_buffer_minutes),
            night_rest=timedelta(minutes=profile.enterprise.night_rest_minutes),
        )
        own = tuple(changes.get(profile.pk, ()))
        if group is None and not own:
            result.append(None)
            continue
        key = (group.pk if group else None, rules, own)
        if key not in cached:
            cycle = group.pattern.cycle() if group else None
            cached[key] = busy_time(cycle, group.anchor_date if group else None, start, end, rules, own)
        result.append(cached[key])
    return result


def fits_matrix(profiles: list[LearnerProfile], candidates: list[Candidate]) -> np.ndarray:
    """fits[i, j]: learner i can attend candidate j."""
    if not profiles or not candidates:
        return np.zeros((len(profiles), len(candidates)), dtype=bool)
    window_start = min(c.start for c in candidates)
    window_end = max(c.end for c in candidates)
    busy = learner_busy(profiles, window_start, window_end)
    local = [(_local(c.start), _local(c.end)) for c in candidates]
    rows = []
    by_busy: dict[int, np.ndarray] = {}
    for blocked in busy:
        if blocked is None:
            rows.append(np.ones(len(candidates), dtype=bool))
            continue
        if id(blocked) not in by_busy:
            by_busy[id(blocked)] = np.array([blocked.free(s, e) for s, e in local], dtype=bool)
        rows.append(by_busy[id(blocked)])
    return np.vstack(rows)


def candidate_grid(
    *,
    date_from: date,
    date_to: date,
    length: timedelta,
    first: time = time(7),
    last: time = time(21, 30),
    step_minutes: int = 30,
) -> list[Candidate]:
    """Starts every `step_minutes` from `first` to `last` on every day (weekends included)."""
    tz = timezone.get_current_timezone()
    found = []
    day = date_from
    while day <= date_to:
        moment = datetime.combine(day, first)
        while moment.time() <= last and moment.date() == day:
            start = moment.replace(tzinfo=tz)
            found.append(Candidate(start, start + length))
            moment += timedelta(minutes=step_minutes)
        day += timedelta(days=1)
    return found


def busy_sessions(*, venue_id: int | None, instructor_id: int | None, start: datetime, end: datetime):
    """Scheduled sessions of the venue or instructor overlapping [start, end)."""
    sessions = Session.objects.filter(status=SessionStatus.SCHEDULED, starts_at__lt=end, ends_at__gt=start)
    if venue_id is not None and instructor_id is not None:
        return sessions.filter(venue_id=venue_id) | sessions.filter(instructor_id=instructor_id)
    if venue_id is not None:
        return sessions.filter(venue_id=venue_id)
    return sessions.filter(instructor_id=instructor_id)


@dataclass
class SessionOffer:
    session: Session
    fits: bool
    booking: object | None  # the learner's active Booking of this session, if any
    make_up: bool  # a session of another class of the same course


def learner_session_offers(*, user) -> list[SessionOffer]:
    """Upcoming sessions of the learner's courses: those that fit the roster, and those already booked."""
    from courses.models import SEAT_STATES, Booking, BookingState, Enrolment

    enrolments = list(Enrolment.objects.filter(learner=user, state__in=SEAT_STATES).select_related("cohort"))
    if not enrolments:
        return []
    own_cohorts = {e.cohort_id for e in enrolments}
    sessions = list(
        Session.objects.filter(
            status=SessionStatus.SCHEDULED,
            starts_at__gt=timezone.now(),
            cohort__course_id__in={e.cohort.course_id for e in enrolments},
        ).select_related("module", "venue", "cohort")[:200]
    )
    profile = LearnerProfile.objects.filter(user=user).select_related("enterprise").first()
    fit_row = (
        fits_matrix([profile], [Candidate(s.starts_at, s.ends_at) for s in sessions])[0]
        if profile and sessions
        else np.ones(len(sessions), dtype=bool)
    )
    bookings = {
        b.session_id: b
        for b in Booking.objects.filter(learner=user, state__in=[BookingState.BOOKED, BookingState.WAITLISTED])
    }
    offers = [
        SessionOffer(session, bool(fit), bookings.get(session.pk), session.cohort_id not in own_cohorts)
        for session, fit in zip(sessions, fit_row, strict=True)
    ]
    return [offer for offer in offers if offer.fits or offer.booking is not None]


@dataclass(frozen=True)
class ShiftOnDay:
    start: datetime  # local, naive
    end: datetime
    kind: str  # "shift", or a roster change kind ("overtime", "swap_in"); shifts on leave are left out


def upcoming_shifts(profile: LearnerProfile, *, days: int = 14) -> list[ShiftOnDay]:
    """The learner's shifts for the next `days` days as the roster and their own changes make them."""
    start = datetime.combine(timezone.localdate(), time(0))
    end = start + timedelta(days=days)
    membership = ShiftMembership.objects.filter(learner=profile).select_related("group__pattern").first()
    shifts = []
    if membership is not None:
        group = membership.group
        shifts = shifts_between(group.pattern.cycle(), group.anchor_date, start, end)
    changes = RosterChange.objects.filter(learner=profile, ends_at__gt=timezone.now()).order_by("starts_at")
    leaves = [(_local(c.starts_at), _local(c.ends_at)) for c in changes if c.kind == ChangeKind.LEAVE]
    found = [ShiftOnDay(s, e, "shift") for s, e in shifts if not any(ls <= s < le for ls, le in leaves)] + [
        ShiftOnDay(_local(c.starts_at), _local(c.ends_at), c.kind) for c in changes if c.kind != ChangeKind.LEAVE
    ]
    return sorted((s for s in found if s.end > start and s.start < end), key=lambda s: s.start)


def learner_flagged_bookings(*, user):
    """The learner's bookings with a change they have not seen yet (moved, cancelled, now clashing)."""
    from courses.models import Booking, BookingFlag

    return (
        Booking.objects.filter(learner=user, session__ends_at__gt=timezone.now())
        .exclude(flag=BookingFlag.NONE)
        .select_related("session__module", "session__venue")
        .order_by("session__starts_at")
    )


def session_fit_count(session: Session) -> tuple[int, int]:
    """(learners of the session's class whose roster fits it, learners of the class)."""
    from courses.models import SEAT_STATES

    profiles = list(
        LearnerProfile.objects.filter(
            user__enrolments__cohort_id=session.cohort_id, user__enrolments__state__in=SEAT_STATES
        ).select_related("enterprise")
    )
    if not profiles:
        return 0, 0
    fits = fits_matrix(profiles, [Candidate(session.starts_at, session.ends_at)])
    return int(fits.sum()), len(profiles)
