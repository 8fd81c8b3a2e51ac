"""Logged-in lesson page vs. a static file of the same size, both served by the same gunicorn in the same run.

Sets up a fresh PostgreSQL database with the demo data, serves it with gunicorn (2 workers, production settings,
Redis cache), logs a demo learner in, then loads both URLs with wrk. For context it also measures the cheapest
Django view and, on a second server, the lesson through Django's whole stack without the warm lesson fast path.
The learner's requests carry what their phone's browser sends: the session cookie and the CSRF cookie a first view
set. Prints one JSON line per figure.
"""

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
DB_NAME = "lms_bench"
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DURATION = os.environ.get("BENCH_DURATION", "15s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
WORKERS = os.environ.get("BENCH_WORKERS", "2")
LUA = ROOT / "bench" / "wrk_report.lua"


def _env() -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        DATABASE_URL=f"{PG}/{DB_NAME}",
        REDIS_URL=os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/15"),
        SECRET_KEY=env.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        DB_CONN_MAX_AGE="600",
    )
    return env


def _run(*args: str, env: dict) -> str:
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{args[:3]} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def _setup(env: dict) -> None:
    _run("psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DB_NAME}", env=env)
    _run("psql", PG + "/postgres", "-qc", f"CREATE DATABASE {DB_NAME}", env=env)
    _run("redis-cli", "-n", "15", "FLUSHDB", env=env)
    _run(PYTHON, "manage.py", "compilemessages", "--ignore=.venv", "-v0", env=env)
    _run(PYTHON, "manage.py", "migrate", "--noinput", "-v0", env=env)
    _run(PYTHON, "manage.py", "load_demo", env=env)
    _run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", env=env)


def _login_and_pick_lesson(env: dict) -> tuple[str, str]:
    script = (
        "import django, json; django.setup()\n"
        "from django.test import Client\n"
        "from courses.models import ModulePage\n"
        "from lms.models import User\n"
        "c = Client(); c.force_login(User.objects.get(username='hocvien'))\n"
        "lesson = max(ModulePage.objects.live(), key=lambda p: len(str(p.body.raw_data)))\n"
        "print(json.dumps({'cookie': c.cookies['sessionid'].value, 'url': lesson.url}))\n"
    )
    out = json.loads(_run(PYTHON, "-c", script, env=env).strip().splitlines()[-1])
    return out["cookie"], out["url"]


def _get(url: str, cookie: str | None = None) -> tuple[int, bytes]:
    status, body, _headers = _get_with_headers(url, cookie)
    return status, body


def _get_with_headers(url: str, cookie: str | None = None):
    """GET without following redirects. `cookie`: a whole Cookie header, or just the session key."""
    headers = {}
    if cookie:
        headers["Cookie"] = cookie if "=" in cookie else f"sessionid={cookie}"
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(request, timeout=10) as response:
        return response.status, response.read(), response.headers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def start_gunicorn(env: dict, workers: str) -> subprocess.Popen:
    """The production server on PORT with the given number of sync workers (not yet ready: wait for it)."""
    command = [str(Path(PYTHON).with_name("gunicorn")), "lms.wsgi", "-w", workers, "-b", f"127.0.0.1:{PORT}"]
    return subprocess.Popen([*command, "--log-level", "warning", "--keep-alive", "5"], cwd=ROOT, env=env)


