"""Leaflets: the bilingual public page, the translations' stamps through the real admin views, the overview."""

import subprocess
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.demo.leaflets import load_leaflets
from courses.models import LeafletIndexPage, LeafletPage, LeafletTranslation, ProgrammeIndexPage
from courses.selectors.leaflets import LEAFLET_LABELS, leaflet_labels, leaflet_translation_states
from courses.services import curriculum_editorial_setup, leaflet_source_digest, translation_stamp
from lms.models import HomePage
from tests.conftest import publish
from tests.factories import LeafletIndexPageFactory, LeafletPageFactory, leaflet_sections

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE = [  # as LeafletPageFactory writes them
    ("Cầu nối", "<p>Công đoàn lắng nghe người lao động.</p>"),
    ("Ổn định", "<p>Người lao động gắn bó lâu dài.</p>"),
]
KOREAN_SECTIONS = (("다리", "<p>노동조합은 근로자의 의견을 듣습니다.</p>"), ("안정", "<p>근로자가 오래 일합니다.</p>"))


def _translate(page: LeafletPage, language: str, title: str, sections=KOREAN_SECTIONS) -> LeafletTranslation:
    item = LeafletTranslation(
        language=language, title=title, summary=f"{title}: tóm tắt", sections=leaflet_sections(*sections)
    )
    page.translations.add(item)
    translation_stamp(item, source_digest=leaflet_source_digest(page))
    return item


@pytest.fixture
def leaflet(curriculum) -> LeafletPage:
    index = publish(LeafletIndexPageFactory(parent=curriculum.home))
    curriculum_editorial_setup(root=index)
    page = LeafletPageFactory(parent=index, title="Công đoàn trong doanh nghiệp", slug="cong-doan")
    _translate(page, "ko", "기업 내 노동조합")
    _translate(page, "zh-hans", "企业中的工会")
    page.save()  # as the admin does: the translations get their keys before the first revision
    return publish(page)


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- Page rules ----------------------------------------------------------------------------------------------


def test_leaflets_live_under_their_index_under_the_home_page(leaflet, curriculum):
    index = leaflet.get_parent().specific
    assert LeafletIndexPage.can_create_at(curriculum.home)
    assert not LeafletIndexPage.can_create_at(curriculum.programmes)
    assert LeafletPage.can_create_at(index)
    assert not LeafletPage.can_create_at(curriculum.home)
    assert not LeafletPage.can_create_at(curriculum.course)
    assert LeafletIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProgrammeIndexPage not in LeafletPage.allowed_parent_page_models()


# --- Reading ---------------------------------------------------------------------------------------------------


def test_anyone_reads_a_leaflet_in_vietnamese_beside_the_chosen_language(leaflet):
    html = _page(_client().get(leaflet.url + "?lang=ko"))
    assert "기업 내 노동조합" in html and "Công đoàn trong doanh nghiệp" in html
    assert '<div class="leaflet-tr" lang="ko"><h2>다리</h2>' in html
    assert '<div class="leaflet-vi" lang="vi"><h2>Cầu nối</h2>' in html
    assert "이 전단을 읽을 언어" in html, "the words around the text are in the reader's language too"
    assert "Đọc tờ rơi bằng" in html, "and in the site's language"
    assert "Vietnamese text applies" not in html and "văn bản tiếng Việt được áp dụng" not in html
    assert 'hreflang="zh-hans"' in html and "简体中文" in html


