"""Blocks for lesson bodies: the shared content blocks plus the learning-specific ones."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from lms.blocks import (
    CalloutBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    MediaBlock,
    ParagraphBlock,
    QuotationBlock,
)


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Tóm tắt ý chính")
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point"), max_length=400), label=_("Points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "courses/blocks/key_points.html"
        preview_value = {
            "title": "Tóm tắt ý chính",
            "points": ["Đảng ra đời ngày 3/2/1930.", "Đảng lãnh đạo cách mạng giành độc lập dân tộc."],
        }
        description = _("A short summary of what to remember")


class SelfCheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)

    class Meta:
        icon = "tick"
        label = _("Answer")


class SelfCheckBlock(blocks.StructBlock):
    """A question learners answer for themselves; the answer is revealed on click and never graded."""

    question = blocks.CharBlock(label=_("Question"), max_length=400)
    choices = blocks.ListBlock(SelfCheckChoiceBlock(), label=_("Answers"), min_num=2, max_num=6)
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["is_correct"]) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark exactly one answer as correct."))}
            )
        return value

    class Meta:
        icon = "help"
        label = _("Self-check question")
        template = "courses/blocks/self_check.html"
        preview_value = {
            "question": "Đảng Cộng sản Việt Nam ra đời năm nào?",
            "choices": [
                {"text": "1925", "is_correct": False},
                {"text": "1930", "is_correct": True},
                {"text": "1945", "is_correct": False},
            ],
            "explanation": "Hội nghị thành lập Đảng họp đầu năm 1930.",
        }
        description = _("An ungraded question; learners reveal the answer themselves")


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_points = KeyPointsBlock()
    image = ImageBlock()
    media = MediaBlock()
    document = DocumentBlock()
    quotation = QuotationBlock()
    callout = CalloutBlock()
    self_check = SelfCheckBlock()

    class Meta:
        block_counts = {"heading": {"max_num": 30}}
