"""Two learners book the last seat at the same moment: exactly one gets it, the other waits (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from courses.models import Booking, BookingState, Enrolment
from courses.services import booking_create, session_create, venue_create
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)
from tests.factories import LearnerProfileFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"),
]


def test_last_seat_goes_to_exactly_one(world, setup):  # noqa: F811
    module, _venue = setup
    hall = venue_create(name="Phòng nhỏ", zone=world.zones["a"], capacity=1)
    session = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=hall,
        instructor=None,
        start=local(6, 9),
        end=local(6, 12),
    )  # Sunday morning: fits both crews
    learners = [LearnerProfileFactory(enterprise=world.enterprises["a"]).user for _ in range(2)]
    for learner in learners:
        Enrolment.objects.create(learner=learner, cohort=world.cohorts["a"], state="enrolled")
    barrier = threading.Barrier(2)

    def book(learner):
        try:
            barrier.wait()
            booking_create(actor=learner, learner=learner, session=session)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(learner,)) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    states = sorted(Booking.objects.filter(session=session).values_list("state", flat=True))
    assert states == [BookingState.BOOKED, BookingState.WAITLISTED]