def test_a_vietnamese_reader_sees_the_vietnamese_text_alone(leaflet):
    html = _page(_client().get(leaflet.url + "?lang=vi"))
    assert "Cầu nối" in html and "다리" not in html and 'class="leaflet-tr"' not in html
    assert _page(_client().get(leaflet.url + "?lang=xx")).count('class="leaflet-tr"') == 0, "unknown: no error"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ko-KR,ko;q=0.9,en;q=0.8", "ko"),
        ("ja-JP,ko;q=0.8", "ko"),  # no Japanese yet: the next language the browser names
        ("zh-TW,zh;q=0.9", "zh-hans"),  # a Chinese reader gets the simplified text rather than none
        ("vi-VN,ko;q=0.5", None),
        ("fr-FR", None),
    ],
)
def test_without_a_choice_the_browsers_language_is_offered(leaflet, accept, expected):
    response = _client().get(leaflet.url, HTTP_ACCEPT_LANGUAGE=accept)
    html = _page(response)
    assert "Accept-Language" in response["Vary"]
    if expected:
        assert f'<div class="leaflet-tr" lang="{expected}">' in html
    else:
        assert 'class="leaflet-tr"' not in html


def test_drafts_stay_private(leaflet, learner):
    draft = LeafletPageFactory(parent=leaflet.get_parent(), slug="nhap", live=False)
    draft.save_revision()
    assert _client().get(leaflet.get_parent().url + "nhap/").status_code == 404
    assert _client(learner).get(leaflet.get_parent().url + "nhap/").status_code == 404

    items = list(leaflet.translations.all())
    next(item for item in items if item.language == "ko").title = "새 제목"
    leaflet.translations = items
    leaflet.save_revision()  # not published
    html = _page(_client().get(leaflet.url + "?lang=ko"))
    assert "새 제목" not in html and "기업 내 노동조합" in html


