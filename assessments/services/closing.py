"""Closing a class: its learners' results are computed one last time and their enrolments become "completed" or
"not completed". From then on their results no longer follow later changes (a new completion policy for the
course, say), which is what makes them final. Reopening undoes it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import Result
from assessments.selectors.closing import closing_blockers
from assessments.services.results import results_refresh_cohort
from courses.models import Cohort
from courses.services import cohort_finalise, cohort_lock
from lms.models import User


@transaction.atomic
def cohort_close(*, actor: User | None, cohort: Cohort) -> dict[str, int]:
    """Close the class if nothing is pending; returns how many learners completed and how many did not."""
    locked = cohort_lock(actor=actor, cohort=cohort)
    if locked.is_final:
        raise ValidationError(_("Class %(code)s is already closed.") % {"code": locked.code}, code="closed")
    blockers = closing_blockers(cohort=locked)
    if blockers:
        raise ValidationError(blockers, code="pending")
    results_refresh_cohort(cohort=locked)
    passed = Result.objects.filter(cohort=locked, complete=True, passed=True).values_list("learner_id", flat=True)
    return cohort_finalise(actor=actor, cohort=cohort, passed_learner_ids=list(passed))
