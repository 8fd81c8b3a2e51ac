"""Background tasks of the assessments app (Django tasks API): re-running results off the request."""

from django_tasks import task

from assessments.services.certificates import issuance_chunk_run
from assessments.services.results import results_refresh_cohort, results_refresh_for
from courses.models import Cohort
from lms.models import User


@task()
def refresh_learner_results(learner_id: int, course_id: int) -> int:
    """After a quiz is submitted or attendance/lesson completion changes: the learner's results in that course."""
    learner = User.objects.filter(pk=learner_id).first()
    return len(results_refresh_for(learner=learner, course=course_id)) if learner else 0


@task()
def refresh_course_results(course_id: int) -> int:
    """Re-run the results of every learner in every class of the course; returns how many were re-run."""
    return sum(
        results_refresh_cohort(cohort=cohort)
        for cohort in Cohort.objects.filter(course_id=course_id).select_related("course").order_by("pk")
    )


@task()
def refresh_cohort_results(cohort_id: int) -> int:
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    return results_refresh_cohort(cohort=cohort) if cohort else 0


@task()
def issue_certificate_chunk(batch_id: int, learner_ids: list[int]) -> int:
    """Part of a class's certificates; the organizer's page polls the batch for progress."""
    return issuance_chunk_run(batch_id, learner_ids)
