"""The completion policy's maths (result_compute), editing the policy (policy_update), and property tests of the
pure scoring functions."""

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.text import capfirst
from hypothesis import given
from hypothesis import strategies as st

from assessments.models import (
    AssessmentMode,
    Attempt,
    CompletionPolicy,
    PolicyChange,
    Question,
    QuestionBank,
    Quiz,
    Reflection,
    ReflectionAssignment,
    Result,
)
from assessments.scoring import Cutoffs, attempt_score, band_for, counted_score, round_score, weighted_score
from assessments.selectors.policies import policy_history, policy_impact
from assessments.selectors.results import missing_items_text
from assessments.services import policies
from assessments.services.policies import POLICY_FIELDS, policy_update, results_recompute
from assessments.services.results import result_compute, result_refresh, results_refresh_cohort
from assessments.tasks import notify_policy_change
from courses.models import (
    Attendance,
    Cohort,
    CohortStatus,
    DeliveryMode,
    Enrolment,
    ModuleProgress,
    Notification,
    NotificationKind,
    Session,
)
from courses.services import session_create, venue_create
from lms.models import StaffAssignment
from lms.roles import Role
from tests.factories import OrganizingUnitFactory, UserFactory

MONDAY = dt.date(2026, 12, 7)
D = Decimal


def at(day: int, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour)))


# ---------------------------------------------------------------- building data


@dataclass
class Setup:
    world: object
    course: object
    in_person: object  # lesson 1: in person
    blended: object  # lesson 2: blended (in person and online)
    online: object  # lesson 3: online
    venue: object
    sessions: dict  # (class key, lesson number) -> Session


def set_mode(module, mode: str):
    module.delivery_mode = mode
    module.save_revision().publish()
    module.refresh_from_db()
    return module


def make_policy(course, **values) -> CompletionPolicy:
    """Write the policy directly (policy_update is tested on its own below)."""
    defaults = {
        "require_attendance": False,
        "require_online": False,
        "mode": "reflection",
        "weight_quizzes": 30,
        "weight_reflection": 70,
        "weight_final_test": 0,
    }
    policy, _created = CompletionPolicy.objects.update_or_create(course=course, defaults=defaults | values)
    return policy


def lesson_quiz(module, *, scoring: str = "best", active: bool = True) -> Quiz:
    bank, _created = QuestionBank.objects.get_or_create(module=module)
    Question.objects.create(bank=bank, kind="short", text="Ai?", accepted_answers=["Bác Hồ"], is_active=active)
    return Quiz.objects.create(course=module.get_parent().specific, module=module, scoring=scoring)


def final_quiz(course, *, scoring: str = "best") -> Quiz:
    return Quiz.objects.create(course=course, module=None, scoring=scoring)


def attempts(quiz: Quiz, learner, *scores: str, state: str = "submitted") -> None:
    start = Attempt.objects.filter(quiz=quiz, learner=learner).count()
    for offset, score in enumerate(scores, start=1):
        Attempt.objects.create(
            quiz=quiz,
            learner=learner,
            number=start + offset,
            state=state,
            submitted_at=at(0, 8) + dt.timedelta(minutes=start + offset) if state == "submitted" else None,
            score=D(score),
        )


def reflection(course, learner, cohort, *, state: str = "graded", score: str | None = "8") -> Reflection:
    assignment, _created = ReflectionAssignment.objects.get_or_create(
        course=course, defaults={"prompt": "Liên hệ bản thân."}
    )
    return Reflection.objects.create(
        assignment=assignment,
        learner=learner,
        cohort=cohort,
        text="Bài thu hoạch.",
        state=state,
        submitted_at=at(0, 9) if state != "draft" else None,
        score=D(score) if score is not None and state == "graded" else None,
    )


def attend(session: Session, learner, status: str = "present") -> Attendance:
    return Attendance.objects.create(session=session, learner=learner, status=status)


def complete_online(module, learner, *, done: bool = True) -> ModuleProgress:
    now = timezone.now()
    return ModuleProgress.objects.create(
        user=learner,
        module=module,
        course=module.get_parent().specific,
        first_opened_at=now,
        last_seen_at=now,
        completed_at=now if done else None,
    )


