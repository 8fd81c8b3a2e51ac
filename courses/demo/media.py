"""Demo media made by the loader itself (no files from elsewhere): a timeline picture and its printable PDF."""

from io import BytesIO

from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

IMAGE_TITLE = "Dòng thời gian các mốc lịch sử"
DOCUMENT_TITLE = "Dòng thời gian các mốc lịch sử (bản in)"
MILESTONES = ["1930", "1945", "1954", "1975", "1986"]


def _timeline_picture() -> Image.Image:
    width, height = 1200, 360
    picture = Image.new("RGB", (width, height), "#f6f5f2")
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=44)
    y = height // 2
    draw.line([(80, y), (width - 80, y)], fill="#b3261e", width=8)
    step = (width - 160) // (len(MILESTONES) - 1)
    for index, year in enumerate(MILESTONES):
        x = 80 + index * step
        draw.ellipse([(x - 22, y - 22), (x + 22, y + 22)], fill="#b3261e")
        text_width = draw.textlength(year, font=font)
        draw.text((x - text_width / 2, y + (40 if index % 2 else -95)), year, fill="#1d1d1f", font=font)
    return picture


def ensure_demo_media() -> tuple[object, object]:
    image_model, document_model = get_image_model(), get_document_model()
    image = image_model.objects.filter(title=IMAGE_TITLE).first()
    document = document_model.objects.filter(title=DOCUMENT_TITLE).first()
    if image is None or document is None:
        picture = _timeline_picture()
    if image is None:
        buffer = BytesIO()
        picture.save(buffer, "PNG")
        image = image_model(title=IMAGE_TITLE, file=ImageFile(buffer, name="dong-thoi-gian.png"))
        image.save()
    if document is None:
        buffer = BytesIO()
        picture.save(buffer, "PDF", resolution=150)
        document = document_model(
            title=DOCUMENT_TITLE,
            file=SimpleUploadedFile("dong-thoi-gian.pdf", buffer.getvalue(), content_type="application/pdf"),
        )
        document.save()
    return image, document