def _wait_for_server(process: subprocess.Popen) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise SystemExit("gunicorn exited early")
        try:
            _get(f"{BASE}/healthz")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def _wrk(url: str, cookies: str | None) -> dict:
    args = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "-s", str(LUA), url]
    if cookies:
        args[1:1] = ["-H", f"Cookie: {cookies}"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    report = json.loads(re.search(r"^JSON (.*)$", out, re.M).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    report["non_2xx"] = int(errors.group(1)) if errors else 0
    return report


def _browser_cookies(url: str, session: str) -> tuple[str, bytes]:
    """The cookies the learner's browser sends after a first view of the lesson (session and CSRF), and the page."""
    status, html, headers = _get_with_headers(url, session)
    if status != 200:
        raise SystemExit(f"the lesson page answered {status}, not 200: the bench must measure the logged-in page")
    csrf = next(
        (c.split(";")[0].split("=", 1)[1] for c in headers.get_all("Set-Cookie") or [] if c.startswith("csrftoken=")),
        None,
    )
    if not csrf:
        raise SystemExit("the lesson page set no CSRF cookie")
    return f"sessionid={session}; csrftoken={csrf}", html


def _warm(url: str, cookies: str | None) -> None:
    subprocess.run(
        ["wrk", "-t1", "-c4", "-d2s", url] + (["-H", f"Cookie: {cookies}"] if cookies else []),
        check=True,
        capture_output=True,
    )


def main() -> None:
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    env = _env()
    _setup(env)
    session, lesson_path = _login_and_pick_lesson(env)
    lesson_url, static_url = BASE + lesson_path, f"{BASE}/static/bench/same-size.html"
    gunicorn = start_gunicorn(env, WORKERS)
    try:
        _wait_for_server(gunicorn)
        cookies, html = _browser_cookies(lesson_url, session)
        static_root = ROOT / "static_collected" / "bench"
        static_root.mkdir(parents=True, exist_ok=True)
        # Same bytes as the lesson page, so both responses weigh the same. WhiteNoise indexes files at start-up,
        # so restart the workers after writing it.
        (static_root / "same-size.html").write_bytes(html)
        gunicorn.send_signal(signal.SIGHUP)
        time.sleep(2)
        _wait_for_server(gunicorn)
        status, static_body = _get(static_url)
        assert status == 200 and len(static_body) == len(html), (status, len(static_body), len(html))
        status, again = _get(lesson_url, cookies)
        assert status == 200 and len(again) == len(html), (status, len(again), len(html))
        for url, c in ((lesson_url, cookies), (static_url, None)):
            _warm(url, c)
        lesson = _wrk(lesson_url, cookies)
        static = _wrk(static_url, None)
        # For context: the cheapest possible Django response that touches the database (one SELECT 1).
        bare = _wrk(f"{BASE}/healthz", None)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
    # For context: the same page through Django's whole stack, without the warm lesson fast path.
    gunicorn = start_gunicorn({**env, "LESSON_FAST_PATH": "false"}, WORKERS)
    try:
        _wait_for_server(gunicorn)
        status, again = _get(lesson_url, cookies)
        assert status == 200 and len(again) == len(html), (status, len(again), len(html))
        _warm(lesson_url, cookies)
        django_path = _wrk(lesson_url, cookies)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=20)
    ratio = lesson["rps"] / static["rps"]
    figures = [
        {"name": "lesson_page_logged_in", "value": round(lesson["rps"], 1), "unit": "req/s", "ratio": round(ratio, 3)},
        {"name": "static_file_same_size", "value": round(static["rps"], 1), "unit": "req/s"},
        {"name": "lesson_page_p95", "value": round(lesson["p95_ms"], 2), "unit": "ms"},
        {"name": "static_file_p95", "value": round(static["p95_ms"], 2), "unit": "ms"},
        {
            "name": "bare_view_one_query",
            "value": round(bare["rps"], 1),
            "unit": "req/s",
            "ratio": round(bare["rps"] / static["rps"], 3),
        },
        {
            "name": "lesson_page_without_fast_path",
            "value": round(django_path["rps"], 1),
            "unit": "req/s",
            "ratio": round(django_path["rps"] / static["rps"], 3),
        },
        {"name": "lesson_page_bytes", "value": len(html), "unit": "bytes"},
        {
            "name": "lesson_page_errors",
            "value": lesson["non_2xx"] + lesson["errors"] + django_path["non_2xx"] + django_path["errors"],
            "unit": "responses",
        },
    ]
    for figure in figures:
        print(json.dumps(figure))


if __name__ == "__main__":
    main()