def enrol(learner, cohort, state: str = "enrolled") -> Enrolment:
    return Enrolment.objects.create(learner=learner, cohort=cohort, state=state)


@pytest.fixture
def setup(world) -> Setup:
    course = world.curriculum.course
    first, second, third = world.curriculum.modules
    in_person = set_mode(first, DeliveryMode.IN_PERSON)
    blended = set_mode(second, DeliveryMode.BLENDED)
    online = set_mode(third, DeliveryMode.ONLINE)
    venue = venue_create(name="Hội trường Ban quản lý KCN", zone=world.zones["a"], capacity=40)
    sessions = {}
    for day, (key, module) in enumerate([("a", in_person), ("a", blended), ("b", in_person), ("b", blended)]):
        sessions[key, module.lesson_number] = session_create(
            actor=None,
            cohort=world.cohorts[key],
            module=module,
            venue=venue,
            instructor=world.instructors[key],
            start=at(day, 18),
            end=at(day, 21),
        )
    for key in ("a1", "a2"):
        enrol(world.learners[key].user, world.cohorts["a"])
    enrol(world.learners["b1"].user, world.cohorts["b"])
    return Setup(world, course, in_person, blended, online, venue, sessions)


def compute(setup: Setup, key: str = "a1", cohort: str = "a") -> dict:
    return result_compute(learner=setup.world.learners[key].user, cohort=setup.world.cohorts[cohort])


pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------- attendance and online study


def test_attendance_present_or_late_counts_and_a_make_up_in_another_class_counts(setup):
    make_policy(setup.course, require_attendance=True)
    learner = setup.world.learners["a1"].user
    reflection(setup.course, learner, setup.world.cohorts["a"])
    assert [m for m in compute(setup)["missing"] if m["code"] == "attend"] == [
        {"code": "attend", "lesson": "Bài 1"},
        {"code": "attend", "lesson": "Bài 2"},
    ]
    attend(setup.sessions["a", 1], learner, "absent")
    attend(setup.sessions["b", 1], learner, "present")  # make-up in class B of the same course
    attend(setup.sessions["a", 2], learner, "late")
    result = compute(setup)
    assert result["missing"] == []
    assert result["complete"] and result["passed"]
    assert result["inputs"]["attended"] == sorted([setup.in_person.pk, setup.blended.pk])


@pytest.mark.parametrize("status", ["left_early", "absent"])
def test_leaving_early_or_absence_is_not_attendance(setup, status):
    make_policy(setup.course, require_attendance=True)
    learner = setup.world.learners["a1"].user
    reflection(setup.course, learner, setup.world.cohorts["a"])
    attend(setup.sessions["a", 1], learner)
    attend(setup.sessions["a", 2], learner, status)
    result = compute(setup)
    assert result["missing"] == [{"code": "attend", "lesson": "Bài 2"}]
    assert not result["complete"] and not result["passed"] and result["band"] == ""


def test_attendance_is_ignored_when_the_policy_does_not_require_it(setup):
    make_policy(setup.course, require_attendance=False)
    reflection(setup.course, setup.world.learners["a1"].user, setup.world.cohorts["a"])
    assert compute(setup)["complete"]


def test_online_and_blended_lessons_must_be_completed(setup):
    make_policy(setup.course, require_online=True)
    learner = setup.world.learners["a1"].user
    reflection(setup.course, learner, setup.world.cohorts["a"])
    complete_online(setup.blended, learner)
    complete_online(setup.online, learner, done=False)  # opened, not finished
    result = compute(setup)
    assert result["missing"] == [{"code": "online", "lesson": "Bài 3"}]
    assert result["inputs"]["completed_online"] == [setup.blended.pk]
    ModuleProgress.objects.filter(user=learner, module=setup.online).update(completed_at=timezone.now())
    assert compute(setup)["complete"]


# ---------------------------------------------------------------- quizzes, reflection, final test


