import os
from dataclasses import dataclass

import pytest
from hypothesis import settings as hypothesis_settings
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

# Property tests replay the same examples on every run of `make test` and CI, and have no time limit per example
# (a shared CI machine is slow at times): a rare case a fresh random draw finds fails a search for it, run with
# HYPOTHESIS_PROFILE=explore, not a red CI run on an unrelated change.
hypothesis_settings.register_profile("repeatable", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", max_examples=500, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def _django_order(item) -> int:
    """pytest-django's order (as Django's runner's): 0 tests in a rolled-back transaction, 1 transactional tests,
    2 tests without the database."""
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    if (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))) or fixtures & {
        "transactional_db",
        "live_server",
    }:
        return 1
    return 0 if marker or "db" in fixtures else 2


def pytest_collection_modifyitems(items):
    """Files in pytest-django's order, and within each of its groups the files marked heavy first, the heaviest
    first. With `make test`'s `--dist loadfile --no-loadscope-reorder` xdist hands files out in this order: the
    many light files fill in at the end while the heavy ones finish, rather than one worker starting a two-minute
    file when the other is almost done.

    A transactional test empties the database when it ends (Wagtail's root page, collection and site go too), so
    no worker may run a file that needs them after one. A file is placed with its transactional tests if it has
    any, else with its tests in a transaction if it has any.
    """
    groups: dict[object, set[int]] = {}
    for item in items:
        groups.setdefault(item.path, set()).add(_django_order(item))
    file_order = {path: 1 if 1 in kinds else min(kinds) for path, kinds in groups.items()}

    def weight(item) -> float:
        marker = item.get_closest_marker("heavy")
        return -marker.args[0] if marker else 0

    items.sort(key=lambda item: (file_order[item.path], weight(item)))


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    from lms.routing import reset_process_state

    cache.clear()
    reset_process_state()
    yield
    cache.clear()
    reset_process_state()


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's language: a request made in English by an earlier test leaves English
    active in the thread, which made tests that read Vietnamese messages depend on the order they ran in."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _wagtail_roots() -> Page:
    """The rows Wagtail's migrations create (a transactional test's flush removes them): locale, root page and
    root collection."""
    from django.conf import settings
    from wagtail.models import Collection, Locale

    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=locale)
    return root


@pytest.fixture
def roles(db):
    _wagtail_roots()
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
    root = _wagtail_roots()
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


@dataclass
class World:
    """Two organizing units, each with its zone, enterprise, union, class, organizer and learners."""

    curriculum: Curriculum
    new_member_course: CoursePage
    units: dict
    zones: dict
    enterprises: dict
    unions: dict
    cohorts: dict
    organizers: dict
    nominators: dict
    instructors: dict
    learners: dict  # "a1", "a2", "b1" -> LearnerProfile
    report_viewer: User


@pytest.fixture
def world(curriculum, roles) -> World:
    from courses.models import ProgrammeKind
    from lms.models import StaffAssignment
    from tests.factories import (
        CohortFactory,
        EnterpriseFactory,
        LearnerProfileFactory,
        OrganizingUnitFactory,
        UnionFactory,
        ZoneFactory,
    )

    new_member = publish(
        CoursePageFactory(
            parent=curriculum.programmes, title="Lớp đảng viên mới", slug="dvm", programme_kind=ProgrammeKind.NEW_MEMBER
        )
    )
    zones = {key: ZoneFactory(name=f"Khu công nghiệp {key.upper()}") for key in "ab"}
    units = {key: OrganizingUnitFactory(name=f"Trung tâm Chính trị {key.upper()}") for key in "ab"}
    for key in "ab":
        units[key].zones.set([zones[key]])
    enterprises = {key: EnterpriseFactory(zone=zones[key], name=f"Công ty {key.upper()}") for key in "ab"}
    unions = {key: UnionFactory(enterprise=enterprises[key]) for key in "ab"}
    cohorts = {
        key: CohortFactory(
            code=f"NTĐ-{key.upper()}", course=curriculum.course, organizing_unit=units[key], zone=zones[key]
        )
        for key in "ab"
    }
    organizers, nominators, instructors = {}, {}, {}
    for key in "ab":
        organizers[key] = UserFactory(username=f"organizer_{key}", roles=(Role.ORGANIZER,))
        StaffAssignment.objects.create(user=organizers[key], role=Role.ORGANIZER, organizing_unit=units[key])
        nominators[key] = UserFactory(username=f"nominator_{key}", roles=(Role.UNION_NOMINATOR,))
        StaffAssignment.objects.create(user=nominators[key], role=Role.UNION_NOMINATOR, union=unions[key])
        instructors[key] = UserFactory(username=f"instructor_{key}", roles=(Role.INSTRUCTOR,))
        cohorts[key].instructors.add(instructors[key])
    learners = {
        "a1": LearnerProfileFactory(
            enterprise=enterprises["a"], user__username="learner_a1", user__full_name="Lê Thị An"
        ),
        "a2": LearnerProfileFactory(
            enterprise=enterprises["a"], user__username="learner_a2", user__full_name="Võ Văn Bình"
        ),
        "b1": LearnerProfileFactory(
            enterprise=enterprises["b"], user__username="learner_b1", user__full_name="Đỗ Thị Chi"
        ),
    }
    report_viewer = UserFactory(username="report_viewer", roles=(Role.REPORT_VIEWER,))
    return World(
        curriculum=curriculum,
        new_member_course=new_member,
        units=units,
        zones=zones,
        enterprises=enterprises,
        unions=unions,
        cohorts=cohorts,
        organizers=organizers,
        nominators=nominators,
        instructors=instructors,
        learners=learners,
        report_viewer=report_viewer,
    )


@pytest.fixture
def rate_limit_clock(monkeypatch):
    """Rate limits count in fixed windows of the clock: a test that sends several requests and expects the last
    one refused would pass them across a window's end now and then. This pins the limiter's clock one second into
    a window (of any length up to an hour) for the test."""
    import types

    from lms import ratelimit

    pinned = 1_800_000_000.0 + 1  # a multiple of 3,600 s, plus one
    monkeypatch.setattr(ratelimit, "time", types.SimpleNamespace(time=lambda: pinned))
    return pinned