def test_the_index_lists_published_leaflets_with_their_languages(leaflet, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        html = _page(_client().get(leaflet.get_parent().url))
    assert "Công đoàn trong doanh nghiệp" in html
    assert f'href="{leaflet.url}?lang=ko" lang="ko"' in html and "한국어" in html


def test_the_leaflet_page_has_a_query_budget(leaflet, django_assert_max_num_queries):
    _client().get(leaflet.url + "?lang=ko")  # warm the route cache
    with django_assert_max_num_queries(3):  # issuing body, translations; the route is cached
        _page(_client().get(leaflet.url + "?lang=ko"))


# --- Translations through the admin --------------------------------------------------------------------------


def _form(page: LeafletPage, *, vietnamese=None, korean=None, confirm=False, extra=None, action="") -> dict:
    sections = vietnamese or VIETNAMESE
    latest = LeafletPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    items = []
    for item in latest.translations.all():
        theirs = (
            korean
            if (korean and item.language == "ko")
            else [(b.value["heading"], b.value["text"].source) for b in item.sections]
        )
        row = {
            "id": item.pk or "",
            "language": item.language,
            "title": item.title,
            "summary": item.summary,
            "sections": _stream(theirs),
            "ORDER": str(len(items) + 1),
            "DELETE": "",
        }
        if confirm and item.language == "ko":
            row["confirm_current"] = "on"
        items.append(row)
    for row in extra or []:
        items.append({**row, "ORDER": str(len(items) + 1), "DELETE": ""})
    data = nested_form_data(
        {
            "title": latest.title,
            "slug": latest.slug,
            "summary": latest.summary,
            "sections": _stream(sections),
            "translations": inline_formset(items, initial=latest.translations.count()),
        }
    )
    if action:
        data[action] = "1"
    return data


def _pairs(sections) -> list[tuple[str, str]]:
    return [(block.value["heading"], block.value["text"].source) for block in sections]


def _stream(pairs) -> str:
    return streamfield([("section", {"heading": heading, "text": rich_text(text)}) for heading, text in pairs])


def _states(page: LeafletPage) -> dict[str, str]:
    row = next(row for row in leaflet_translation_states() if row.page.pk == page.pk)
    return {label: state for label, state in row.states}


def _edit(user, page: LeafletPage, data: dict):
    return _client(user).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_a_change_to_the_vietnamese_text_marks_the_translations_out_of_date(leaflet, editor):
    assert set(_states(leaflet).values()) == {"current", "missing"}
    changed = [
        ("Cầu nối", "<p>Công đoàn lắng nghe và đối thoại.</p>"),
        ("Ổn định", "<p>Người lao động gắn bó lâu dài.</p>"),
    ]
    response = _edit(editor, leaflet, _form(leaflet, vietnamese=changed))
    assert response.status_code == 302, "the Vietnamese editor is not stopped by translations they cannot read"
    states = _states(leaflet)
    assert states["Tiếng Hàn"] == "outdated" and states["Tiếng Trung (giản thể)"] == "outdated"
    assert states["Tiếng Nhật"] == "missing"

    leaflet.refresh_from_db()
    leaflet.get_latest_revision().publish()
    html = _page(_client().get(leaflet.url + "?lang=ko"))
    assert "이전 버전의 베트남어 원문" in html, "the reader is told, in their language"
    assert "văn bản tiếng Việt được áp dụng" in html


def test_a_translator_who_edits_the_translation_brings_it_up_to_date(leaflet, editor):
    changed = [
        ("Cầu nối", "<p>Công đoàn lắng nghe và đối thoại.</p>"),
        ("Ổn định", "<p>Người lao động gắn bó lâu dài.</p>"),
    ]
    _edit(editor, leaflet, _form(leaflet, vietnamese=changed))
    korean = [
        ("다리", "<p>노동조합은 근로자의 의견을 듣고 대화합니다.</p>"),
        ("안정", "<p>근로자가 오래 일합니다.</p>"),
    ]
    assert _edit(editor, leaflet, _form(leaflet, vietnamese=changed, korean=korean)).status_code == 302
    states = _states(leaflet)
    assert states["Tiếng Hàn"] == "current" and states["Tiếng Trung (giản thể)"] == "outdated"


def test_a_translation_checked_without_change_is_ticked_up_to_date(leaflet, editor):
    changed = [
        ("Cầu nối", "<p>Công đoàn lắng nghe người lao động!</p>"),
        ("Ổn định", "<p>Người lao động gắn bó lâu dài.</p>"),
    ]
    _edit(editor, leaflet, _form(leaflet, vietnamese=changed))
    edit_page = _page(_client(editor).get(reverse("wagtailadmin_pages:edit", args=[leaflet.pk])))
    assert "Cần cập nhật: bản tiếng Việt đã thay đổi" in edit_page, "the form says which translation is behind"
    _edit(editor, leaflet, _form(leaflet, vietnamese=changed, confirm=True))
    assert _states(leaflet)["Tiếng Hàn"] == "current"


def test_a_translation_must_follow_the_vietnamese_sections(leaflet, editor):
    revisions = Revision.objects.count()
    korean = [("다리", "<p>하나뿐입니다.</p>")]
    response = _edit(editor, leaflet, _form(leaflet, korean=korean))
    html = _page(response)
    assert "Bản tiếng Việt có 2 mục, bản dịch này có 1 mục" in html
    assert Revision.objects.count() == revisions, "nothing is saved"


def test_one_translation_per_language(leaflet, editor):
    revisions = Revision.objects.count()
    duplicate = {
        "language": "ko",
        "title": "또 다른",
        "summary": "요약",
        "sections": _stream(KOREAN_SECTIONS),
    }
    html = _page(_edit(editor, leaflet, _form(leaflet, extra=[duplicate])))
    assert "Tờ rơi này đã có bản dịch sang ngôn ngữ này." in html
    assert Revision.objects.count() == revisions


def test_a_new_translation_is_up_to_date_and_an_editor_cannot_publish_it(leaflet, editor):
    japanese = {
        "language": "ja",
        "title": "企業の労働組合",
        "summary": "要約",
        "sections": streamfield(
            [
                ("section", {"heading": "橋", "text": rich_text("<p>声を聞く。</p>")}),
                ("section", {"heading": "安定", "text": rich_text("<p>長く働く。</p>")}),
            ]
        ),
    }
    assert _edit(editor, leaflet, _form(leaflet, extra=[japanese], action="action-publish")).status_code == 302
    assert _states(leaflet)["Tiếng Nhật"] == "current"
    assert not leaflet.translations.filter(language="ja").exists(), "an editor's publish does not go live"
    assert 'lang="ja"' not in _page(_client().get(leaflet.url + "?lang=ja"))


# --- The translators' overview ---------------------------------------------------------------------------------


def test_the_overview_reads_published_leaflets_in_two_queries(leaflet, django_assert_num_queries):
    second = LeafletPageFactory(parent=leaflet.get_parent(), slug="thu-hai")
    _translate(second, "en", "Second")
    second.save()
    publish(second)
    with django_assert_num_queries(2):  # however many published leaflets
        rows = leaflet_translation_states()
    assert [dict(row.states)["Tiếng Anh"] for row in rows] == ["missing", "current"]
    second.save_revision()  # a draft is read from its revision, which Wagtail restores with a few queries more
    rows = leaflet_translation_states()
    assert [row.has_unpublished_changes for row in rows] == [False, True]
    assert dict(rows[1].states)["Tiếng Anh"] == "current"


def test_the_overview_is_for_content_authors_only(leaflet, editor, approver, learner, world):
    url = reverse("courses_leaflet_translations")
    html = _page(_client(editor).get(url))
    assert "Công đoàn trong doanh nghiệp" in html and 'data-state="current"' in html and 'data-state="missing"' in html
    assert _client(approver).get(url).status_code == 200
    assert _client(world.organizers["a"]).get(url).status_code in (302, 403)
    assert _client(learner).get(url).status_code in (302, 403)
    assert _client().get(url).status_code == 302


# --- Catalogues and demo -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["vi", "ko", "ja", "zh-hans"])
def test_the_words_around_a_leaflet_are_translated(language):
    english, theirs = leaflet_labels("en"), leaflet_labels(language)  # English is the source text
    for key in LEAFLET_LABELS:
        assert theirs[key] and theirs[key] != english[key], f"{language}: {key} is not translated"


@pytest.mark.parametrize("folder", ["ko", "ja", "zh_Hans"])
def test_reader_catalogues_compile_cleanly(folder):
    po = ROOT / "locale" / folder / "LC_MESSAGES" / "django.po"
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_demo_leaflets_load_once_with_current_translations(curriculum):
    pages = load_leaflets()
    revisions = Revision.objects.count()
    assert load_leaflets() and Revision.objects.count() == revisions, "a second run changes nothing"
    for page in pages:
        digest = leaflet_source_digest(page)
        assert page.live and all(item.source_digest == digest for item in page.translations.all())
    assert {item.language for item in pages[0].translations.all()} == {"en", "ko", "zh-hans", "ja"}


def test_editors_preview_the_draft_beside_each_language(leaflet, editor):
    korean = [("다리 (초안)", "<p>초안입니다.</p>"), KOREAN_SECTIONS[1]]
    client = _client(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[leaflet.pk])
    assert client.post(url, _form(leaflet, korean=korean)).json()["is_valid"]
    html = _page(client.get(url, {"mode": "ko"}))
    assert '<div class="leaflet-tr" lang="ko"><h2>다리 (초안)</h2>' in html, "the draft, not the published text"
    assert 'class="leaflet-tr"' not in _page(client.get(url, {"mode": ""}))


def test_a_new_leaflet_can_be_previewed_before_its_first_save(leaflet, editor):
    index = leaflet.get_parent()
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "leafletpage", index.pk])
    client = _client(editor)
    data = nested_form_data(
        {
            "title": "Tờ rơi mới",
            "slug": "to-roi-moi",
            "summary": "Tóm tắt",
            "sections": _stream(VIETNAMESE),
            "translations": inline_formset(
                [{"language": "ja", "title": "新しい", "summary": "要約", "sections": _stream(VIETNAMESE)}]
            ),
        }
    )
    assert client.post(url, data).json()["is_valid"]
    assert '<div class="leaflet-tr" lang="ja"><h1>新しい</h1>' in _page(client.get(url, {"mode": "ja"}))
