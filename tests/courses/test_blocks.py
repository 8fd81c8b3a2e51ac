import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks

from courses.blocks import LessonBodyBlock, SelfCheckBlock
from lms.blocks import MediaBlock

LESSON_BLOCKS = LessonBodyBlock().child_blocks


def test_the_lesson_body_offers_every_block_the_board_needs():
    assert set(LESSON_BLOCKS) == {
        "heading",
        "paragraph",
        "key_points",
        "image",
        "media",
        "document",
        "quotation",
        "callout",
        "self_check",
    }


@pytest.mark.parametrize("name", sorted(LESSON_BLOCKS))
def test_every_block_has_icon_template_and_preview(name):
    block = LESSON_BLOCKS[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.template
    assert block.meta.description
    assert block.is_previewable


@pytest.mark.parametrize("name", ["heading", "paragraph", "key_points", "quotation", "callout", "self_check"])
def test_block_previews_render(name):
    block = LESSON_BLOCKS[name]
    html = block.render(block.to_python(block.get_prep_value(block.normalize(block.meta.preview_value))))
    assert html.strip()


def test_self_check_needs_exactly_one_correct_answer():
    block = SelfCheckBlock()
    value = block.to_python(
        {
            "question": "Câu hỏi?",
            "choices": [{"text": "A", "is_correct": True}, {"text": "B", "is_correct": True}],
            "explanation": "",
        }
    )
    with pytest.raises((ValidationError, blocks.StructBlockValidationError)):
        block.clean(value)


def test_self_check_renders_the_answer_hidden_until_clicked():
    block = SelfCheckBlock()
    html = block.render(block.to_python(block.meta.preview_value))
    assert "<details" in html
    answer_position = html.index("1930", html.index("<details"))
    assert answer_position > html.index("<summary")


def test_media_needs_a_file_or_an_embed_but_not_neither():
    block = MediaBlock()
    value = block.to_python({"kind": "video", "title": "Phim tư liệu", "file": None, "embed": None})
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(value)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["image", "media", "document"])
def test_file_block_previews_show_the_newest_upload(name):
    from courses.demo.media import ensure_demo_media

    ensure_demo_media()
    block = LESSON_BLOCKS[name]
    value = block.get_preview_value()
    html = block.render(value)
    if name == "media":  # the demo library has no audio file: the preview shows the title and transcript
        assert "Bài nghe tóm tắt" in html
    else:
        assert "<img" in html or "dong-thoi-gian" in html


def test_file_blocks_render_nothing_broken_without_uploads(db):
    for name in ("image", "document"):
        block = LESSON_BLOCKS[name]
        assert "None" not in block.render(block.get_preview_value())
