"""The production settings refuse to start unsafely and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="lms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", ALLOWED_HOSTS="lms.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = _manage("check", SECRET_KEY="django-insecure-short", ALLOWED_HOSTS="lms.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_checks_without_warnings():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(60), ALLOWED_HOSTS="lms.vn"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_vietnamese_first():
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert ("vi", "Tiếng Việt") in settings.WAGTAILADMIN_PERMITTED_LANGUAGES
    assert [code for code, _name in settings.LANGUAGES] == ["vi", "en"]


def test_base_settings_hold_no_secret_and_no_debug():
    source = (ROOT / "lms" / "settings" / "base.py").read_text()
    assert "DEBUG = True" not in source
    assert settings.AUTH_USER_MODEL == "lms.User"


def test_sync_roles_creates_every_group(db, capsys):
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from lms.roles import GROUP_NAMES

    call_command("sync_roles", "--lang", "en")
    call_command("sync_roles")
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUP_NAMES.values())
    assert "Content editor" in capsys.readouterr().out


def test_the_lesson_fast_path_and_prepared_statements_can_be_turned_off():
    show = ["shell", "-c", "from django.conf import settings as s; print(s.LMS_FAST_PATHS)"]
    key = secrets.token_urlsafe(60)
    assert "warm_lesson" in _manage(*show, SECRET_KEY=key, ALLOWED_HOSTS="lms.vn").stdout
    assert (
        _manage(*show, SECRET_KEY=key, ALLOWED_HOSTS="lms.vn", LESSON_FAST_PATH="false").stdout.splitlines()[-1] == "[]"
    )
    options = ["shell", "-c", "from django.conf import settings as s; print(s.DATABASES['default']['OPTIONS'])"]
    database = {"DATABASE_URL": "postgres://u@127.0.0.1:5432/lms", "SECRET_KEY": key, "ALLOWED_HOSTS": "lms.vn"}
    assert "'prepare_threshold': 5" in _manage(*options, **database).stdout
    assert "'prepare_threshold': None" in _manage(*options, **database, DB_PREPARED_STATEMENTS="false").stdout
