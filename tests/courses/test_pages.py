import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from wagtail.models import Page

from courses.models import CoursePage, ModulePage, ProgrammeIndexPage
from lms.models import HomePage
from tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("parent", "child", "allowed"),
    [
        (Page, HomePage, True),
        (HomePage, ProgrammeIndexPage, True),
        (ProgrammeIndexPage, CoursePage, True),
        (CoursePage, ModulePage, True),
        (HomePage, CoursePage, False),
        (HomePage, ModulePage, False),
        (ProgrammeIndexPage, ModulePage, False),
        (CoursePage, CoursePage, False),
        (ModulePage, ModulePage, False),
        (Page, CoursePage, False),
    ],
)
def test_parent_and_child_page_types(parent, child, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_a_lesson_number_is_used_once_per_course(curriculum):
    from courses.forms.pages import ModulePageForm

    form_class = ModulePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ModulePageForm)
    data = {
        "title": "Trùng số",
        "slug": "trung-so",
        "lesson_number": 1,
        "delivery_mode": "online",
        "periods": 1,
        "online_minutes": 5,
        "body-count": 0,
    }
    form = form_class(data=data, instance=ModulePage(), parent_page=curriculum.course, for_user=None)
    assert not form.is_valid()
    assert "lesson_number" in form.errors


def test_database_rejects_invalid_lesson_values(curriculum):
    module = curriculum.modules[0]
    module.delivery_mode = "radio"
    with pytest.raises(ValidationError):
        module.full_clean()


def test_page_text_is_normalised_to_nfc(curriculum):
    decomposed = unicodedata.normalize("NFD", "Tư tưởng Hồ Chí Minh")
    module = ModulePageFactory.build(
        title=decomposed,
        summary=decomposed,
        body=[{"type": "paragraph", "value": f"<p>{decomposed}</p>"}],
    )
    module.clean()
    assert module.title == unicodedata.normalize("NFC", decomposed)
    assert module.summary == module.title
    assert unicodedata.is_normalized("NFC", str(module.body.raw_data[0]["value"]))


def test_lesson_requires_login_but_course_overview_is_public(curriculum):
    anonymous = Client()
    module = curriculum.modules[0]
    response = anonymous.get(module.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/dang-nhap/?next=")
    assert anonymous.get(curriculum.course.url).status_code == 200


def test_draft_lesson_is_invisible_to_learners(learner_client, curriculum):
    draft = ModulePageFactory(parent=curriculum.course, slug="ban-nhap", lesson_number=7, live=False)
    assert learner_client.get(curriculum.course.url + "ban-nhap/").status_code == 404
    course_page = learner_client.get(curriculum.course.url).content.decode()
    assert draft.title not in course_page


def test_lesson_page_shows_structure_and_issuing_body(learner_client, curriculum):
    from lms.models import IssuingBodySettings

    settings = IssuingBodySettings.for_site(curriculum.home.get_site())
    settings.name = "Trung tâm Chính trị thử"
    settings.save()
    course_page = learner_client.get(curriculum.course.url).content.decode()
    assert "Trung tâm Chính trị thử" in course_page
    lesson = learner_client.get(curriculum.modules[1].url).content.decode()
    assert curriculum.modules[0].url in lesson and curriculum.modules[2].url in lesson  # previous and next
    assert 'class="selfcheck"' in lesson and "<details" in lesson
    assert ">Đúng</button>" in lesson and ">Sai</button>" in lesson
    assert "{&#x27;type&#x27;" not in lesson and "{'type'" not in lesson
