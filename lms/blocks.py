"""Content blocks shared by every page type. Each block has an icon, a template and a preview value."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


# Previews of blocks that show uploaded files use the newest file of the library, so editors see a real example.
def _newest_image_id() -> int | None:
    return get_image_model().objects.order_by("-created_at").values_list("pk", flat=True).first()


def _newest_document_id(extensions: tuple[str, ...] = ()) -> int | None:
    documents = get_document_model().objects.order_by("-created_at")
    for document in documents[:50]:
        if not extensions or document.file_extension.lower() in extensions:
            return document.pk
    return None


def _image_preview() -> dict:
    return {"image": _newest_image_id(), "alt_text": "", "caption": "Ảnh minh họa"}


def _media_preview() -> dict:
    return {
        "kind": "audio",
        "title": "Bài nghe tóm tắt",
        "file": _newest_document_id(("mp3", "m4a", "ogg", "mp4", "webm")),
        "embed": None,
        "duration_minutes": 5,
        "transcript": "Tóm tắt nội dung bài học để nghe trong giờ nghỉ giữa ca.",
    }


def _document_preview() -> dict:
    return {"document": _newest_document_id(), "description": "Tài liệu đọc thêm"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "lms/blocks/paragraph.html"
        preview_value = "<p>Người lao động trong khu công nghiệp học tập theo ca, mỗi lần một bài ngắn.</p>"
        description = _("Formatted text")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "lms/blocks/heading.html"
        preview_value = {"text": "Bối cảnh ra đời", "level": "h2"}
        description = _("A section heading; learners can jump to it")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        required=False,
        help_text=_("Describe the image for screen readers."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    def get_preview_value(self):
        return self.to_python(_image_preview())

    class Meta:
        icon = "image"
        label = _("Image")
        template = "lms/blocks/image.html"
        description = _("An image with a caption, resized for phones")


class MediaBlock(blocks.StructBlock):
    """Video or audio: an uploaded file (from the documents library) or an embed from a video site."""

    kind = blocks.ChoiceBlock(label=_("Kind"), choices=[("video", _("Video")), ("audio", _("Audio"))], default="video")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    file = DocumentChooserBlock(label=_("Uploaded file"), required=False)
    embed = EmbedBlock(label=_("Embed address"), required=False, help_text=_("A link to a video on a video site."))
    duration_minutes = blocks.IntegerBlock(label=_("Length (minutes)"), required=False, min_value=0)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("embed")):
            raise blocks.StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose an uploaded file or give an embed address, not both."))}
            )
        return value

    def get_preview_value(self):
        return self.to_python(_media_preview())

    class Meta:
        icon = "media"
        label = _("Video or audio")
        template = "lms/blocks/media.html"
        description = _("Uploaded video/audio or an embedded video; loads only when played")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), max_length=255, required=False)

    def get_preview_value(self):
        return self.to_python(_document_preview())

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "lms/blocks/document.html"
        description = _("A downloadable document with its size")


class QuotationBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    source = blocks.CharBlock(label=_("Source"), max_length=255, help_text=_("E.g. the resolution and its date."))

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "lms/blocks/quotation.html"
        preview_value = {"text": "Học đi đôi với hành.", "source": "Tục ngữ"}
        description = _("A quotation from a resolution or speech, with its source")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Important"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "lms/blocks/callout.html"
        preview_value = {
            "tone": "tip",
            "title": "Mẹo học theo ca",
            "text": "<p>Đọc mỗi phần trong giờ nghỉ giữa ca; hệ thống nhớ chỗ bạn đang đọc.</p>",
        }
        description = _("A highlighted box: information, a tip or something important")
