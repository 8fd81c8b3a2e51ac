"""One service computes a learner's result in a class from the course's completion policy and records it with the
inputs it used. It re-runs whenever an input changes (attempt submitted, reflection graded, attendance, a lesson
completed, the policy edited)."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from assessments.models import (
    AssessmentMode,
    Attempt,
    AttemptState,
    CompletionPolicy,
    Quiz,
    Reflection,
    ReflectionState,
    Result,
)
from assessments.scoring import Cutoffs, band_for, counted_score, round_score, weighted_score
from courses.models import (
    SEAT_STATES,
    Attendance,
    AttendanceStatus,
    Cohort,
    CoursePage,
    DeliveryMode,
    Enrolment,
    ModulePage,
    ModuleProgress,
)
from lms.models import User

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


def policy_for(course: CoursePage) -> CompletionPolicy:
    policy, _created = CompletionPolicy.objects.get_or_create(course=course)
    return policy


@dataclass(frozen=True)
class _CourseFacts:
    """What a result needs from the course, read once however many learners are computed."""

    course: CoursePage
    policy: CompletionPolicy
    in_person: list[ModulePage]  # lessons to attend; empty when the policy does not require attendance
    online: list[ModulePage]  # lessons to finish online; empty when the policy does not require them
    quizzes: list[Quiz]  # the lesson quizzes that have questions
    final: Quiz | None  # the final test, when the policy uses one

    @property
    def uses_reflection(self) -> bool:
        return self.policy.mode in (AssessmentMode.REFLECTION, AssessmentMode.BOTH)

    @property
    def uses_final(self) -> bool:
        return self.policy.mode in (AssessmentMode.FINAL_TEST, AssessmentMode.BOTH)


@dataclass
class _LearnerFacts:
    """One learner's record in the course."""

    attended: set[int] = field(default_factory=set)  # lesson ids attended (in any class of the course: make-up)
    finished_online: set[int] = field(default_factory=set)
    attempt_scores: dict[int, list[Decimal]] = field(default_factory=dict)  # quiz id -> submitted scores, in order
    reflection: Reflection | None = None


def _course_facts(course: CoursePage, policy: CompletionPolicy | None = None) -> _CourseFacts:
    course = course if isinstance(course, CoursePage) else course.specific
    policy = policy or policy_for(course)
    modules = list(ModulePage.objects.child_of(course).live().order_by("lesson_number", "path"))
    uses_final = policy.mode in (AssessmentMode.FINAL_TEST, AssessmentMode.BOTH)
    return _CourseFacts(
        course=course,
        policy=policy,
        in_person=[m for m in modules if m.delivery_mode in (DeliveryMode.IN_PERSON, DeliveryMode.BLENDED)]
        if policy.require_attendance
        else [],
        online=[m for m in modules if m.delivery_mode in (DeliveryMode.ONLINE, DeliveryMode.BLENDED)]
        if policy.require_online
        else [],
        quizzes=list(
            Quiz.objects.filter(module__in=modules, module__question_bank__questions__is_active=True)
            .distinct()
            .select_related("module")
        ),
        final=Quiz.objects.filter(course=course, module__isnull=True).first() if uses_final else None,
    )


def _learner_facts(facts: _CourseFacts, learner_ids: list[int]) -> dict[int, _LearnerFacts]:
    """The records of many learners in a few queries (one per kind of input, whatever their number)."""
    records = {pk: _LearnerFacts() for pk in learner_ids}
    if not records:
        return records
    if facts.in_person:
        attended = Attendance.objects.filter(
            learner_id__in=learner_ids,
            status__in=ATTENDED,
            session__module__in=facts.in_person,
            session__cohort__course=facts.course,
        ).values_list("learner_id", "session__module_id")
        for learner_id, module_id in attended:
            records[learner_id].attended.add(module_id)
    if facts.online:
        finished = ModuleProgress.objects.filter(
            user_id__in=learner_ids, module__in=facts.online, completed_at__isnull=False
        ).values_list("user_id", "module_id")
        for learner_id, module_id in finished:
            records[learner_id].finished_online.add(module_id)
    quizzes = [*facts.quizzes, *([facts.final] if facts.final else [])]
    if quizzes:
        attempts = (
            Attempt.objects.filter(
                learner_id__in=learner_ids, quiz__in=quizzes, state=AttemptState.SUBMITTED, score__isnull=False
            )
            .order_by("submitted_at", "number")
            .values_list("learner_id", "quiz_id", "score")
        )
        for learner_id, quiz_id, score in attempts:
            records[learner_id].attempt_scores.setdefault(quiz_id, []).append(score)
    if facts.uses_reflection:
        reflections = Reflection.objects.filter(learner_id__in=learner_ids, assignment__course=facts.course)
        for reflection in reflections.order_by("pk"):
            record = records[reflection.learner_id]
            record.reflection = record.reflection or reflection  # the first, as .first() would take
    return records


def _quiz_score(record: _LearnerFacts, quiz: Quiz) -> Decimal | None:
    return counted_score(record.attempt_scores.get(quiz.pk, []), quiz.scoring)


def result_compute(*, learner: User, cohort: Cohort) -> dict:
    """What the result would be now: {complete, passed, score, band, missing, inputs}. Reads only."""
    facts = _course_facts(cohort.course)
    return _compute(facts, _learner_facts(facts, [learner.pk])[learner.pk])


def results_compute(
    *, course: CoursePage, learner_ids: list[int], policy: CompletionPolicy | None = None
) -> dict[int, dict]:
    """result_compute for many learners of the course, in a number of queries that does not grow with them (a
    result depends on the course, not on the class: a make-up in another class counts); with `policy` (possibly
    unsaved), what their results would be under it."""
    facts = _course_facts(course, policy)
    return {pk: _compute(facts, record) for pk, record in _learner_facts(facts, learner_ids).items()}


