import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]


def _untranslated(po_text: str) -> list[str]:
    missing = []
    for entry in po_text.split("\n\n")[1:]:
        if "#, fuzzy" in entry:
            missing.append(entry)
            continue
        msgid = re.search(r'^msgid "(.*)"', entry, re.M)
        strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', entry, re.M)
        if msgid and not any(re.sub(r'"\s*"', "", s).strip('"\n') for s in strings):
            missing.append(entry)
    return missing


def test_vietnamese_catalog_is_complete_and_current(tmp_path):
    """Extract the strings from the code as it is now; every one must have a Vietnamese translation."""
    for name in ("lms", "courses", "assessments", "templates", "locale"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "vi", "--no-obsolete"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "lms.settings.test", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    missing = _untranslated((tmp_path / "locale/vi/LC_MESSAGES/django.po").read_text(encoding="utf-8"))
    assert not missing, "untranslated strings (run `make messages` and translate):\n" + "\n\n".join(missing[:10])


def test_catalog_compiles_cleanly():
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(ROOT / "locale/vi/LC_MESSAGES/django.po")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_pages_are_vietnamese_by_default_even_for_english_browsers(curriculum):
    page = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").get(reverse("lms:login")).content.decode()
    assert "Đăng nhập" in page
    assert 'lang="vi"' in page


@pytest.mark.django_db
def test_language_switcher_changes_the_interface(curriculum):
    client = Client()
    response = client.post(reverse("lms:set_language"), {"language": "en", "next": "/dang-nhap/"})
    assert response.status_code == 302
    page = client.get(reverse("lms:login")).content.decode()
    assert 'lang="en"' in page and "Log in" in page
    client.post(reverse("lms:set_language"), {"language": "vi", "next": "/"})
    assert "Đăng nhập" in client.get(reverse("lms:login")).content.decode()


def test_dates_are_day_month_year_in_both_languages():
    template = Template('{{ day|date:"SHORT_DATE_FORMAT" }}')
    for language in ("vi", "en"):
        with translation.override(language):
            assert template.render(Context({"day": datetime.date(2026, 3, 2)})) == "02/03/2026"
