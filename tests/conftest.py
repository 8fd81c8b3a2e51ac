from dataclasses import dataclass

import pytest
from wagtail.models import Page, Site

from courses.models import CoursePage, ModulePage, ProgrammeIndexPage
from courses.services import curriculum_editorial_setup
from lms.models import HomePage, User
from lms.roles import Role
from lms.services import role_groups_sync
from tests.factories import (
    CoursePageFactory,
    HomePageFactory,
    ModulePageFactory,
    ProgrammeIndexPageFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    from lms.routing import reset_process_state

    cache.clear()
    reset_process_state()
    yield
    cache.clear()
    reset_process_state()


@pytest.fixture
def roles(db):
    return role_groups_sync()


@dataclass
class Curriculum:
    home: HomePage
    programmes: ProgrammeIndexPage
    course: CoursePage
    modules: list[ModulePage]


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def curriculum(db, roles) -> Curriculum:
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="trang-chu")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="LMS")
    programmes = publish(ProgrammeIndexPageFactory(parent=home, slug="chuong-trinh"))
    course = publish(CoursePageFactory(parent=programmes, title="Lớp nhận thức", slug="lop-nhan-thuc"))
    modules = [
        publish(ModulePageFactory(parent=course, lesson_number=i, slug=f"bai-{i}", title=f"Bài {i}")) for i in (1, 2, 3)
    ]
    curriculum_editorial_setup(root=programmes)
    return Curriculum(home=home, programmes=programmes, course=course, modules=modules)


@pytest.fixture
def learner(roles) -> User:
    return UserFactory(username="learner", full_name="Nguyễn Thị Lan", roles=(Role.LEARNER,))


@pytest.fixture
def other_learner(roles) -> User:
    return UserFactory(username="learner2", full_name="Trần Văn Hùng", roles=(Role.LEARNER,))


@pytest.fixture
def editor(roles) -> User:
    return UserFactory(username="editor", full_name="Võ Thanh Bình", roles=(Role.CONTENT_EDITOR,))


@pytest.fixture
def approver(roles) -> User:
    return UserFactory(username="approver", full_name="Đỗ Quốc Khánh", roles=(Role.CONTENT_APPROVER,))


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
