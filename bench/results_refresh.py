"""Re-running a class's results: the whole class at once (results_refresh_cohort, what a policy change, closing and
the worker run) against the same learners one at a time (result_refresh, as before session 7), in the same run.

Fresh PostgreSQL database with the demo data plus one class of learners (300 by default) of the demo's awareness
course, each with a realistic record written directly: the class's in-person sessions attended, every online lesson
finished, every lesson quiz submitted, a graded reflection, and gaps for every seventh learner. Prints one JSON line
per figure; the ratio is one-at-a-time seconds over whole-class seconds.
"""

import json
import os

from lesson_page import PYTHON, _env, _run, _setup

LEARNERS = int(os.environ.get("BENCH_RESULTS_LEARNERS", "300"))
ROUNDS = int(os.environ.get("BENCH_RESULTS_ROUNDS", "3"))

SCRIPT = """
import django, json, statistics, time
django.setup()
from datetime import timedelta
from decimal import Decimal
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from assessments.models import Attempt, Quiz, Reflection, ReflectionAssignment, Result
from assessments.services.results import result_refresh, results_refresh_cohort
from courses.models import Attendance, Cohort, DeliveryMode, Enrolment, ModulePage, ModuleProgress, Session
from lms.demo_calendar import demo_calendar
from lms.models import User

template = Cohort.objects.get(code=demo_calendar().code("NTĐ-2026-05"))
course = template.course
cohort = Cohort.objects.create(
    code="BENCH-RESULTS", course=course, organizing_unit=template.organizing_unit, zone=template.zone,
    opens_on=template.opens_on, closes_on=template.closes_on, capacity=1000,
)
now = timezone.now()
lessons = list(ModulePage.objects.child_of(course).live())
# One held session per in-person lesson, from the demo's classes of the course (attending another class of the same
# course counts as a make-up, so the records are complete without new sessions).
sessions = list({s.module_id: s for s in Session.objects.filter(cohort__course=course).order_by("-starts_at")}.values())
users = User.objects.bulk_create(
    [User(username=f"bench-results-{i:04d}", full_name=f"Trần Văn Kết Quả {i}") for i in range(__LEARNERS__)]
)
Enrolment.objects.bulk_create([Enrolment(learner=u, cohort=cohort, state="enrolled") for u in users])
quizzes = list(Quiz.objects.filter(module__in=lessons))
assignment = ReflectionAssignment.objects.get(course=course)
attendance, progress, attempts, reflections = [], [], [], []
for i, user in enumerate(users):
    gap = i % 7 == 0
    for session in sessions[: len(sessions) - (1 if gap else 0)]:
        attendance.append(Attendance(session=session, learner=user, status="present"))
    for lesson in lessons:
        if lesson.delivery_mode != DeliveryMode.IN_PERSON:
            progress.append(ModuleProgress(
                user=user, module=lesson, course=course, first_opened_at=now, last_seen_at=now, completed_at=now,
            ))
    for n, quiz in enumerate(quizzes):
        for number in (1, 2):
            attempts.append(Attempt(
                quiz=quiz, learner=user, number=number, state="submitted", started_at=now,
                submitted_at=now + timedelta(minutes=number), score=Decimal(5 + (i + n + number) % 5),
            ))
    reflections.append(Reflection(
        assignment=assignment, learner=user, cohort=cohort, text="Bài thu hoạch.", state="graded",
        score=Decimal("7.50"), graded_at=now,
    ))
Attendance.objects.bulk_create(attendance)
ModuleProgress.objects.bulk_create(progress)
Attempt.objects.bulk_create(attempts)
Reflection.objects.bulk_create(reflections)

def timed(run):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        run()
        seconds = time.perf_counter() - started
    return seconds, len(queries)

whole = lambda: results_refresh_cohort(cohort=cohort)
one_by_one = lambda: [result_refresh(learner=user, cohort=cohort) for user in users]
whole()  # warm: the first run creates the result rows
rounds = [(timed(whole), timed(one_by_one)) for _ in range(__ROUNDS__)]
assert Result.objects.filter(cohort=cohort).count() == len(users)
passed = Result.objects.filter(cohort=cohort, passed=True).count()
print(json.dumps({
    "whole": statistics.median(r[0][0] for r in rounds), "whole_queries": rounds[0][0][1],
    "single": statistics.median(r[1][0] for r in rounds), "single_queries": rounds[0][1][1],
    "passed": passed, "sessions": len(sessions), "quizzes": len(quizzes),
}))
"""


def main() -> None:
    env = _env()
    _setup(env)
    script = SCRIPT.replace("__LEARNERS__", str(LEARNERS)).replace("__ROUNDS__", str(ROUNDS))
    figures = json.loads(_run(PYTHON, "-c", script, env=env).strip().splitlines()[-1])
    detail = f"{LEARNERS} learners, {figures['sessions']} sessions, {figures['quizzes']} quizzes, median of {ROUNDS}"
    for line in (
        {
            "name": "results_refresh_class",
            "value": round(figures["whole"], 3),
            "unit": "s",
            "queries": figures["whole_queries"],
            "ratio": round(figures["single"] / figures["whole"], 1),
            "detail": f"results_refresh_cohort, {detail}; ratio = one at a time / whole class",
        },
        {
            "name": "results_refresh_one_at_a_time",
            "value": round(figures["single"], 3),
            "unit": "s",
            "queries": figures["single_queries"],
            "detail": f"result_refresh per learner, {detail}",
        },
        {"name": "results_refresh_passed", "value": figures["passed"], "unit": "learners", "of": LEARNERS},
    ):
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
