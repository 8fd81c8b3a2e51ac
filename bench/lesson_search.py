"""Searching the demo's published lessons: reading them into a process's index, then searches, on PostgreSQL.

The index is built once per process and version of the page tree (the first search after a publish pays it).
Prints one JSON line per figure.
"""

import json
import statistics
import sys
import time
from pathlib import Path

from demo_database import in_child_with_demo  # bench/ is the script's own folder, first on sys.path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB_NAME = "lms_bench_search"
QUERIES = ["dieu le dang", "Đảng viên", "cong nhan lam theo ca", "to chuc co so dang", "hop tac xa"]


def main() -> None:
    if not in_child_with_demo(DB_NAME, __file__):
        return

    import django

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