def test_quiz_average_uses_the_best_or_the_last_attempt(setup):
    make_policy(setup.course)  # 30 % quizzes, 70 % reflection
    learner = setup.world.learners["a1"].user
    best = lesson_quiz(setup.in_person, scoring="best")
    last = lesson_quiz(setup.online, scoring="last")
    attempts(best, learner, "4", "8")
    attempts(last, learner, "9", "6")
    attempts(last, learner, "10", state="in_progress")  # not submitted: does not count
    reflection(setup.course, learner, setup.world.cohorts["a"], score="8")
    result = compute(setup)
    assert result["inputs"]["quizzes"] == {str(best.pk): "8.00", str(last.pk): "6.00"}
    assert result["inputs"]["quiz_average"] == "7.00"
    assert result["score"] == D("7.70")  # 0.3 × 7 + 0.7 × 8
    assert result["band"] == "fair" and result["passed"]


def test_a_quiz_not_taken_is_missing_and_the_average_waits_for_it(setup):
    make_policy(setup.course)
    learner = setup.world.learners["a1"].user
    taken = lesson_quiz(setup.in_person)
    lesson_quiz(setup.online)
    attempts(taken, learner, "9")
    reflection(setup.course, learner, setup.world.cohorts["a"])
    result = compute(setup)
    assert result["missing"] == [{"code": "quiz", "lesson": "Bài 3"}]
    assert result["inputs"]["quiz_average"] is None
    assert result["score"] is None and result["band"] == "" and not result["passed"]


def test_a_quiz_without_questions_in_use_does_not_count(setup):
    make_policy(setup.course)
    learner = setup.world.learners["a1"].user
    lesson_quiz(setup.in_person, active=False)
    reflection(setup.course, learner, setup.world.cohorts["a"], score="6")
    result = compute(setup)
    assert result["complete"] and result["score"] == D("6.00")  # the reflection carries the whole weight


@pytest.mark.parametrize(
    ("state", "code"),
    [("draft", "reflection_submit"), ("returned", "reflection_submit"), ("submitted", "reflection_grade")],
)
def test_reflection_states(setup, state, code):
    make_policy(setup.course)
    reflection(setup.course, setup.world.learners["a1"].user, setup.world.cohorts["a"], state=state)
    result = compute(setup)
    assert result["missing"] == [{"code": code}]
    assert result["score"] is None and not result["passed"]


def test_no_reflection_at_all_is_missing(setup):
    make_policy(setup.course)
    assert compute(setup)["missing"] == [{"code": "reflection_submit"}]


def test_final_test_mode_needs_no_reflection(setup):
    make_policy(setup.course, mode="final_test", weight_quizzes=40, weight_reflection=0, weight_final_test=60)
    learner = setup.world.learners["a1"].user
    quiz = lesson_quiz(setup.in_person)
    final = final_quiz(setup.course, scoring="last")
    attempts(quiz, learner, "7")
    assert compute(setup)["missing"] == [{"code": "final_test"}]
    attempts(final, learner, "9.5", "8.5")
    result = compute(setup)
    assert result["missing"] == []
    assert result["inputs"]["final_test"] == "8.50"
    assert result["score"] == D("7.90")  # 0.4 × 7 + 0.6 × 8.5
    assert result["band"] == "fair"


def test_final_test_mode_without_a_final_test_is_never_complete(setup):
    make_policy(setup.course, mode="final_test", weight_quizzes=0, weight_reflection=0, weight_final_test=100)
    assert compute(setup)["missing"] == [{"code": "final_test"}]


def test_both_mode_needs_the_reflection_and_the_final_test(setup):
    make_policy(setup.course, mode="both", weight_quizzes=20, weight_reflection=40, weight_final_test=40)
    learner = setup.world.learners["a1"].user
    quiz = lesson_quiz(setup.in_person)
    final = final_quiz(setup.course)
    attempts(quiz, learner, "10")
    attempts(final, learner, "9")
    reflection(setup.course, learner, setup.world.cohorts["a"], state="submitted")
    assert compute(setup)["missing"] == [{"code": "reflection_grade"}]
    Reflection.objects.filter(learner=learner).update(state="graded", score=D("8.5"))
    result = compute(setup)
    assert result["score"] == D("9.00")  # 0.2 × 10 + 0.4 × 8.5 + 0.4 × 9
    assert result["band"] == "excellent"


