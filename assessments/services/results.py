"""One service computes a learner's result in a class from the course's completion policy and records it with the
inputs it used. It re-runs whenever an input changes (attempt submitted, reflection graded, attendance, a lesson
completed, the policy edited)."""

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
    ModulePage,
    ModuleProgress,
)
from lms.models import User

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


def policy_for(course: CoursePage) -> CompletionPolicy:
    policy, _created = CompletionPolicy.objects.get_or_create(course=course)
    return policy


def _quiz_scores(learner: User, quizzes: list[Quiz]) -> dict[int, Decimal | None]:
    submitted: dict[int, list[Decimal]] = {}
    for attempt in Attempt.objects.filter(
        learner=learner, quiz__in=quizzes, state=AttemptState.SUBMITTED, score__isnull=False
    ).order_by("submitted_at", "number"):
        submitted.setdefault(attempt.quiz_id, []).append(attempt.score)
    return {quiz.pk: counted_score(submitted.get(quiz.pk, []), quiz.scoring) for quiz in quizzes}


def result_compute(*, learner: User, cohort: Cohort) -> dict:
    """What the result would be now: {complete, passed, score, band, missing, inputs}. Reads only."""
    course = cohort.course.specific if not isinstance(cohort.course, CoursePage) else cohort.course
    policy = policy_for(course)
    modules = list(ModulePage.objects.child_of(course).live().order_by("lesson_number", "path"))
    missing: list[dict] = []
    inputs: dict = {"policy": policy.pk, "policy_updated": policy.updated_at.isoformat()}

    if policy.require_attendance:
        in_person = [m for m in modules if m.delivery_mode in (DeliveryMode.IN_PERSON, DeliveryMode.BLENDED)]
        attended = set(
            Attendance.objects.filter(
                learner=learner, status__in=ATTENDED, session__module__in=in_person, session__cohort__course=course
            ).values_list("session__module_id", flat=True)
        )
        inputs["attended"] = sorted(attended)
        missing += [{"code": "attend", "lesson": m.title} for m in in_person if m.pk not in attended]
    if policy.require_online:
        online = [m for m in modules if m.delivery_mode in (DeliveryMode.ONLINE, DeliveryMode.BLENDED)]
        done = set(
            ModuleProgress.objects.filter(user=learner, module__in=online, completed_at__isnull=False).values_list(
                "module_id", flat=True
            )
        )
        inputs["completed_online"] = sorted(done)
        missing += [{"code": "online", "lesson": m.title} for m in online if m.pk not in done]

    quizzes = list(
        Quiz.objects.filter(module__in=modules, module__question_bank__questions__is_active=True)
        .distinct()
        .select_related("module")
    )
    scores = _quiz_scores(learner, quizzes)
    inputs["quizzes"] = {str(pk): str(score) if score is not None else None for pk, score in scores.items()}
    missing += [{"code": "quiz", "lesson": q.module.title} for q in quizzes if scores[q.pk] is None]
    taken = [score for score in scores.values() if score is not None]
    quiz_average = round_score(sum(taken, Decimal(0)) / len(taken)) if taken and len(taken) == len(scores) else None
    parts: dict[str, Decimal | None] = {"quizzes": quiz_average if quizzes else Decimal(0)}

    uses_reflection = policy.mode in (AssessmentMode.REFLECTION, AssessmentMode.BOTH)
    uses_final = policy.mode in (AssessmentMode.FINAL_TEST, AssessmentMode.BOTH)
    if uses_reflection:
        reflection = Reflection.objects.filter(learner=learner, assignment__course=course).first()
        graded = reflection is not None and reflection.state == ReflectionState.GRADED
        parts["reflection"] = reflection.score if graded else None
        inputs["reflection"] = str(reflection.score) if graded else None
        if reflection is None or reflection.state in (ReflectionState.DRAFT, ReflectionState.RETURNED):
            missing.append({"code": "reflection_submit"})
        elif not graded:
            missing.append({"code": "reflection_grade"})
    if uses_final:
        final = Quiz.objects.filter(course=course, module__isnull=True).first()
        score = _quiz_scores(learner, [final])[final.pk] if final else None
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


def results_refresh_cohort(*, cohort: Cohort) -> int:
    learners = User.objects.filter(enrolments__cohort=cohort, enrolments__state__in=SEAT_STATES)
    return len([result_refresh(learner=learner, cohort=cohort) for learner in learners])
