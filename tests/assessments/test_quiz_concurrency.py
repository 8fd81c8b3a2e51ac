"""A double tap or a retry sends the same submission twice at the same moment: one attempt, graded once
(PostgreSQL, real threads). Two taps on "start" at once open one attempt."""

import threading

import pytest
from django.db import connection, connections

from assessments.models import Attempt, AttemptState
from assessments.services.quizzes import attempt_start, attempt_submit
from tests.assessments.quiz_fixtures import quiz, right_answers  # noqa: F401  (fixture)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks (PostgreSQL)"),
]


def _together(n: int, action) -> list:
    barrier = threading.Barrier(n)
    outcomes: list = []

    def run():
        try:
            barrier.wait()
            outcomes.append(action())
        except Exception as error:  # noqa: BLE001 - recorded for the assertion
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_simultaneous_starts_open_one_attempt(world, quiz):
    learner = world.learners["a1"].user
    outcomes = _together(4, lambda: attempt_start(learner=learner, quiz=quiz).pk)
    assert len(set(outcomes)) == 1 and all(isinstance(o, int) for o in outcomes)
    assert Attempt.objects.filter(learner=learner).count() == 1


def test_simultaneous_submissions_record_one_attempt(world, quiz):
    learner = world.learners["a1"].user
    attempt = attempt_start(learner=learner, quiz=quiz)
    answers = right_answers(attempt)
    outcomes = _together(4, lambda: attempt_submit(learner=learner, attempt=attempt, answers=answers).pk)
    assert outcomes == [attempt.pk] * 4
    (stored,) = Attempt.objects.filter(learner=learner)
    assert stored.state == AttemptState.SUBMITTED and stored.score == 10
    assert stored.number == 1