def test_weights_are_rescaled_when_the_course_has_no_quizzes(setup):
    make_policy(setup.course, mode="both", weight_quizzes=20, weight_reflection=30, weight_final_test=50)
    learner = setup.world.learners["a1"].user
    attempts(final_quiz(setup.course), learner, "6")
    reflection(setup.course, learner, setup.world.cohorts["a"], score="9")
    # 30 : 50 becomes exactly 37.5 % : 62.5 % → 0.375 × 9 + 0.625 × 6 = 7.125, rounded half up
    assert compute(setup)["score"] == D("7.13")
    make_policy(setup.course, mode="reflection", weight_quizzes=30, weight_reflection=70, weight_final_test=0)
    assert compute(setup)["score"] == D("9.00")


def test_a_part_below_its_threshold_fails_whatever_the_score(setup):
    make_policy(setup.course, quiz_threshold=D("5"))
    learner = setup.world.learners["a1"].user
    attempts(lesson_quiz(setup.in_person), learner, "4")
    reflection(setup.course, learner, setup.world.cohorts["a"], score="10")
    result = compute(setup)
    assert result["complete"] and result["score"] == D("8.20")  # good on the score alone
    assert result["band"] == "fail" and not result["passed"]


def test_a_final_test_below_the_pass_cut_off_fails(setup):
    make_policy(setup.course, mode="final_test", weight_quizzes=0, weight_reflection=0, weight_final_test=100)
    learner = setup.world.learners["a1"].user
    attempts(final_quiz(setup.course), learner, "4.99")
    result = compute(setup)
    assert result["score"] == D("4.99") and result["band"] == "fail"


@pytest.mark.parametrize(
    ("score", "band"),
    [
        ("10", "excellent"),
        ("9", "excellent"),
        ("8.99", "good"),
        ("8", "good"),
        ("7.99", "fair"),
        ("6.5", "fair"),
        ("6.49", "pass"),
        ("5", "pass"),
        ("4.99", "fail"),
        ("0", "fail"),
    ],
)
def test_band_boundaries_are_inclusive_cut_offs(setup, score, band):
    make_policy(setup.course, reflection_threshold=D("0"))
    reflection(setup.course, setup.world.learners["a1"].user, setup.world.cohorts["a"], score=score)
    result = compute(setup)
    assert result["score"] == D(score) and result["band"] == band
    assert result["passed"] is (band != "fail")


def test_custom_cut_offs(setup):
    make_policy(setup.course, band_excellent=D("9.5"), band_good=D("8.5"), band_fair=D("7"), band_pass=D("5.5"))
    learner = setup.world.learners["a1"].user
    reflection(setup.course, learner, setup.world.cohorts["a"], score="9.49")
    assert compute(setup)["band"] == "good"
    Reflection.objects.filter(learner=learner).update(score=D("5.49"))
    assert compute(setup)["band"] == "fail"


def test_refresh_stores_the_result_and_the_class_refresh_covers_seated_learners(setup):
    make_policy(setup.course)
    world = setup.world
    reflection(setup.course, world.learners["a1"].user, world.cohorts["a"], score="9")
    stored = result_refresh(learner=world.learners["a1"].user, cohort=world.cohorts["a"])
    assert (stored.complete, stored.passed, stored.score, stored.band) == (True, True, D("9.00"), "excellent")
    withdrawn = enrol(world.learners["b1"].user, world.cohorts["a"], state="withdrawn")
    assert results_refresh_cohort(cohort=world.cohorts["a"]) == 2
    assert not Result.objects.filter(learner=withdrawn.learner, cohort=world.cohorts["a"]).exists()
    missing = Result.objects.get(learner=world.learners["a2"].user, cohort=world.cohorts["a"]).missing
    assert missing == [{"code": "reflection_submit"}]


# ---------------------------------------------------------------- the learner's checklist


