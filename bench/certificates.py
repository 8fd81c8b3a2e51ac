"""Certificates: time per certificate (database work, number, snapshot, QR and PDF) and a 300-learner class issued
by background workers (two database task workers, one per core, sharing the class's chunks), with a worker's
memory sampled while it runs (it should stay flat).

Fresh PostgreSQL database with the demo data plus two classes of learners with complete, passed results (result rows
written directly: this measures issuing, not grading). Prints one JSON line per figure.
"""

import json
import os
import statistics
import subprocess
import time

from lesson_page import PYTHON, ROOT, _env, _run, _setup

LEARNERS = int(os.environ.get("BENCH_CERT_LEARNERS", "300"))
SINGLE = int(os.environ.get("BENCH_CERT_SINGLE", "50"))
WORKERS = int(os.environ.get("BENCH_CERT_WORKERS", "2"))  # database task workers, one per core

SETUP = """
import django, json
django.setup()
from datetime import timedelta
from decimal import Decimal
from assessments.models import Result
from courses.models import Cohort, Enrolment
from lms.demo_calendar import demo_calendar
from lms.models import User

template = Cohort.objects.get(code=demo_calendar().code("NTĐ-2026-05"))
template.organizing_unit.issues_certificates = True
template.organizing_unit.save()
ids = {}
for code, n in (("BENCH-1", __SINGLE__), ("BENCH-2", __LEARNERS__)):
    cohort = Cohort.objects.create(
        code=code, course=template.course, organizing_unit=template.organizing_unit, zone=template.zone,
        opens_on=template.opens_on - timedelta(days=120), closes_on=template.closes_on - timedelta(days=120),
        capacity=1000,
    )
    users = User.objects.bulk_create(
        [User(username=f"{code.lower()}-{i:04d}", full_name=f"Nguyễn Thị Học Viên {i}") for i in range(n)]
    )
    Enrolment.objects.bulk_create([Enrolment(learner=u, cohort=cohort, state="enrolled") for u in users])
    Result.objects.bulk_create(
        [Result(cohort=cohort, learner=u, complete=True, passed=True, score=Decimal("8.25"), band="good")
         for u in users]
    )
    ids[code] = cohort.pk
print(json.dumps(ids))
"""

SINGLE_RUN = """
import django, json, time
django.setup()
from assessments.certificate_pdf import render_certificate_pdf
from assessments.services.certificates import _certificate_create, certificate_pdf_ensure, eligible_results
from courses.models import Cohort

def calibrate():
    # A fixed pure-Python workload: how fast this shared machine is at the moment, to compare runs by.
    started = time.perf_counter()
    sum(i * i for i in range(200_000))
    return (time.perf_counter() - started) * 1000

cohort = Cohort.objects.get(pk=__COHORT__)
rows = []
for result in list(eligible_results(cohort=cohort)):
    # certificate_issue's two stages, timed apart: the number and snapshot (one transaction), then the PDF (QR code,
    # render, storage and the row's update).
    started = time.perf_counter()
    certificate = _certificate_create(actor=None, learner=result.learner, cohort=cohort)
    created = time.perf_counter()
    certificate_pdf_ensure(certificate)
    finished = time.perf_counter()
    # The render alone once more, interleaved, to show what this machine is doing at the moment.
    render_certificate_pdf(certificate, verify_url="https://hoctap.example.vn/xac-minh/" + certificate.code)
    rendered = time.perf_counter()
    rows.append([(finished - started) * 1000, (created - started) * 1000, (rendered - finished) * 1000, calibrate()])
print(json.dumps(rows))
"""

QUEUE = """
import django, json
django.setup()
from django.db import transaction
from assessments.services.certificates import issuance_batch_start
from courses.models import Cohort

with transaction.atomic():
    batch = issuance_batch_start(actor=None, cohort=Cohort.objects.get(pk=__COHORT__))
print(json.dumps({"batch": batch.pk, "total": batch.total}))
"""

CHECK = """
import django, json
django.setup()
from assessments.models import Certificate, IssuanceBatch
batch = IssuanceBatch.objects.get(pk=__BATCH__)
numbers = sorted(Certificate.objects.filter(cohort_id=batch.cohort_id).values_list("number", flat=True))
gap_free = bool(numbers) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
print(json.dumps({
    "state": batch.state, "issued": batch.issued, "gap_free": gap_free, "count": len(numbers),
    "seconds": (batch.finished_at - batch.started_at).total_seconds(),
}))
"""


