import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.utils import timezone

from courses.models import Enrolment, EnrolmentSettings, EnrolmentState, Nomination, NominationStatus, ProgrammeKind
from courses.selectors import eligibility_warnings, learner_classes, union_nomination_counts
from courses.services import (
    enrolment_create,
    enrolment_transition,
    nomination_approve,
    nomination_create,
    nomination_reject,
)
from lms.models import EducationLevel, PartyStatus, Union
from tests.factories import CohortFactory

pytestmark = pytest.mark.django_db

RECOMMENDATION = "Hoàn thành tốt nhiệm vụ, tích cực trong công đoàn."


def _nominate(world, key="a1", kind=ProgrammeKind.AWARENESS):
    return nomination_create(
        actor=world.nominators[key[0]], learner=world.learners[key], programme_kind=kind, recommendation=RECOMMENDATION
    )


def test_nomination_to_enrolment_keeps_its_history(world):
    nomination = _nominate(world)
    assert nomination.status == NominationStatus.PENDING
    assert nomination.year == timezone.localdate().year
    enrolment = nomination_approve(actor=world.organizers["a"], nomination=nomination, cohort=world.cohorts["a"])
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.APPROVED and nomination.cohort == world.cohorts["a"]
    assert enrolment.state == EnrolmentState.ENROLLED
    assert [(e.from_state, e.to_state) for e in enrolment.events.all()] == [
        ("", EnrolmentState.NOMINATED),
        (EnrolmentState.NOMINATED, EnrolmentState.ENROLLED),
    ]
    assert learner_classes(user=world.learners["a1"].user) == [enrolment]
    enrolment_transition(
        actor=world.organizers["a"], enrolment=enrolment, to_state=EnrolmentState.WITHDRAWN, note="Chuyển công tác"
    )
    enrolment_transition(actor=world.organizers["a"], enrolment=enrolment, to_state=EnrolmentState.ENROLLED)
    assert [e.to_state for e in enrolment.events.all()][-2:] == ["withdrawn", "enrolled"]
    with pytest.raises(ValidationError):
        enrolment_transition(actor=world.organizers["a"], enrolment=enrolment, to_state=EnrolmentState.NOMINATED)


@pytest.mark.parametrize("final", [EnrolmentState.COMPLETED, EnrolmentState.NOT_COMPLETED])
def test_final_states_are_not_set_by_hand(world, final):
    """They follow from the results when the class closes (assessments.services.closing)."""
    learner, cohort = world.learners["a1"].user, world.cohorts["a"]
    enrolment = enrolment_create(actor=world.organizers["a"], learner=learner, cohort=cohort)
    with pytest.raises(ValidationError) as error:
        enrolment_transition(actor=world.organizers["a"], enrolment=enrolment, to_state=final)
    assert error.value.code == "final"
    enrolment.refresh_from_db()
    assert enrolment.state == EnrolmentState.ENROLLED and enrolment.events.count() == 1


def test_rejection_needs_a_reason_and_is_final(world):
    nomination = _nominate(world)
    with pytest.raises(ValidationError):
        nomination_reject(actor=world.organizers["a"], nomination=nomination, reason="  ")
    nomination_reject(actor=world.organizers["a"], nomination=nomination, reason="Chưa đủ thời gian công tác.")
    nomination.refresh_from_db()
    assert nomination.status == NominationStatus.REJECTED
    with pytest.raises(ValidationError):
        nomination_approve(actor=world.organizers["a"], nomination=nomination, cohort=world.cohorts["a"])


def test_one_pending_nomination_per_programme(world):
    _nominate(world)
    with pytest.raises(ValidationError):
        _nominate(world)
    with pytest.raises(IntegrityError):  # the database holds the rule too
        Nomination.objects.create(
            learner=world.learners["a1"],
            programme_kind=ProgrammeKind.AWARENESS,
            union=world.unions["a"],
            recommendation="x",
            year=2026,
        )


def test_union_nominates_only_its_own_workers(world):
    with pytest.raises(PermissionDenied):
        nomination_create(
            actor=world.nominators["a"],
            learner=world.learners["b1"],
            programme_kind=ProgrammeKind.AWARENESS,
            recommendation=RECOMMENDATION,
        )
    with pytest.raises(PermissionDenied):
        nomination_create(
            actor=world.organizers["a"],
            learner=world.learners["a1"],
            programme_kind=ProgrammeKind.AWARENESS,
            recommendation=RECOMMENDATION,
        )