def test_missing_items_become_sentences():
    from django.utils import translation

    with translation.override("en"):
        sentences = missing_items_text(
            [
                {"code": "attend", "lesson": "Bài 1"},
                {"code": "online", "lesson": "Bài 3"},
                {"code": "quiz", "lesson": "Bài 2"},
                {"code": "reflection_submit"},
                {"code": "reflection_grade"},
                {"code": "final_test"},
                {"code": "something_new"},
            ]
        )
    assert len(sentences) == 7
    assert "Bài 1" in sentences[0] and "make-up" in sentences[0]
    assert "Bài 3" in sentences[1] and "Bài 2" in sentences[2]
    assert all(sentence and "%(" not in sentence for sentence in sentences)


# ---------------------------------------------------------------- editing the policy


VALID = {
    "require_attendance": True,
    "require_online": True,
    "mode": "both",
    "quiz_threshold": D("5"),
    "reflection_threshold": D("5"),
    "final_test_threshold": D("5"),
    "weight_quizzes": 20,
    "weight_reflection": 40,
    "weight_final_test": 40,
    "band_excellent": D("9"),
    "band_good": D("8"),
    "band_fair": D("6.5"),
    "band_pass": D("5"),
}


def test_only_organizers_edit_the_policy(setup):
    world = setup.world
    for user in (world.learners["a1"].user, world.instructors["a"], world.report_viewer, world.nominators["a"]):
        with pytest.raises(PermissionDenied):
            policy_update(actor=user, course=setup.course, data=VALID)
    assert not CompletionPolicy.objects.filter(course=setup.course).exists()
    # Any organizer, for any course: courses are province-wide.
    policy = policy_update(actor=world.organizers["b"], course=setup.course, data=VALID).policy
    assert policy.updated_by == world.organizers["b"] and policy.mode == "both"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"weight_quizzes": 30}, "__all__"),  # 110 %
        ({"weight_quizzes": 101, "weight_reflection": 0, "weight_final_test": 0}, "weight_quizzes"),
        ({"mode": "reflection"}, "weight_final_test"),
        ({"mode": "final_test"}, "weight_reflection"),
        ({"mode": "oral"}, "mode"),
        ({"band_good": D("9.5")}, "__all__"),  # above excellent
        ({"band_pass": D("7")}, "__all__"),  # above fair
        ({"band_excellent": D("10.5")}, "band_excellent"),
        ({"quiz_threshold": D("-1")}, "quiz_threshold"),
        ({"reflection_threshold": "abc"}, "reflection_threshold"),
        ({"weight_final_test": "x"}, "weight_final_test"),
    ],
)
def test_policy_values_are_checked(setup, change, field):
    organizer = setup.world.organizers["a"]
    with pytest.raises(ValidationError) as caught:
        policy_update(actor=organizer, course=setup.course, data=VALID | change)
    assert field in caught.value.message_dict
    assert not CompletionPolicy.objects.filter(course=setup.course, mode="both").exists()


def test_unknown_fields_are_refused(setup):
    with pytest.raises(ValidationError):
        policy_update(actor=setup.world.organizers["a"], course=setup.course, data={"weight_everything": 100})


def test_a_partial_update_keeps_the_other_values(setup):
    organizer = setup.world.organizers["a"]
    policy_update(actor=organizer, course=setup.course, data=VALID)
    policy = policy_update(actor=organizer, course=setup.course, data={"band_pass": D("5.5")}, reason="Nâng mức").policy
    assert policy.band_pass == D("5.5") and policy.mode == "both" and policy.weight_final_test == 40


def test_saving_the_policy_recomputes_every_class_of_the_course(setup):
    world = setup.world
    for key, cohort in (("a1", "a"), ("b1", "b")):
        reflection(setup.course, world.learners[key].user, world.cohorts[cohort], score="7")
    policy_update(
        actor=world.organizers["a"],
        course=setup.course,
        data=VALID
        | {"mode": "reflection", "weight_quizzes": 0, "weight_reflection": 100, "weight_final_test": 0}
        | {"require_attendance": False, "require_online": False, "band_fair": D("7")},
    )
    results = {(r.cohort.code, r.learner.username): r for r in Result.objects.select_related("cohort", "learner")}
    assert set(results) == {("NTĐ-A", "learner_a1"), ("NTĐ-A", "learner_a2"), ("NTĐ-B", "learner_b1")}
    assert results["NTĐ-A", "learner_a1"].band == "fair"
    assert results["NTĐ-B", "learner_b1"].band == "fair"
    policy_update(
        actor=world.organizers["a"], course=setup.course, data={"band_fair": D("7.5")}, reason="Siết loại khá"
    )
    assert Result.objects.get(learner=world.learners["b1"].user).band == "pass"


