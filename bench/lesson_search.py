"""Searching the demo's published lessons: reading them into a process's index, then searches, on PostgreSQL.

The index is built once per process and version of the page tree (the first search after a publish pays it).
Prints one JSON line per figure.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB_NAME = "lms_bench_search"
QUERIES = ["dieu le dang", "Đảng viên", "cong nhan lam theo ca", "to chuc co so dang", "hop tac xa"]


def main() -> None:
    env = dict(os.environ, DATABASE_URL=f"{PG}/{DB_NAME}", DJANGO_SETTINGS_MODULE="lms.settings.dev")
    if "--child" not in sys.argv:
        for sql in (f"DROP DATABASE IF EXISTS {DB_NAME}", f"CREATE DATABASE {DB_NAME}"):
            subprocess.run(["psql", f"{PG}/postgres", "-qc", sql], check=True, capture_output=True)
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        subprocess.run([sys.executable, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, capture_output=True)
        subprocess.run([sys.executable, __file__, "--child"], cwd=ROOT, env=env, check=True)
        return

    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from courses.selectors import search
    from lms.routing import current_version

    builds = []
    for _ in range(5):
        started = time.perf_counter()
        lessons = search._read_lessons()
        builds.append(time.perf_counter() - started)
    search._index.lessons_for(current_version())
    timings = []
    for _ in range(50):
        for query in QUERIES:
            started = time.perf_counter()
            search.lesson_search(query=query)
            timings.append(time.perf_counter() - started)
    timings.sort()
    figures = [
        ("lesson_search_lessons_indexed", len(lessons), "lessons"),
        ("lesson_search_index_build_median", statistics.median(builds) * 1000, "ms"),
        ("lesson_search_query_median", statistics.median(timings) * 1000, "ms"),
        ("lesson_search_query_p95", timings[int(len(timings) * 0.95)] * 1000, "ms"),
    ]
    for name, value, unit in figures:
        print(json.dumps({"name": name, "value": round(value, 2), "unit": unit}))


if __name__ == "__main__":
    main()
