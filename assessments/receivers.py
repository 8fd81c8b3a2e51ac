"""Results re-run when courses reports a change to what they are made of (attendance, lesson completion)."""

from assessments.tasks import refresh_learner_results


def refresh_results(sender, *, learner, course_id: int, **kwargs) -> None:
    refresh_learner_results.enqueue(learner.pk, course_id)