def test_every_change_is_recorded_with_its_reason(setup):
    world = setup.world
    first = policy_update(actor=world.organizers["a"], course=setup.course, data=VALID)
    assert first.change.first and first.change.reason == ""
    assert {"field": "mode", "old": "reflection", "new": "both"} in first.change.changes
    # Once in force, a change must say why; nothing is saved without a reason.
    with pytest.raises(ValidationError) as caught:
        policy_update(actor=world.organizers["b"], course=setup.course, data={"band_pass": D("6")}, reason="  ")
    assert "reason" in caught.value.message_dict
    assert CompletionPolicy.objects.get(course=setup.course).band_pass == D("5")
    reason = unicodedata.normalize("NFD", "Theo hướng dẫn của Ban Tuyên giáo")
    second = policy_update(
        actor=world.organizers["b"],
        course=setup.course,
        data={"band_pass": D("6"), "band_fair": D("6.5")},
        reason=reason,
    )
    change = PolicyChange.objects.get(pk=second.change.pk)
    assert change.changes == [{"field": "band_pass", "old": "5.00", "new": "6.00"}]  # band_fair was already 6.5
    assert change.reason == unicodedata.normalize("NFC", reason) and change.actor == world.organizers["b"]
    assert change.actor_name == world.organizers["b"].get_full_name()


def test_sending_the_values_in_force_changes_nothing(setup, django_capture_on_commit_callbacks):
    organizer = setup.world.organizers["a"]
    policy_update(actor=organizer, course=setup.course, data=VALID)
    Result.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = policy_update(actor=organizer, course=setup.course, data=VALID)  # a double tap, no reason needed
    assert again.change is None and not callbacks
    assert PolicyChange.objects.filter(course=setup.course).count() == 1
    assert not Result.objects.exists()  # nothing re-run


def test_a_change_without_a_reason_is_refused_by_the_database(setup):
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyChange.objects.create(course=setup.course, actor_name="x", first=False, reason="", changes=[])


def test_the_history_is_written_out_for_people(setup):
    world = setup.world
    policy_update(actor=world.organizers["a"], course=setup.course, data=VALID)
    policy_update(
        actor=world.organizers["b"],
        course=setup.course,
        data={"require_online": False, "mode": "reflection", "weight_reflection": 80, "weight_final_test": 0},
        reason="Lý do",
    )
    with translation.override("vi"):
        latest, first = policy_history(setup.course)
        lines = {field.label: (field.old, field.new) for field in latest.fields}
        assert lines[capfirst(CompletionPolicy._meta.get_field("require_online").verbose_name)] == ("có", "không")
        assert lines[capfirst(CompletionPolicy._meta.get_field("mode").verbose_name)] == (
            str(AssessmentMode.BOTH.label),
            str(AssessmentMode.REFLECTION.label),
        )
        assert lines[capfirst(CompletionPolicy._meta.get_field("weight_reflection").verbose_name)] == ("40", "80")
    assert first.change.first and latest.change.reason == "Lý do"


IMPACT_BUDGET = 12  # 11 measured: the policy, scope, classes, seats, and the course and inputs twice


def _reflection_only(course, **values) -> CompletionPolicy:
    return make_policy(
        course,
        require_attendance=False,
        require_online=False,
        mode="reflection",
        weight_quizzes=0,
        weight_reflection=100,
        weight_final_test=0,
        **values,
    )


