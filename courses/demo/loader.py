"""Demo curriculum: home page, programme index, the two courses and their lessons. Idempotent.

Running it again changes nothing unless the content modules changed; then it publishes a new revision.
"""

import uuid

from django.db import transaction
from wagtail.models import Page, Site

from courses.demo import content_awareness, content_new_member
from courses.demo.media import ensure_demo_media
from courses.models import CoursePage, ModulePage, ProgrammeIndexPage, ProgrammeKind
from courses.services import curriculum_editorial_setup
from lms.models import HomePage, IssuingBodySettings
from lms.text import nfc, nfc_deep

HOME = {
    "title": "Học tập lý luận chính trị cho công nhân",
    "slug": "trang-chu",
    "lead": "Học lớp bồi dưỡng nhận thức về Đảng và lớp đảng viên mới theo ca làm việc: "
    "trực tuyến trên điện thoại, kết hợp các buổi học trên lớp.",
}
PROGRAMMES = {"title": "Chương trình bồi dưỡng", "slug": "chuong-trinh"}
COURSES = [  # content, programme, periods, certificate valid for (months; None: no expiry)
    (content_awareness, ProgrammeKind.AWARENESS, 50, 60),
    (content_new_member, ProgrammeKind.NEW_MEMBER, 42, None),
]


def _publish_if_changed(page: Page, values: dict) -> Page:
    changed = any(getattr(page, name) != value for name, value in values.items())
    for name, value in values.items():
        setattr(page, name, value)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    return page


def _child(parent: Page, model: type[Page], slug: str, values: dict) -> Page:
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    return _publish_if_changed(page, values)


def _list_item(value) -> dict:
    # ListBlock's stored format: each item carries its own id.
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _body_values(body: list[dict]) -> list[dict]:
    """Turn the content modules' plain lists into StreamField raw data."""
    blocks = []
    for block in nfc_deep(body):
        value = block["value"]
        if block["type"] == "key_points":
            value = {**value, "points": [_list_item(point) for point in value["points"]]}
        if block["type"] == "self_check":
            value = {**value, "choices": [_list_item(choice) for choice in value["choices"]]}
        blocks.append({"type": block["type"], "value": value})
    return blocks


def _with_demo_media(body: list[dict], image, document) -> list[dict]:
    """Show the image and document blocks in the first awareness lesson."""
    figure = {
        "type": "image",
        "value": {
            "image": image.pk,
            "alt_text": "Dòng thời gian với các năm 1930, 1945, 1954, 1975 và 1986",
            "caption": "Các mốc lớn trên chặng đường của Đảng và dân tộc",
        },
    }
    handout = {
        "type": "document",
        "value": {"document": document.pk, "description": "Bản in dòng thời gian để dán ở bảng tin tổ sản xuất"},
    }
    first_heading = next((i for i, block in enumerate(body) if block["type"] == "heading"), 0)
    return [*body[: first_heading + 1], figure, *body[first_heading + 1 :], handout]


def _without_ids(value):
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    return value


def _ensure_home() -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(title=HOME["title"], slug=HOME["slug"], lead=HOME["lead"])
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        _publish_if_changed(home, {"title": HOME["title"], "lead": HOME["lead"]})
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME["title"]
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = HOME["title"]
        site.save()
        # Wagtail's install creates a placeholder "Welcome" page; the demo's home replaces it.
        if type(old_root.specific) is Page and old_root.depth == 2:
            old_root.delete()
    return home


@transaction.atomic
def load_curriculum() -> dict[str, CoursePage]:
    home = _ensure_home()
    settings = IssuingBodySettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.signer_name:
        settings.parent_body = "Huyện ủy Chơn Thành"
        settings.name = "Trung tâm Chính trị huyện Chơn Thành"
        settings.short_name = "TTCT"
        settings.signer_name = "Nguyễn Văn Minh"
        settings.signer_title = "Giám đốc"
        settings.place = "Chơn Thành"
        settings.guidance_reference = "Hướng dẫn 61-HD/BTGTW"
        settings.save()
    programmes = _child(
        home,
        ProgrammeIndexPage,
        PROGRAMMES["slug"],
        {"title": PROGRAMMES["title"], "intro": "<p>Các lớp bồi dưỡng dành cho công nhân, người lao động.</p>"},
    )
    curriculum_editorial_setup(root=programmes)
    image, document = ensure_demo_media()
    courses = {}
    for content, kind, total_periods, validity in COURSES:
        meta = content.COURSE
        course = _child(
            programmes,
            CoursePage,
            meta["slug"],
            {
                "title": nfc(meta["title"]),
                "programme_kind": kind,
                "summary": nfc(meta["summary"]),
                "audience": nfc(meta["audience"]),
                "total_periods": total_periods,
                "certificate_validity_months": validity,
            },
        )
        for lesson in content.LESSONS:
            module = ModulePage.objects.child_of(course).filter(slug=lesson["slug"]).first()
            values = {
                "title": nfc(lesson["title"]),
                "lesson_number": lesson["order"],
                "delivery_mode": lesson["delivery_mode"],
                "periods": lesson["periods"],
                "online_minutes": lesson["online_minutes"],
                "summary": nfc(lesson["summary"]),
                "objectives": nfc("\n".join(lesson["objectives"])),
            }
            body = _body_values(lesson["body"])
            if kind == ProgrammeKind.AWARENESS and lesson["order"] == 1:
                body = _with_demo_media(body, image, document)
            if module is None:
                module = ModulePage(slug=lesson["slug"], body=body, **values)
                course.add_child(instance=module)
                module.save_revision().publish()
            else:
                if _without_ids(list(module.body.raw_data)) != _without_ids(body):
                    module.body = body
                    module.save_revision().publish()
                _publish_if_changed(module, values)
        courses[kind] = course
    return courses
