"""An organizer taps "close" twice, or two organizers close the class at once: it closes once (PostgreSQL)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from assessments.services.closing import cohort_close
from courses.models import EnrolmentEvent
from tests.assessments.certificate_fixtures import passed

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"),
]


def test_two_simultaneous_closes_close_the_class_once(world):
    cohort = world.cohorts["a"]
    passed(world.learners["a1"].user, cohort)
    passed(world.learners["a2"].user, cohort, score="3.00")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def close():
        try:
            barrier.wait()
            cohort_close(actor=world.organizers["a"], cohort=cohort)
            outcomes.append("done")
        except ValidationError as error:
            outcomes.append(error.code)  # "closed": it already was
        finally:
            connections.close_all()

    threads = [threading.Thread(target=close) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["closed", "done"]
    assert EnrolmentEvent.objects.filter(enrolment__cohort=cohort).count() == 2  # one per learner, not two
