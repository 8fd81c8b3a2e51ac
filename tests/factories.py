"""Test data factories (factory_boy and wagtail-factories)."""

import datetime
import itertools
import uuid

import factory
import wagtail_factories
from django.utils.text import slugify

from courses.models import (
    Cohort,
    CohortStatus,
    CoursePage,
    DeliveryMode,
    LeafletIndexPage,
    LeafletPage,
    ModulePage,
    ProgrammeIndexPage,
    ProgrammeKind,
)
from lms.models import (
    EducationLevel,
    Enterprise,
    Gender,
    HomePage,
    LearnerProfile,
    OrganizingUnit,
    Union,
    User,
    Zone,
)
from lms.roles import Role
from lms.services import role_group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    password = factory.PostGenerationMethodCall("set_password", "pw-for-tests")

    @factory.post_generation
    def roles(self, create, extracted: tuple[Role, ...] | None, **kwargs):
        if create and extracted:
            self.groups.set([role_group(role) for role in extracted])
        if create:
            self.save()


class ZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zone

    name = factory.Sequence(lambda n: f"Khu công nghiệp Thử {n}")
    province = "Bình Phước"


class EnterpriseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enterprise

    name = factory.Sequence(lambda n: f"Công ty TNHH Thử {n}")
    tax_code = factory.Sequence(lambda n: f"{3900000000 + n}")
    zone = factory.SubFactory(ZoneFactory)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Trang chủ"


class ProgrammeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammeIndexPage

    title = "Chương trình"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Lớp bồi dưỡng {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    programme_kind = ProgrammeKind.AWARENESS
    summary = "Tóm tắt khóa học."
    total_periods = 50


def leaflet_sections(*items: tuple[str, str]) -> list[dict]:
    return [{"type": "section", "value": {"heading": heading, "text": text}} for heading, text in items]


class LeafletIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LeafletIndexPage

    title = "Tờ rơi"
    slug = "to-roi"


class LeafletPageFactory(wagtail_factories.PageFactory):
    """A leaflet with two Vietnamese sections; translations are added by the tests that need them."""

    class Meta:
        model = LeafletPage

    title = factory.Sequence(lambda n: f"Tờ rơi {n}")
    slug = factory.Sequence(lambda n: f"to-roi-{n}")
    summary = "Công đoàn và tổ chức Đảng giúp doanh nghiệp ổn định."
    sections = factory.LazyFunction(
        lambda: leaflet_sections(
            ("Cầu nối", "<p>Công đoàn lắng nghe người lao động.</p>"),
            ("Ổn định", "<p>Người lao động gắn bó lâu dài.</p>"),
        )
    )


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Bài học {n}")
    slug = factory.Sequence(lambda n: f"bai-hoc-{n}")
    lesson_number = factory.Sequence(lambda n: n + 1)
    delivery_mode = DeliveryMode.ONLINE
    periods = 5
    online_minutes = 30
    objectives = "Hiểu được nội dung chính.\nLiên hệ với công việc."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Phần một", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Nội dung bài học cho công nhân làm theo ca.</p>"},
            {
                "type": "self_check",
                "value": {
                    "question": "Câu hỏi tự kiểm tra?",
                    "choices": [
                        {"type": "item", "value": {"text": "Đúng", "is_correct": True}, "id": str(uuid.uuid4())},
                        {"type": "item", "value": {"text": "Sai", "is_correct": False}, "id": str(uuid.uuid4())},
                    ],
                    "explanation": "Giải thích.",
                },
            },
        ]
    )


class UnionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Union

    enterprise = factory.SubFactory(EnterpriseFactory)
    name = factory.LazyAttribute(lambda union: f"Công đoàn cơ sở {union.enterprise.name}")


class OrganizingUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganizingUnit

    name = factory.Sequence(lambda n: f"Trung tâm Chính trị thử {n}")


_phone_numbers = itertools.count(1)


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory, roles=(Role.LEARNER,))
    date_of_birth = datetime.date(1995, 5, 20)
    gender = Gender.FEMALE
    phone = factory.LazyFunction(lambda: f"0912{next(_phone_numbers):06d}")
    national_id = factory.LazyFunction(lambda: f"070195{next(_phone_numbers):06d}")  # female, born 1995
    enterprise = factory.SubFactory(EnterpriseFactory)
    job = "Công nhân may"
    education_level = EducationLevel.UPPER_SECONDARY


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cohort

    code = factory.Sequence(lambda n: f"NTĐ-2026-{n:02d}")
    organizing_unit = factory.SubFactory(OrganizingUnitFactory)
    zone = factory.SubFactory(ZoneFactory)
    opens_on = datetime.date(2026, 12, 1)
    closes_on = datetime.date(2027, 1, 31)
    capacity = 30
    status = CohortStatus.OPEN
