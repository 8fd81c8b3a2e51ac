"""The editors' guide in the admin's Help menu, in place of Wagtail's English guide and release notes."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.blocks import LessonBodyBlock
from courses.models import ModulePage
from lms.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_editors_find_the_guide_in_the_help_menu_and_no_links_to_wagtail_org(client, editor, curriculum):
    client.force_login(editor)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"url": "{reverse("courses_editor_guide")}"' in home  # the sidebar's Help menu
    assert "Hướng dẫn biên tập" in home
    # Wagtail's own help items (its English guide, "What's new") and its release check would call wagtail.org.
    assert "wagtail.org" not in home and "wagtail.io" not in home


def test_superusers_dashboard_does_not_check_for_releases(client, curriculum):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "wagtail.io" not in home and "wagtail.org" not in home


def test_the_guide_reads_the_fields_and_blocks_from_the_lesson_itself(client, editor, curriculum):
    client.force_login(editor)
    html = client.get(reverse("courses_editor_guide")).content.decode()
    with translation.override("vi"):
        assert "Hướng dẫn biên tập" in html
        assert f"“{curriculum.programmes.get_workflow().name}”" in html
        for block in LessonBodyBlock().child_blocks.values():
            assert str(block.meta.description) in html, block.name
        assert str(ModulePage._meta.get_field("online_minutes").help_text) in html
    assert reverse("courses_leaflet_translations") in html


@pytest.mark.parametrize("role", [Role.INSTRUCTOR, Role.ORGANIZER, Role.REPORT_VIEWER])
def test_other_staff_with_admin_access_do_not_get_the_guide(client, roles, role):
    client.force_login(UserFactory(roles=(role,)))
    assert client.get(reverse("courses_editor_guide")).status_code in (302, 403)
    assert reverse("courses_editor_guide") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_learners_cannot_open_it(learner):
    client = Client()
    client.force_login(learner)
    response = client.get(reverse("courses_editor_guide"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