def _compute(facts: _CourseFacts, record: _LearnerFacts) -> dict:
    policy = facts.policy
    missing: list[dict] = []
    inputs: dict = {"policy": policy.pk, "policy_updated": policy.updated_at.isoformat()}

    if policy.require_attendance:
        inputs["attended"] = sorted(record.attended)
        missing += [{"code": "attend", "lesson": m.title} for m in facts.in_person if m.pk not in record.attended]
    if policy.require_online:
        inputs["completed_online"] = sorted(record.finished_online)
        missing += [{"code": "online", "lesson": m.title} for m in facts.online if m.pk not in record.finished_online]

    quizzes = facts.quizzes
    scores = {quiz.pk: _quiz_score(record, quiz) for quiz in quizzes}
    inputs["quizzes"] = {str(pk): str(score) if score is not None else None for pk, score in scores.items()}
    missing += [{"code": "quiz", "lesson": q.module.title} for q in quizzes if scores[q.pk] is None]
    taken = [score for score in scores.values() if score is not None]
    quiz_average = round_score(sum(taken, Decimal(0)) / len(taken)) if taken and len(taken) == len(scores) else None
    parts: dict[str, Decimal | None] = {"quizzes": quiz_average if quizzes else Decimal(0)}

    uses_reflection, uses_final = facts.uses_reflection, facts.uses_final
    if uses_reflection:
        reflection = record.reflection
        graded = reflection is not None and reflection.state == ReflectionState.GRADED
        parts["reflection"] = reflection.score if graded else None
        inputs["reflection"] = str(reflection.score) if graded else None
        if reflection is None or reflection.state in (ReflectionState.DRAFT, ReflectionState.RETURNED):
            missing.append({"code": "reflection_submit"})
        elif not graded:
            missing.append({"code": "reflection_grade"})
    if uses_final:
        score = _quiz_score(record, facts.final) if facts.final else None
        parts["final_test"] = score
        inputs["final_test"] = str(score) if score is not None else None
        if score is None:
            missing.append({"code": "final_test"})

    weights = {
        "quizzes": policy.weight_quizzes if quizzes else 0,
        "reflection": policy.weight_reflection if uses_reflection else 0,
        "final_test": policy.weight_final_test if uses_final else 0,
    }
    if quizzes:
        inputs["quiz_average"] = str(quiz_average) if quiz_average is not None else None
    complete = not missing
    score = band = None
    passed = False
    if all(parts.get(name) is not None for name, weight in weights.items() if weight) and sum(weights.values()):
        score = _pro_rata_score(parts, weights)
    if complete and score is not None:
        # A part with a zero weight still has to reach its threshold; a part without a score does not reach it.
        thresholds_met = (
            (not quizzes or _reaches(quiz_average, policy.quiz_threshold))
            and (not uses_reflection or _reaches(parts["reflection"], policy.reflection_threshold))
            and (not uses_final or _reaches(parts["final_test"], policy.final_test_threshold))
        )
        cutoffs = Cutoffs(policy.band_excellent, policy.band_good, policy.band_fair, policy.band_pass)
        band = band_for(score, cutoffs) if thresholds_met else "fail"
        passed = band != "fail"
    return {
        "complete": complete,
        "passed": passed,
        "score": score,
        "band": band or "",
        "missing": missing,
        "inputs": inputs,
    }


def _reaches(score: Decimal | None, threshold: Decimal) -> bool:
    return score is not None and score >= threshold


def _pro_rata_score(parts: dict[str, Decimal | None], weights: dict[str, int]) -> Decimal:
    """The weighted score. Weights of parts the course does not use (e.g. no quizzes) are shared out pro rata,
    exactly: 30 % reflection and 50 % final test count as 37.5 % and 62.5 % (not rounded to whole percentages)."""
    used = {name: weight for name, weight in weights.items() if weight}
    total = sum(used.values())
    if total == 100:
        return weighted_score({name: parts[name] for name in used}, used)
    return round_score(sum((parts[name] * weight for name, weight in used.items()), Decimal(0)) / total)


@transaction.atomic
def result_refresh(*, learner: User, cohort: Cohort) -> Result:
    computed = result_compute(learner=learner, cohort=cohort)
    result, _created = Result.objects.update_or_create(cohort=cohort, learner=learner, defaults=computed)
    return result


def results_refresh_for(*, learner: User, course: CoursePage | int) -> list[Result]:
    """Re-run the results of every class of the course the learner has a seat in."""
    course_id = course if isinstance(course, int) else course.pk
    cohorts = Cohort.objects.filter(
        course_id=course_id, enrolments__learner=learner, enrolments__state__in=SEAT_STATES
    ).select_related("course")
    return [result_refresh(learner=learner, cohort=cohort) for cohort in cohorts]


RESULT_FIELDS = ("complete", "passed", "score", "band", "missing", "inputs", "computed_at")


@transaction.atomic
def results_refresh_cohort(*, cohort: Cohort) -> int:
    """Re-run the results of every learner with a seat in the class (learners whose state is final keep theirs);
    one query per kind of input and one write, however large the class."""
    learner_ids = list(
        Enrolment.objects.filter(cohort=cohort, state__in=SEAT_STATES).values_list("learner_id", flat=True)
    )
    computed = results_compute(course=cohort.course, learner_ids=learner_ids)
    Result.objects.bulk_create(
        [Result(cohort=cohort, learner_id=pk, **values) for pk, values in computed.items()],
        update_conflicts=True,
        unique_fields=["cohort", "learner"],
        update_fields=RESULT_FIELDS,
    )
    return len(computed)