def test_organizer_acts_only_in_their_zone_and_classes(world):
    nomination_b = _nominate(world, "b1")
    with pytest.raises(PermissionDenied):
        nomination_approve(actor=world.organizers["a"], nomination=nomination_b, cohort=world.cohorts["a"])
    with pytest.raises(PermissionDenied):
        nomination_reject(actor=world.organizers["a"], nomination=nomination_b, reason="Không")
    nomination_a = _nominate(world)
    with pytest.raises(PermissionDenied):  # a class of another unit
        nomination_approve(actor=world.organizers["a"], nomination=nomination_a, cohort=world.cohorts["b"])
    with pytest.raises(PermissionDenied):
        enrolment_create(actor=world.organizers["a"], learner=world.learners["b1"].user, cohort=world.cohorts["b"])
    with pytest.raises(PermissionDenied):  # their own class, but a worker of another unit's zone
        enrolment_create(actor=world.organizers["a"], learner=world.learners["b1"].user, cohort=world.cohorts["a"])
    with pytest.raises(PermissionDenied):  # an account with no worker's profile at all
        enrolment_create(actor=world.organizers["a"], learner=world.instructors["b"], cohort=world.cohorts["a"])
    assert not Enrolment.objects.filter(cohort=world.cohorts["a"]).exists()


def test_class_of_another_programme_is_refused(world):
    nomination = _nominate(world, kind=ProgrammeKind.NEW_MEMBER)
    with pytest.raises(ValidationError):
        nomination_approve(actor=world.organizers["a"], nomination=nomination, cohort=world.cohorts["a"])


def test_capacity_is_enforced(world):
    cohort = world.cohorts["a"]
    cohort.capacity = 1
    cohort.save()
    enrolment_create(actor=world.organizers["a"], learner=world.learners["a1"].user, cohort=cohort)
    assert enrolment_create(actor=world.organizers["a"], learner=world.learners["a1"].user, cohort=cohort)  # same
    with pytest.raises(ValidationError, match="full|đủ sĩ số"):
        enrolment_create(actor=world.organizers["a"], learner=world.learners["a2"].user, cohort=cohort)


def test_eligibility_warnings(world):
    rules = EnrolmentSettings()
    learner = world.learners["a1"]
    assert eligibility_warnings(learner=learner, programme_kind=ProgrammeKind.AWARENESS, rules=rules) == []
    today = timezone.localdate()
    learner.date_of_birth = today.replace(year=today.year - 17, day=min(today.day, 28))  # 17 (29/02 included)
    learner.education_level = EducationLevel.PRIMARY
    learner.awareness_certificate_date = datetime.date(2019, 1, 1)
    warnings = eligibility_warnings(learner=learner, programme_kind=ProgrammeKind.AWARENESS, rules=rules)
    assert len(warnings) == 3, warnings
    rules.awareness_min_age = 16  # configurable
    assert len(eligibility_warnings(learner=learner, programme_kind=ProgrammeKind.AWARENESS, rules=rules)) == 2


def test_probation_ending_before_the_class_is_flagged(world):
    learner = world.learners["a1"]
    learner.party_status = PartyStatus.PROBATIONARY
    learner.admission_date = datetime.date(2026, 1, 10)
    cohort = CohortFactory(
        course=world.new_member_course,
        organizing_unit=world.units["a"],
        zone=world.zones["a"],
        opens_on=datetime.date(2026, 12, 1),
        closes_on=datetime.date(2027, 3, 1),
    )
    warnings = eligibility_warnings(
        learner=learner, programme_kind=ProgrammeKind.NEW_MEMBER, rules=EnrolmentSettings(), cohort=cohort
    )
    assert any("10/01/2027" in warning for warning in warnings), warnings


def test_union_counts_against_the_yearly_target(world):
    _nominate(world)
    _nominate(world, "a2")
    counts = {
        c.union.pk: c
        for c in union_nomination_counts(unions=Union.objects.all(), year=timezone.localdate().year, target=2)
    }
    assert counts[world.unions["a"].pk].count == 2 and counts[world.unions["a"].pk].met
    assert counts[world.unions["b"].pk].count == 0 and not counts[world.unions["b"].pk].met


def test_organizer_opens_a_class_only_for_their_unit_and_zone(world):
    from django.test import Client
    from django.urls import reverse

    from courses.models import Cohort

    client = Client()
    client.force_login(world.organizers["a"])
    form = {
        "code": "ntđ-2027-01",
        "course": world.curriculum.course.pk,
        "organizing_unit": world.units["a"].pk,
        "zone": world.zones["a"].pk,
        "opens_on": "05/01/2027",
        "closes_on": "28/02/2027",
        "capacity": "35",
        "status": "planned",
    }
    response = client.post(reverse("courses:cohort_create"), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    cohort = Cohort.objects.get(code="NTĐ-2027-01")
    assert cohort.opens_on.isoformat() == "2027-01-05"
    # Another unit's zone or unit is refused with a message, and nothing is saved.
    response = client.post(reverse("courses:cohort_create"), form | {"code": "X-1", "zone": world.zones["b"].pk})
    assert response.status_code == 200 and not Cohort.objects.filter(code="X-1").exists()
    response = client.post(reverse("courses:cohort_create"), form | {"code": "X-2", "closes_on": "01/01/2027"})
    assert response.status_code == 200 and "errors" in response.content.decode()
    other = Client()
    other.force_login(world.organizers["b"])
    assert other.get(reverse("courses:cohort_edit", args=[cohort.pk])).status_code == 404
