"""For benchmarks that measure in one process: a fresh PostgreSQL database with the demo data, then the script
again in a child process that uses it (its own Django set-up, nothing left from loading the demo)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def in_child_with_demo(db_name: str, script: str) -> bool:
    """In the parent: build the database, run `script` with --child, return False. In the child: return True."""
    if "--child" in sys.argv:
        return True
    env = dict(os.environ, DATABASE_URL=f"{PG}/{db_name}", DJANGO_SETTINGS_MODULE="lms.settings.dev")
    for sql in (f"DROP DATABASE IF EXISTS {db_name}", f"CREATE DATABASE {db_name}"):
        subprocess.run(["psql", f"{PG}/postgres", "-qc", sql], check=True, capture_output=True)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([sys.executable, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, script, "--child"], cwd=ROOT, env=env, check=True)
    return False
