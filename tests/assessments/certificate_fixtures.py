"""A class whose learners have complete, passed results (computed by the result service), ready for
certificates."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from assessments.models import CompletionPolicy, Reflection, ReflectionAssignment, Result, RubricCriterion
from assessments.services.results import result_refresh
from courses.models import Enrolment

ISSUED_ON = date(2027, 1, 20)


def passed(learner, cohort, score: str = "8.40") -> Result:
    """A graded reflection is all the (test) policy asks for, so the result is complete; pass or fail by score."""
    Enrolment.objects.get_or_create(learner=learner, cohort=cohort, defaults={"state": "enrolled"})
    course = cohort.course
    CompletionPolicy.objects.update_or_create(
        course=course, defaults={"require_attendance": False, "require_online": False, "mode": "reflection"}
    )
    assignment, created = ReflectionAssignment.objects.get_or_create(course=course, defaults={"prompt": "Thu hoạch"})
    if created:
        RubricCriterion.objects.create(assignment=assignment, title="Nội dung", max_points=10)
    Reflection.objects.update_or_create(
        assignment=assignment,
        learner=learner,
        defaults={"cohort": cohort, "state": "graded", "score": Decimal(score), "graded_at": timezone.now()},
    )
    return result_refresh(learner=learner, cohort=cohort)


@pytest.fixture
def graduates(world):
    """Class A's unit issues certificates (60 months for the awareness course); a1 and a2 passed."""
    unit = world.units["a"]
    unit.issues_certificates = True
    unit.parent_body = "HUYỆN ỦY CHƠN THÀNH"
    unit.signer_name = "Phạm Văn Đức"
    unit.signer_title = "Giám đốc"
    unit.place = "Chơn Thành"
    unit.save()
    course = world.curriculum.course
    course.certificate_validity_months = 60
    course.save_revision().publish()
    cohort = world.cohorts["a"]
    results = [passed(world.learners[key].user, cohort) for key in ("a1", "a2")]
    assert all(r.complete and r.passed and r.band == "good" for r in results), [r.missing for r in results]
    return [r.learner for r in results]


def certificate_matrix_objects(world) -> dict:
    """Ids for the permission matrix: learner a1's certificate in class A and a finished batch of that class."""
    from assessments.models import IssuanceBatch
    from assessments.services.certificates import certificate_issue

    world.units["a"].issues_certificates = True
    world.units["a"].save()
    # The other matrix objects leave a1 with a quiz in progress; a result row stating the pass is enough here.
    Result.objects.update_or_create(
        cohort=world.cohorts["a"],
        learner=world.learners["a1"].user,
        defaults={"complete": True, "passed": True, "score": Decimal("8.40"), "band": "good"},
    )
    certificate = certificate_issue(actor=None, learner=world.learners["a1"].user, cohort=world.cohorts["a"])
    IssuanceBatch.objects.create(cohort=world.cohorts["a"], state="done", total=1, issued=1)
    return {"certificate_id": certificate.pk}
