"""Several workers issue certificates of one issuing body at the same moment: the numbers are 1..n, no gaps, no
duplicates (PostgreSQL, real threads)."""

import pytest
from django.db import connection

from assessments.models import Certificate
from assessments.services.certificates import certificate_issue
from tests.assessments.certificate_fixtures import ISSUED_ON, graduates, passed  # noqa: F401  (fixture)
from tests.assessments.test_quiz_concurrency import _together
from tests.factories import LearnerProfileFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"),
]


def test_concurrent_issuance_numbers_without_gaps_or_duplicates(world, graduates):
    cohort = world.cohorts["a"]
    learners = graduates + [LearnerProfileFactory(enterprise=world.enterprises["a"]).user for _ in range(6)]
    for learner in learners[2:]:
        passed(learner, cohort)
    queue = list(learners)

    def issue_next():
        return certificate_issue(actor=None, learner=queue.pop(), cohort=cohort, today=ISSUED_ON).number

    numbers = _together(len(learners), issue_next)
    assert all(isinstance(n, int) for n in numbers), numbers
    assert sorted(numbers) == list(range(1, len(learners) + 1))
    assert sorted(Certificate.objects.values_list("number", flat=True)) == list(range(1, len(learners) + 1))
