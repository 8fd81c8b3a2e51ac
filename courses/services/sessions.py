"""Writes for in-person sessions: venues, sessions (no double booking), and planning from rosters."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import scheduling
from courses.models import SEAT_STATES, Cohort, DeliveryMode, ModulePage, Session, SessionStatus, Venue
from courses.planner import plan_slots
from courses.scope import cohorts_organizer_may_fill
from courses.selectors.scheduling import Candidate, busy_sessions, candidate_grid, fits_matrix
from courses.services.bookings import bookings_flag_session_change
from lms.models import LearnerProfile, User, Zone
from lms.text import nfc


@transaction.atomic
def venue_create(*, name: str, zone: Zone, address: str = "", capacity: int = 50) -> Venue:
    name = nfc(name.strip())
    venue = Venue(name=name, zone=zone, address=nfc(address.strip()), capacity=capacity)
    venue.calendar = scheduling.calendar_for_venue(name)
    venue.full_clean()
    venue.save()
    return venue


def _check_module(cohort: Cohort, module: ModulePage) -> None:
    if module.get_parent().pk != cohort.course_id:
        raise ValidationError(_("Lesson %(title)s is not part of this class's course.") % {"title": module.title})
    if module.delivery_mode == DeliveryMode.ONLINE:
        raise ValidationError(_("Lesson %(title)s is studied online only.") % {"title": module.title})


def _ensure_free(*, venue_id: int, instructor_id: int | None, start: datetime, end: datetime, exclude=None) -> None:
    clash = busy_sessions(venue_id=venue_id, instructor_id=instructor_id, start=start, end=end)
    if exclude is not None:
        clash = clash.exclude(pk=exclude)
    clash = clash.first()
    if clash is not None:
        raise ValidationError(
            _("The venue or the instructor is already booked then: %(session)s.") % {"session": clash}
        )


def _check_new(actor: User | None, cohort: Cohort, module: ModulePage, start: datetime, end: datetime) -> None:
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    _check_module(cohort, module)
    if end <= start:
        raise ValidationError(_("A session must end after it starts."))


@transaction.atomic
def session_create(
    *,
    actor: User | None,
    cohort: Cohort,
    module: ModulePage,
    venue: Venue,
    instructor: User | None,
    start: datetime,
    end: datetime,
    capacity: int | None = None,
) -> Session:
    """Offer one session of a module. A venue or an instructor is never booked twice at the same time."""
    _check_new(actor, cohort, module, start, end)
    Venue.objects.select_for_update().get(pk=venue.pk)  # serialise bookings of the same venue
    _ensure_free(venue_id=venue.pk, instructor_id=instructor.pk if instructor else None, start=start, end=end)
    event = scheduling.event_create(
        calendar=venue.calendar, title=f"{cohort.code} · {module.title}", start=start, end=end
    )
    return Session.objects.create(
        cohort=cohort,
        module=module,
        venue=venue,
        instructor=instructor,
        starts_at=start,
        ends_at=end,
        occurrence_start=start,
        capacity=min(capacity or venue.capacity, venue.capacity),
        event=event,
    )


MAX_WEEKS = 26


@transaction.atomic
def session_series_create(
    *,
    actor: User | None,
    cohort: Cohort,
    module: ModulePage,
    venue: Venue,
    instructor: User | None,
    start: datetime,
    end: datetime,
    weeks: int,
    capacity: int | None = None,
) -> list[Session]:
    """Offer the same session every week for `weeks` weeks: one recurring scheduler event, one session per
    occurrence. All or nothing: if any week clashes, nothing is created and the clash is named."""
    if weeks == 1:
        return [
            session_create(
                actor=actor,
                cohort=cohort,
                module=module,
                venue=venue,
                instructor=instructor,
                start=start,
                end=end,
                capacity=capacity,
            )
        ]
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(_("A series has from 1 to %(max)d weeks.") % {"max": MAX_WEEKS})
    _check_new(actor, cohort, module, start, end)
    Venue.objects.select_for_update().get(pk=venue.pk)
    event = scheduling.weekly_event_create(
        calendar=venue.calendar, title=f"{cohort.code} · {module.title}", start=start, end=end, weeks=weeks
    )
    sessions = []
    for occurrence in scheduling.series_occurrences(event):
        _ensure_free(
            venue_id=venue.pk,
            instructor_id=instructor.pk if instructor else None,
            start=occurrence.start,
            end=occurrence.end,
        )
        sessions.append(
            Session.objects.create(
                cohort=cohort,
                module=module,
                venue=venue,
                instructor=instructor,
                starts_at=occurrence.start,
                ends_at=occurrence.end,
                occurrence_start=occurrence.original_start,
                capacity=min(capacity or venue.capacity, venue.capacity),
                event=event,
            )
        )
    return sessions


@dataclass
class PlanProposal:
    candidates: list[Candidate]
    chosen: list[Candidate]
    learners: list[LearnerProfile]
    covered_by: dict[int, int]  # learner profile id -> index in `chosen`
    reasons: dict[int, str]  # learner profile id -> why left out

    @property
    def coverage(self) -> int:
        return len(self.covered_by)


def plan_propose(
    *,
    cohort: Cohort,
    module: ModulePage,
    date_from: date,
    date_to: date,
    k: int,
    venue: Venue,
    instructor: User | None,
    length: timedelta,
    step_minutes: int = 30,
    first: time = time(7),
    last: time = time(21, 30),
) -> PlanProposal:
    """Propose k sessions that let the most enrolled learners of the class attend at least one."""
    _check_module(cohort, module)
    learners = list(
        LearnerProfile.objects.filter(user__enrolments__cohort=cohort, user__enrolments__state__in=SEAT_STATES)
        .select_related("enterprise", "user")
        .order_by("user__full_name")
    )
    grid = candidate_grid(
        date_from=date_from, date_to=date_to, length=length, first=first, last=last, step_minutes=step_minutes
    )
    candidates = [
        c
        for c in grid
        if not busy_sessions(
            venue_id=venue.pk, instructor_id=instructor.pk if instructor else None, start=c.start, end=c.end
        ).exists()
    ]
    fits = fits_matrix(learners, candidates)
    conflicts = [
        {j for j, other in enumerate(candidates) if j != i and other.start < c.end and other.end > c.start}
        for i, c in enumerate(candidates)
    ]
    plan = plan_slots(fits, np.full(len(candidates), venue.capacity), k, conflicts)
    chosen = [candidates[i] for i in plan.chosen]
    covered_by, reasons = {}, {}
    for row, profile in enumerate(learners):
        slot = int(plan.assignment[row]) if len(plan.assignment) else -1
        if slot >= 0:
            covered_by[profile.pk] = plan.chosen.index(slot)
        elif not fits[row].any():
            reasons[profile.pk] = _("On shift (or resting) at every candidate time")
        elif not fits[row, plan.chosen].any():
            reasons[profile.pk] = _("On shift (or resting) at every proposed time")
        else:
            reasons[profile.pk] = _("The sessions that fit are full")
    return PlanProposal(candidates=candidates, chosen=chosen, learners=learners, covered_by=covered_by, reasons=reasons)


@transaction.atomic
def plan_accept(
    *,
    actor: User | None,
    cohort: Cohort,
    module: ModulePage,
    venue: Venue,
    instructor: User | None,
    proposal: PlanProposal,
) -> list[Session]:
    return [
        session_create(
            actor=actor,
            cohort=cohort,
            module=module,
            venue=venue,
            instructor=instructor,
            start=slot.start,
            end=slot.end,
        )
        for slot in sorted(proposal.chosen, key=lambda c: c.start)
    ]


def _notify_change(session: Session) -> None:
    from courses.tasks import notify_session_change

    change_no = int(timezone.now().timestamp() * 1000)
    transaction.on_commit(lambda: notify_session_change.enqueue(session.pk, change_no))


def _check_organizer(actor: User | None, session: Session) -> None:
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=session.cohort_id).exists():
        raise PermissionDenied


@transaction.atomic
def session_cancel(*, actor: User | None, session: Session) -> Session:
    """Cancel a session (its scheduler occurrence is kept, marked cancelled); its bookings end and are flagged, and
    the learners are told so they can book another session."""
    _check_organizer(actor, session)
    session = Session.objects.select_for_update().select_related("event").get(pk=session.pk)
    if session.status == SessionStatus.CANCELLED:
        return session
    session.status = SessionStatus.CANCELLED
    session.save(update_fields=["status"])
    scheduling.occurrence_cancel(session.event, original_start=session.occurrence_start or session.event.start)
    bookings_flag_session_change(session=session)
    _notify_change(session)
    return session


@transaction.atomic
def session_move(*, actor: User | None, session: Session, start: datetime, end: datetime) -> Session:
    """Move a session; the venue and instructor must be free then. Its bookings are flagged (as a roster clash
    where the new time does not fit the learner's shifts) and the learners are told."""
    _check_organizer(actor, session)
    if end <= start:
        raise ValidationError(_("A session must end after it starts."))
    session = Session.objects.select_for_update().select_related("event").get(pk=session.pk)
    if session.status == SessionStatus.CANCELLED:
        raise ValidationError(_("This session has been cancelled."))
    Venue.objects.select_for_update().get(pk=session.venue_id)
    _ensure_free(
        venue_id=session.venue_id, instructor_id=session.instructor_id, start=start, end=end, exclude=session.pk
    )
    if session.event.rule_id:
        scheduling.occurrence_move(session.event, original_start=session.occurrence_start, start=start, end=end)
    else:
        scheduling.event_move(session.event, start=start, end=end)
        session.occurrence_start = start
    session.starts_at, session.ends_at = start, end
    session.save(update_fields=["starts_at", "ends_at", "occurrence_start"])
    bookings_flag_session_change(session=session)
    _notify_change(session)
    return session