def test_the_impact_of_a_proposed_policy_is_computed_not_written(setup, django_assert_max_num_queries):
    world = setup.world
    _reflection_only(setup.course)
    for key, cohort, score in (("a1", "a", "7"), ("a2", "a", "6"), ("b1", "b", "5.5")):
        reflection(setup.course, world.learners[key].user, world.cohorts[cohort], score=score)
    stored = list(Result.objects.values_list("pk", "passed"))
    values = {field: getattr(CompletionPolicy.objects.get(course=setup.course), field) for field in POLICY_FIELDS}
    stricter = values | {"band_fair": D("6.5"), "band_pass": D("6.5")}
    # Each learner is computed once per policy, whatever the number of classes: a fixed number of queries.
    with translation.override("vi"), django_assert_max_num_queries(IMPACT_BUDGET):
        lines = policy_impact(course=setup.course, values=stricter, viewer=world.organizers["a"])
    # The organizer's own class by its code; the other unit's classes together, without their codes.
    assert [tuple(vars(line).values()) for line in lines] == [
        ("NTĐ-A", 2, 2, 1, 1, 0),
        ("Lớp của các đơn vị khác", 1, 1, 0, 1, 0),
    ]
    assert CompletionPolicy.objects.get(course=setup.course).band_pass == D("5")
    assert list(Result.objects.values_list("pk", "passed")) == stored
    assert not PolicyChange.objects.exists()
    # A lower bar makes learners pass; a closed class is left out, its results being final.
    Cohort.objects.filter(pk=world.cohorts["b"].pk).update(status="closed", closed_at=timezone.now())
    lenient = values | {"reflection_threshold": D("4"), "band_pass": D("4")}
    Reflection.objects.filter(learner=world.learners["a2"].user).update(score=D("4.5"))
    lines = policy_impact(course=setup.course, values=lenient, viewer=world.organizers["a"])
    assert [tuple(vars(line).values()) for line in lines] == [("NTĐ-A", 2, 1, 2, 0, 1)]