def _json(script: str, env: dict, **values) -> object:
    for key, value in values.items():
        script = script.replace(f"__{key}__", str(value))
    return json.loads(_run(PYTHON, "-c", script, env=env).strip().splitlines()[-1])


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main() -> None:
    env = _env()
    _setup(env)
    cohorts = _json(SETUP, env, SINGLE=SINGLE, LEARNERS=LEARNERS)
    rows = _json(SINGLE_RUN, env, COHORT=cohorts["BENCH-1"])[1:]  # the first loads the template and the fonts
    times = sorted(row[0] for row in rows)
    worker_args = [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay"]
    quiet = {"cwd": ROOT, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    # A first worker run drains what loading the demo queued (search index updates, results), so the batch below is
    # all the measured run does.
    subprocess.run(worker_args, check=True, **quiet)
    queued = _json(QUEUE, env, COHORT=cohorts["BENCH-2"])
    started = time.perf_counter()
    workers = [subprocess.Popen(worker_args, **quiet) for _ in range(WORKERS)]
    samples = []  # (certificates done, the first worker's resident memory), every 0.2 s
    progress_sql = f"SELECT issued + skipped FROM assessments_issuancebatch WHERE id = {int(queued['batch'])}"  # noqa: S608 - an integer id
    while any(worker.poll() is None for worker in workers):
        rss = _rss_mb(workers[0].pid)
        done = _run("psql", env["DATABASE_URL"], "-tAc", progress_sql, env=env).strip()
        if rss and done.isdigit():
            samples.append((int(done), rss))
        time.sleep(0.2)
    wall = time.perf_counter() - started
    if any(worker.returncode for worker in workers):
        raise SystemExit("a task worker failed")
    check = _json(CHECK, env, BATCH=queued["batch"])
    # Memory once the worker is issuing (after start-up), against the most it used: flat means no growth per
    # certificate.
    issuing = [rss for done, rss in samples if done >= queued["total"] // 10]
    tenth, peak = (issuing[0], max(issuing)) if issuing else (0, 0)
    figures = [
        {
            "name": "certificate_issue_median",
            "value": round(statistics.median(times), 1),
            "unit": "ms",
            "detail": "database work, number, snapshot, QR and PDF, one certificate at a time",
        },
        {"name": "certificate_issue_p95", "value": round(times[int(len(times) * 0.95) - 1], 1), "unit": "ms"},
        {
            "name": "certificate_issue_database_median",
            "value": round(statistics.median(row[1] for row in rows), 1),
            "unit": "ms",
            "detail": "eligibility, number and snapshot: the transaction before the PDF",
        },
        {
            "name": "certificate_render_only_median",
            "value": round(statistics.median(row[2] for row in rows), 1),
            "unit": "ms",
            "detail": "the same certificates rendered again, interleaved: QR code and PDF alone",
        },
        {
            "name": "machine_calibration",
            "value": round(statistics.median(row[3] for row in rows), 2),
            "unit": "ms",
            "detail": "a fixed pure-Python loop, interleaved: compare runs by it (lower is a faster machine phase)",
        },
        {
            "name": "certificate_cohort_by_worker",
            "value": round(check["seconds"], 2),
            "unit": "s",
            "learners": queued["total"],
            "workers": WORKERS,
            "detail": "from the batch's start to its end, as the workers recorded them",
        },
        {"name": "certificate_cohort_worker_wall", "value": round(wall, 2), "unit": "s", "detail": "start-up included"},
        {
            "name": "certificate_cohort_issued",
            "value": check["issued"],
            "unit": "certificates",
            "gap_free": check["gap_free"],
        },
        {"name": "certificate_worker_rss_after_10pct", "value": round(tenth, 1), "unit": "MB"},
        {
            "name": "certificate_worker_rss_peak",
            "value": round(peak, 1),
            "unit": "MB",
            "ratio": round(peak / tenth, 3) if tenth else None,
        },
    ]
    for figure in figures:
        print(json.dumps(figure))
    if check["issued"] != LEARNERS or not check["gap_free"] or check["state"] != "done":
        raise SystemExit(f"certificate benchmark: {check}")


if __name__ == "__main__":
    main()
