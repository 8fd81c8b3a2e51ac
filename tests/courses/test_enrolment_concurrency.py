"""Two organizers fill the last place of a class at the same moment: exactly one succeeds (PostgreSQL)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from courses.models import Enrolment
from courses.services import enrolment_create

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"),
]


def test_last_place_goes_to_exactly_one(world):
    cohort = world.cohorts["a"]
    cohort.capacity = 1
    cohort.save()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def enrol(profile):
        try:
            barrier.wait()
            enrolment_create(actor=world.organizers["a"], learner=profile.user, cohort=cohort)
            outcomes.append("enrolled")
        except ValidationError:
            outcomes.append("full")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=enrol, args=(world.learners[key],)) for key in ("a1", "a2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["enrolled", "full"]
    assert Enrolment.objects.filter(cohort=cohort).count() == 1
