"""Series of sessions on one recurring scheduler event; moving/cancelling and roster changes flag bookings."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from schedule.models import Occurrence

from courses import scheduling
from courses.models import Booking, BookingFlag, BookingState, Notification, NotificationKind, Session, ShiftGroup
from courses.services import booking_create, session_cancel, session_create, session_move
from courses.services.bookings import booking_acknowledge
from courses.services.sessions import session_series_create
from courses.services.shifts import roster_change_add, roster_change_delete, shift_membership_set
from tests.courses.test_bookings import evening  # noqa: F401  (fixture)
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _series(world, module, venue, weeks=4, start=None):
    start = start or local(1, 18, 30)
    return session_series_create(
        actor=world.organizers["a"],
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        start=start,
        end=start + dt.timedelta(hours=3),
        weeks=weeks,
    )


def test_a_weekly_series_is_one_recurring_event_with_a_session_per_occurrence(world, setup):
    module, venue = setup
    sessions = _series(world, module, venue, weeks=4)
    assert [s.starts_at for s in sessions] == [local(1 + 7 * n, 18, 30) for n in range(4)]
    assert len({s.event_id for s in sessions}) == 1 and sessions[0].event.rule.frequency == "WEEKLY"
    assert len(scheduling.series_occurrences(sessions[0].event)) == 4


def test_a_series_is_all_or_nothing_when_one_week_clashes(world, setup):
    module, venue = setup
    session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=local(15, 19),
        end=local(15, 20),
    )
    with pytest.raises(ValidationError, match="already booked|đã có lịch"):
        _series(world, module, venue, weeks=4)
    assert Session.objects.count() == 1
    with pytest.raises(ValidationError):
        _series(world, module, venue, weeks=40)


def test_moving_one_week_of_a_series_keeps_the_others(world, setup):
    module, venue = setup
    first, second, *_rest = _series(world, module, venue, weeks=3)
    session_move(actor=world.organizers["a"], session=second, start=local(9, 18), end=local(9, 21))
    occurrence = Occurrence.objects.get(event=second.event)
    assert occurrence.start == local(9, 18) and occurrence.original_start == local(8, 18, 30)
    starts = sorted(o.start for o in scheduling.series_occurrences(second.event))
    assert starts == [local(1, 18, 30), local(9, 18), local(15, 18, 30)]
    session_cancel(actor=world.organizers["a"], session=first)
    assert len(scheduling.series_occurrences(first.event)) == 2  # the cancelled week leaves the calendar
    with pytest.raises(PermissionDenied):
        session_move(actor=world.organizers["b"], session=second, start=local(10, 18), end=local(10, 21))


def test_cancelling_ends_and_flags_the_bookings_and_tells_the_learners(
    world, evening, django_capture_on_commit_callbacks
):  # noqa: F811
    learner = world.learners["a1"].user
    booking = booking_create(actor=learner, learner=learner, session=evening)
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(actor=world.organizers["a"], session=evening)
    booking.refresh_from_db()
    assert (booking.state, booking.flag) == (BookingState.CANCELLED, BookingFlag.SESSION_CANCELLED)
    (notice,) = Notification.objects.filter(user=learner, kind=NotificationKind.SESSION_CANCELLED)
    assert "hủy" in notice.message


def test_moving_flags_bookings_and_marks_a_roster_clash(world, evening, django_capture_on_commit_callbacks):  # noqa: F811
    learner = world.learners["a1"].user  # day shift 08–17 Monday–Saturday
    booking = booking_create(actor=learner, learner=learner, session=evening)
    with django_capture_on_commit_callbacks(execute=True):
        session_move(actor=world.organizers["a"], session=evening, start=local(2, 19), end=local(2, 21))
    booking.refresh_from_db()
    assert (booking.state, booking.flag) == (BookingState.BOOKED, BookingFlag.SESSION_MOVED)
    booking_acknowledge(actor=learner, booking=booking)
    booking.refresh_from_db()
    assert booking.flag == BookingFlag.NONE
    with pytest.raises(PermissionDenied):
        booking_acknowledge(actor=world.learners["a2"].user, booking=booking)
    session_move(actor=world.organizers["a"], session=evening, start=local(2, 14), end=local(2, 16))
    booking.refresh_from_db()
    assert booking.flag == BookingFlag.ROSTER_CLASH


def test_overtime_flags_a_booking_it_clashes_with_and_removing_it_clears_the_flag(
    world,
    evening,
    django_capture_on_commit_callbacks,  # noqa: F811
):
    profile = world.learners["a1"]
    booking = booking_create(actor=profile.user, learner=profile.user, session=evening)
    with django_capture_on_commit_callbacks(execute=True):
        change, flagged = roster_change_add(
            actor=profile.user, profile=profile, kind="overtime", start=local(1, 17), end=local(1, 20)
        )
    assert [b.pk for b in flagged] == [booking.pk]
    assert Notification.objects.filter(user=profile.user, kind=NotificationKind.ROSTER_CLASH).count() == 1
    roster_change_delete(actor=profile.user, change=change)
    assert Booking.objects.get(pk=booking.pk).flag == BookingFlag.NONE


def test_roster_changes_are_validated_and_scoped(world, setup):
    profile = world.learners["a1"]
    for kind, start, end in (
        ("holiday", local(1, 8), local(1, 9)),
        ("overtime", local(1, 9), local(1, 8)),
        ("overtime", local(1, 8), local(2, 8)),
    ):
        with pytest.raises(ValidationError):
            roster_change_add(actor=profile.user, profile=profile, kind=kind, start=start, end=end)
    past = local(-60, 8)
    with pytest.raises(ValidationError):
        roster_change_add(
            actor=profile.user, profile=profile, kind="leave", start=past, end=past + dt.timedelta(days=1)
        )
    for stranger in (world.learners["a2"].user, world.organizers["b"]):
        with pytest.raises(PermissionDenied):
            roster_change_add(actor=stranger, profile=profile, kind="leave", start=local(3, 0), end=local(4, 0))
    roster_change_add(actor=world.organizers["a"], profile=profile, kind="leave", start=local(3, 0), end=local(4, 0))


def test_moving_a_learner_to_another_shift_group_rechecks_bookings(world, evening):  # noqa: F811
    profile = world.learners["a1"]
    booking = booking_create(actor=profile.user, learner=profile.user, session=evening)
    nights = ShiftGroup.objects.get(name="Ca 3")
    assert [b.pk for b in shift_membership_set(actor=world.organizers["a"], profile=profile, group=nights)] == [
        booking.pk
    ]
    other = ShiftGroup.objects.create(
        enterprise=world.enterprises["b"], name="Tổ B", pattern=nights.pattern, anchor_date=nights.anchor_date
    )
    with pytest.raises(ValidationError):
        shift_membership_set(actor=None, profile=profile, group=other)
    with pytest.raises(PermissionDenied):
        shift_membership_set(actor=world.organizers["b"], profile=profile, group=None)
