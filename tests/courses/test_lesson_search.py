"""Searching the published lessons, with or without diacritics."""

import re

import pytest
from django.urls import reverse

from courses.selectors.search import fold, lesson_search, query_words
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def _write(module, paragraph: str, *, title: str | None = None, publish_it: bool = True):
    module.body = [
        {"type": "heading", "value": {"text": "Phần một", "level": "h2"}},
        {"type": "paragraph", "value": paragraph},
        {
            "type": "key_points",
            "value": {"title": "Tóm tắt ý chính", "points": ["Đảng viên gương mẫu trong ca làm việc."]},
        },
    ]
    if title:
        module.title = title
    return publish(module) if publish_it else module.save_revision()


def test_folding_drops_diacritics_and_keeps_every_position():
    text = "Điều lệ Đảng — Nghị quyết ĐẠI HỘI XIII"
    assert fold(text) == "dieu le dang — nghi quyet dai hoi xiii"
    assert len(fold(text)) == len(text)
    assert fold("ﬁ ǅ") and len(fold("ﬁ ǅ")) == 3  # characters that would not fold to one stay as they are
    assert query_words("  Điều   lệ a ") == ["dieu", "le"]  # one-letter words say nothing


def test_words_are_found_with_or_without_tone_marks_and_highlighted(curriculum):
    lesson = curriculum.modules[1]
    _write(lesson, "<p>Điều lệ Đảng quy định <b>quyền</b> và nhiệm vụ của đảng viên &amp; tổ chức đảng.</p>")
    for query in ("dieu le", "Điều lệ", "DIEU LE", "điêu lê"):
        hits = lesson_search(query=query)
        assert [hit.module_id for hit in hits] == [lesson.pk], query
    hit = lesson_search(query="dieu le nhiem vu")[0]
    assert "<mark>Điều</mark> <mark>lệ</mark> Đảng" in hit.snippet
    assert "<mark>nhiệm</mark> <mark>vụ</mark>" in hit.snippet
    assert "&amp; tổ chức" in hit.snippet and "<b>" not in hit.snippet
    block_id = lesson.body[1].id[:8]
    assert hit.url == f"{lesson.url}#b-{block_id}", "the link opens the lesson where the words are"


def test_every_word_must_be_in_the_lesson_and_titles_count_first(curriculum):
    first, second, third = curriculum.modules
    _write(first, "<p>Công đoàn cơ sở chăm lo đời sống công nhân.</p>")
    _write(second, "<p>Tổ chức công đoàn và đoàn thanh niên.</p>", title="Công đoàn trong doanh nghiệp")
    _write(third, "<p>Chi bộ trong doanh nghiệp.</p>")  # "doanh" is not "đoàn"; its objectives say "công việc"
    assert [hit.module_id for hit in lesson_search(query="cong doan")] == [second.pk, first.pk]
    assert [hit.module_id for hit in lesson_search(query="cong doan doi song")] == [first.pk]
    assert lesson_search(query="cong doan sao hoa") == []


def test_drafts_and_unpublished_lessons_are_not_searched(curriculum):
    lesson = curriculum.modules[0]
    _write(lesson, "<p>Bản nháp nói về hợp tác xã kiểu mới.</p>", publish_it=False)
    assert lesson_search(query="hop tac xa") == [], "a draft is not what learners read"
    _write(lesson, "<p>Bản đã duyệt nói về hợp tác xã kiểu mới.</p>")
    assert [hit.module_id for hit in lesson_search(query="hop tac xa")] == [lesson.pk], "publishing makes it found"
    lesson.unpublish()
    assert lesson_search(query="hop tac xa") == []


def test_the_search_page_for_learners(client, curriculum, learner, django_assert_max_num_queries):
    _write(curriculum.modules[0], "<p>Phong cách làm việc khoa học, dân chủ.</p>")
    url = reverse("courses:lesson_search")
    assert client.get(url, {"q": "dan chu"}).status_code == 302, "learners log in first"
    client.force_login(learner)
    html = client.get(url, {"q": "dan chu"}).content.decode()
    assert "<mark>dân</mark> <mark>chủ</mark>" in html and "1 bài học có đủ các từ này." in html
    with django_assert_max_num_queries(2):  # the user; the lessons are read once per version of the page tree
        html = client.get(url, {"q": "<script>alert(1)</script> khoa hoc"}).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    html = client.get(url, {"q": "khong co tu nay"}).content.decode()
    assert "Không bài học nào có đủ các từ này" in html
    html = client.get(url, {"q": ""}).content.decode()
    assert "Không bài học nào" not in html and not re.search(r"<mark>", html)
    long_query = "dan chu " + "x" * 500
    assert client.get(url, {"q": long_query}).status_code == 200


def test_the_phrase_and_the_tone_marks_typed_rank_first(curriculum):
    first, second, third = curriculum.modules
    _write(first, "<p>Sống xứng đáng với niềm tin; điều kiện để lệ thuộc.</p>")
    _write(second, "<p>Điều lệ Đảng là văn bản quy định tổ chức và hoạt động của Đảng.</p>")
    _write(third, "<p>Đảng viên tham gia công đoàn.</p><p>Học điều lệ.</p>")
    assert [hit.module_id for hit in lesson_search(query="dieu le dang")][:1] == [second.pk], "the phrase first"
    found = [hit.module_id for hit in lesson_search(query="Đảng")]
    assert sorted(found) == sorted(m.pk for m in curriculum.modules) and found[-1] == first.pk, "“đáng” after “Đảng”"
    hit = next(hit for hit in lesson_search(query="hoc dieu le") if hit.module_id == third.pk)
    assert hit.snippet == "Đảng viên tham gia công đoàn. <mark>Học</mark> <mark>điều</mark> <mark>lệ</mark>."
