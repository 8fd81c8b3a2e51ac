"""The admin in Vietnamese: Wagtail's and Django's strings that their own catalogues leave untranslated."""

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, pgettext

from lms import upstream_catalogue
from lms.upstream_catalogue import DOMAINS, catalogue_gaps, catalogue_path, untranslated_upstream

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_the_admin_shows_has_a_vietnamese_translation():
    gaps = catalogue_gaps()
    assert not gaps.missing, "run `manage.py upstream_messages --update` and translate:\n" + "\n".join(
        m.msgid for m in gaps.missing[:20]
    )
    assert not gaps.stale


@pytest.mark.parametrize("domain", DOMAINS)
def test_upstream_catalogue_compiles_cleanly(domain):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(catalogue_path(domain))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_translations_are_used_and_the_projects_own_catalogue_comes_first():
    with translation.override("vi"):
        assert gettext("Embed") == "Nội dung nhúng"  # Wagtail's own catalogue says "Đính Kèm File"
        assert gettext("Workflows") != "Workflows"
        # The same English word means a user group in the admin and a shift group on our pages.
        assert gettext("Group") == "Nhóm"
        assert pgettext("shift", "Group") == "Tổ/ca"
        assert gettext("In progress") != pgettext("study", "In progress") == "Đang học"


def test_the_command_reports_what_a_new_package_version_would_leave_untranslated(tmp_path, settings, capsys):
    settings.BASE_DIR = tmp_path  # an empty catalogue, as if every string were new
    with pytest.raises(CommandError, match="strings of the admin have no Vietnamese translation"):
        call_command("upstream_messages", "--lang", "en")
    with pytest.raises(CommandError):
        call_command("upstream_messages", "--update", "--lang", "en")
    written = polib.pofile(str(upstream_catalogue.catalogue_path("django")))
    assert len(written) == len([m for m in untranslated_upstream().values() if m.domain == "django"])
    assert not written.translated_entries()
    assert f"{len(untranslated_upstream())} strings added, 0 dropped" in capsys.readouterr().out


class _VisibleText(HTMLParser):
    """Text a person reads on the page: text nodes and the labels of controls, not scripts or templates."""

    SKIPPED = {"script", "style", "template", "textarea"}

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self._skipping += 1
        for name, value in attrs:
            if name in ("title", "aria-label", "placeholder") and value:
                self.texts.append(value.strip())

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.texts.append(" ".join(data.split()))


def _english_left(html: str) -> list[str]:
    """Texts on the page that are, word for word, an upstream string whose Vietnamese differs from its English."""
    with translation.override("vi"):
        english = {
            m.msgid
            for m in untranslated_upstream().values()
            if m.domain == "django" and not m.msgid_plural and not m.context and gettext(m.msgid) != m.msgid
        }
    parser = _VisibleText()
    parser.feed(html)
    return sorted({text for text in parser.texts if text in english})


@pytest.mark.django_db
def test_editors_see_the_admin_in_vietnamese(client, curriculum, editor):
    client.force_login(editor)
    lesson = curriculum.modules[0]
    screens = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[curriculum.course.pk]),
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        reverse("wagtailadmin_pages:history", args=[lesson.pk]),
        reverse("wagtailadmin_pages:add", args=["courses", "modulepage", curriculum.course.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_account"),
    ]
    for url in screens:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'lang="vi"' in html, url
        assert not _english_left(html), (url, _english_left(html))
    # The workflow's button, which Wagtail's own catalogue translates as "Thực hiện …" ("carry out …").
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Gửi duyệt theo" in edit


@pytest.mark.django_db
def test_the_admins_scripts_get_their_strings_in_vietnamese(client, editor):
    client.force_login(editor)
    catalogue = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert (
        '"Collapse all": "Thu g\\u1ecdn t\\u1ea5t c\\u1ea3"' in catalogue
        or '"Collapse all": "Thu gọn tất cả"' in catalogue
    )