def test_many_learners_are_recomputed_in_a_background_task(setup, monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(policies, "INLINE_REFRESH_LIMIT", 1)  # 3 seats: too many to do inline
    world = setup.world
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        policy_update(actor=world.organizers["a"], course=setup.course, data=VALID)
    assert not Result.objects.exists()  # nothing done in the request
    assert len(callbacks) == 2  # the notice to the other units' organizers, and the re-run
    for callback in callbacks:
        callback()  # the commit queues the tasks; the test backend runs them at once
    assert Result.objects.count() == 3


def test_recomputing_a_class_is_for_its_own_organizers(setup, monkeypatch, django_capture_on_commit_callbacks):
    world = setup.world
    with pytest.raises(PermissionDenied):
        results_recompute(actor=world.organizers["b"], cohort=world.cohorts["a"])
    with pytest.raises(PermissionDenied):
        results_recompute(actor=world.instructors["a"], cohort=world.cohorts["a"])
    assert results_recompute(actor=world.organizers["a"], cohort=world.cohorts["a"]) == 2
    monkeypatch.setattr(policies, "INLINE_REFRESH_LIMIT", 0)
    Result.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        assert results_recompute(actor=world.organizers["a"], cohort=world.cohorts["a"]) is None
    assert Result.objects.filter(cohort=world.cohorts["a"]).count() == 2


# ---------------------------------------------------------------- property tests of the pure scoring rules

scores = st.decimals(min_value=0, max_value=10, places=2, allow_nan=False, allow_infinity=False)
BAND_ORDER = ["fail", "pass", "fair", "good", "excellent"]


@st.composite
def cutoffs(draw) -> Cutoffs:
    values = sorted((draw(scores) for _ in range(4)), reverse=True)
    return Cutoffs(*values)


@st.composite
def weights(draw, names=("quizzes", "reflection", "final_test")) -> dict[str, int]:
    """Whole percentages adding up to 100, some possibly 0 (at least one positive)."""
    first = draw(st.integers(0, 100))
    second = draw(st.integers(0, 100 - first))
    return dict(zip(names, draw(st.permutations([first, second, 100 - first - second])), strict=True))


@given(scores, scores, cutoffs())
def test_band_for_is_monotone_in_the_score(low, high, cuts):
    low, high = min(low, high), max(low, high)
    assert BAND_ORDER.index(band_for(low, cuts)) <= BAND_ORDER.index(band_for(high, cuts))


@given(cutoffs())
def test_each_cut_off_is_inclusive(cuts):
    if cuts.passed > 0:
        assert band_for(cuts.passed - D("0.01"), cuts) == "fail"
    assert band_for(cuts.passed, cuts) != "fail"
    assert band_for(cuts.excellent, cuts) == "excellent"


@given(st.fixed_dictionaries({"quizzes": scores, "reflection": scores, "final_test": scores}), weights())
def test_weighted_score_lies_between_the_parts_it_uses(parts, shares):
    used = [parts[name] for name, weight in shares.items() if weight]
    score = weighted_score(parts, shares)
    assert min(used) <= score <= max(used)
    assert score == score.quantize(D("0.01"))


@given(scores, weights())
def test_equal_parts_give_that_score(value, shares):
    assert weighted_score(dict.fromkeys(shares, value), shares) == value


def test_weights_that_do_not_add_up_to_100_are_refused():
    with pytest.raises(ValueError):
        weighted_score({"a": D(5), "b": D(5)}, {"a": 50, "b": 40})


@given(st.integers(min_value=0, max_value=999))
def test_round_score_rounds_half_up(hundredths):
    base = D(hundredths) / 100
    assert round_score(base + D("0.005")) == base + D("0.01")
    assert round_score(base + D("0.0049")) == base
    assert round_score(base) == base


@given(st.decimals(min_value=0, max_value=10, places=6, allow_nan=False, allow_infinity=False))
def test_round_score_is_the_nearest_hundredth(value):
    rounded = round_score(value)
    assert rounded == value.quantize(D("0.01"), rounding=ROUND_HALF_UP)
    assert -D("0.005") < rounded - value <= D("0.005")


@given(st.integers(1, 60).flatmap(lambda total: st.tuples(st.integers(0, total), st.just(total))))
def test_attempt_score_is_on_the_ten_point_scale(pair):
    correct, total = pair
    score = attempt_score(correct, total)
    assert D(0) <= score <= D(10)
    if correct < total:
        assert score <= attempt_score(correct + 1, total)


@given(st.lists(scores, min_size=1, max_size=5))
def test_counted_score_is_the_best_or_the_last(values):
    assert counted_score(values, "best") == max(values)
    assert counted_score(values, "last") == values[-1]
    assert counted_score([], "best") is None


def test_the_other_units_organizers_hear_of_a_policy_change(setup, django_capture_on_commit_callbacks, mailoutbox):
    world = setup.world
    for key in "ab":
        world.organizers[key].email = f"organizer_{key}@example.vn"
        world.organizers[key].save()
    bystander = UserFactory(username="organizer_c", email="c@example.vn", roles=(Role.ORGANIZER,))
    StaffAssignment.objects.create(user=bystander, role=Role.ORGANIZER, organizing_unit=OrganizingUnitFactory())
    with django_capture_on_commit_callbacks(execute=True):
        policy_update(actor=world.organizers["a"], course=setup.course, data=VALID)
    with django_capture_on_commit_callbacks(execute=True):
        change = policy_update(
            actor=world.organizers["a"], course=setup.course, data={"band_pass": D("6")}, reason="Theo hướng dẫn mới"
        ).change

    notices = Notification.objects.filter(kind=NotificationKind.POLICY_CHANGED)
    assert {notice.user for notice in notices} == {world.organizers["b"]}, "not the author, not a unit without a class"
    assert notices.count() == 2  # the first policy and the change
    message = mailoutbox[-1]
    assert message.to == ["organizer_b@example.vn"]
    assert setup.course.title in message.subject
    assert "Theo hướng dẫn mới" in message.body and "5,00 → 6,00" in message.body
    assert f"/to-chuc/khoa-hoc/{setup.course.pk}/quy-che/" in message.body
    assert notify_policy_change.call(change.pk) == 0, "sent once, however often the task runs"

    world.cohorts["b"].status = CohortStatus.CLOSED  # a closed class's results no longer follow the policy
    world.cohorts["b"].save()
    with django_capture_on_commit_callbacks(execute=True):
        policy_update(actor=world.organizers["a"], course=setup.course, data={"band_pass": D("5")}, reason="Trả lại")
    assert notices.count() == 2
