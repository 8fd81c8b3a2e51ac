"""300 learners submit the same quiz within 10 s, against gunicorn + PostgreSQL.

Sets up a fresh PostgreSQL database with the demo data plus 300 enrolled learners, each with an open attempt at
a 10-question quiz, then sends every learner's submission through HTTP, arrivals spread evenly over 10 s in a
random order, and for every tenth learner a second, simultaneous one (a double tap). Prints one JSON line per
figure; fails unless every request was accepted and the database holds exactly one submitted attempt per learner
(the results are re-run by the task worker, started here too, and counted at the end).
"""

import json
import os
import random
import secrets
import statistics
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from lesson_page import BASE, PYTHON, NoRedirect, _env, _run, _setup, _wait_for_server, start_gunicorn

LEARNERS = int(os.environ.get("BENCH_QUIZ_LEARNERS", "300"))
CLIENTS = int(os.environ.get("BENCH_QUIZ_CLIENTS", "100"))
SPREAD = float(os.environ.get("BENCH_QUIZ_SPREAD", "10"))  # seconds over which the submissions arrive
WORKERS = os.environ.get("BENCH_QUIZ_WORKERS", "4")

SETUP = """
import django, json, random, secrets
django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore
from assessments.models import Choice, Question, QuestionBank, Quiz
from assessments.services.quizzes import attempt_start
from courses.models import Cohort, Enrolment, ModulePage
from lms.demo_calendar import demo_calendar
from lms.models import User

cohort = Cohort.objects.get(code=demo_calendar().code("NTĐ-2026-05"))
module = ModulePage.objects.child_of(cohort.course).order_by("lesson_number").first()
bank, _ = QuestionBank.objects.get_or_create(module=module)
for n in range(30):
    q = Question.objects.create(bank=bank, kind="single", text=f"Câu {n}", difficulty=("easy", "medium", "hard")[n % 3])
    for i in range(4):
        Choice.objects.create(question=q, text=f"Phương án {i}", is_correct=i == n % 4, position=i)
quiz, _ = Quiz.objects.update_or_create(
    module=module,
    defaults={"course": cohort.course, "question_count": 10, "attempts_allowed": 1, "time_limit_minutes": 30},
)
users = User.objects.bulk_create(
    [User(username=f"bench{n:04d}", full_name=f"Học viên {n}") for n in range(__LEARNERS__)]
)
Enrolment.objects.bulk_create([Enrolment(learner=u, cohort=cohort, state="enrolled") for u in users])
out = []
for user in users:
    attempt = attempt_start(learner=user, quiz=quiz)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    answers = {}
    for item in attempt.paper:
        if item["o"]:
            answers[f"q{item['q']}"] = str(random.choice(item["o"]))
        else:
            answers[f"t{item['q']}"] = "Hồ Chí Minh"
    out.append({"attempt": attempt.pk, "cookie": session.session_key, "answers": answers})
print(json.dumps({"quiz": quiz.pk, "learners": out}))
"""

CHECK = """
import django, json
django.setup()
from django.db.models import Count
from assessments.models import Attempt, Result
attempts = Attempt.objects.filter(quiz_id=__QUIZ__, learner__username__startswith="bench")
print(json.dumps({
    "submitted": attempts.filter(state="submitted", score__isnull=False).count(),
    "attempts": attempts.count(),
    "duplicates": attempts.values("learner").annotate(n=Count("pk")).filter(n__gt=1).count(),
    "results": Result.objects.filter(learner__username__startswith="bench").count(),
}))
"""


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def _submit(learner: dict) -> tuple[bool, float]:
    """True when the server accepted the submission and sent the learner to the attempt's review."""
    csrf = secrets.token_hex(16)  # a 32-character secret: Django accepts it unmasked in the form field
    body = urllib.parse.urlencode({**learner["answers"], "csrfmiddlewaretoken": csrf}).encode()
    request = urllib.request.Request(
        f"{BASE}/hoc-tap/bai-lam/{learner['attempt']}/nop/",
        data=body,
        headers={
            "Cookie": f"sessionid={learner['cookie']}; csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": BASE + "/",
        },
    )
    started = time.perf_counter()
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            status, location = response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as error:
        status, location = error.code, error.headers.get("Location", "")
    accepted = status == 302 and location.endswith(f"/hoc-tap/bai-lam/{learner['attempt']}/")
    return accepted, time.perf_counter() - started


def main() -> None:
    env = _env()
    _setup(env)
    data = _last_json(_run(PYTHON, "-c", SETUP.replace("__LEARNERS__", str(LEARNERS)), env=env))
    learners = data["learners"]
    gunicorn = start_gunicorn(env, WORKERS)
    try:
        _wait_for_server(gunicorn)
        requests = learners + learners[::10]  # every tenth learner taps twice
        requests.sort(key=lambda item: item["attempt"])  # the double taps go out side by side
        started = time.perf_counter()
        step = SPREAD / len(learners)

        def at_its_time(learner):
            # Arrivals spread evenly over SPREAD seconds, in a shuffled order of learners.
            time.sleep(max(0.0, started + order[learner["attempt"]] * step - time.perf_counter()))
            return _submit(learner)

        shuffled = [item["attempt"] for item in learners]
        random.Random(1).shuffle(shuffled)
        order = {attempt: position for position, attempt in enumerate(shuffled)}
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            outcomes = list(pool.map(at_its_time, requests))
        wall = time.perf_counter() - started
        # The results were queued by the submissions; one task worker re-runs them (as in production).
        drained = time.perf_counter()
        _run(PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay", env=env)
        drain = time.perf_counter() - drained
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
    check = _last_json(_run(PYTHON, "-c", CHECK.replace("__QUIZ__", str(data["quiz"])), env=env))
    latencies = sorted(seconds * 1000 for _accepted, seconds in outcomes)
    errors = sum(not accepted for accepted, _seconds in outcomes)
    figures = [
        {"name": "quiz_submit_requests", "value": len(outcomes), "unit": "requests", "learners": LEARNERS},
        {"name": "quiz_submit_wall_time", "value": round(wall, 2), "unit": "s"},
        {"name": "quiz_submit_p50", "value": round(statistics.median(latencies), 1), "unit": "ms"},
        {"name": "quiz_submit_p95", "value": round(latencies[int(len(latencies) * 0.95) - 1], 1), "unit": "ms"},
        {"name": "quiz_submit_errors", "value": errors, "unit": "responses"},
        {"name": "quiz_submit_duplicate_attempts", "value": check["duplicates"], "unit": "learners"},
        {"name": "quiz_submitted_attempts", "value": check["submitted"], "unit": "attempts"},
        {"name": "quiz_results_recorded", "value": check["results"], "unit": "results"},
        {"name": "quiz_results_worker_time", "value": round(drain, 2), "unit": "s"},
    ]
    for figure in figures:
        print(json.dumps(figure))
    if errors or check["duplicates"] or any(check[key] != LEARNERS for key in ("submitted", "attempts", "results")):
        sys.exit("quiz submission benchmark: errors or duplicates (see the figures above)")


if __name__ == "__main__":
    main()
