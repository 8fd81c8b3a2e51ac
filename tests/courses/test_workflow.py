"""Editorial workflow through the real admin views: editors draft and submit, approvers publish."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import ModulePage

pytestmark = pytest.mark.django_db


def _lesson_form(title: str, slug: str, action: str) -> dict:
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "lesson_number": 9,
            "delivery_mode": "online",
            "periods": 2,
            "online_minutes": 20,
            "summary": "Tóm tắt",
            "objectives": "Hiểu bài",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung mới soạn.</p>"))]),
        }
    )
    data[action] = "1"
    return data


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_editor_cannot_publish_but_can_submit(editor, curriculum):
    client = _client_for(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", curriculum.course.pk])
    assert client.get(add_url).status_code == 200
    client.post(add_url, _lesson_form("Bài chín", "bai-chin", "action-publish"))
    page = ModulePage.objects.get(slug="bai-chin")
    assert not page.live, "an editor's publish must not make the page live"
    assert not page.permissions_for_user(editor).can_publish()

    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit_url, _lesson_form("Bài chín", "bai-chin", "action-submit"))
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live


def test_approver_approves_and_the_lesson_goes_live(editor, approver, learner, curriculum):
    editor_client = _client_for(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", curriculum.course.pk])
    editor_client.post(add_url, _lesson_form("Bài mười", "bai-muoi", "action-submit"))
    page = ModulePage.objects.get(slug="bai-muoi")
    assert not page.live

    learner_client = _client_for(learner)
    draft_url = curriculum.course.url + "bai-muoi/"
    assert learner_client.get(draft_url).status_code == 404, "a draft is invisible to learners"

    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert editor_client.post(approve_url, {"comment": ""}).status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live, "an editor cannot approve"

    response = _client_for(approver).post(approve_url, {"comment": "Đạt yêu cầu"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert learner_client.get(page.url).status_code == 200


def test_learner_cannot_open_the_admin(learner):
    response = _client_for(learner).get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert Client().get(reverse("wagtailadmin_home")).status_code == 302


def test_learner_cannot_post_to_the_admin(learner, curriculum):
    client = _client_for(learner)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", curriculum.course.pk])
    client.post(add_url, _lesson_form("Lậu", "lau", "action-publish"))
    assert not ModulePage.objects.filter(slug="lau").exists()


def test_revisions_and_preview_work_for_editors(editor, curriculum):
    module = curriculum.modules[0]
    client = _client_for(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    client.post(edit_url, _lesson_form("Bài 1 sửa", module.slug, "action-draft") | {"lesson_number": 1})
    module.refresh_from_db()
    assert module.title == "Bài 1"  # live version unchanged
    assert module.get_latest_revision_as_object().title == "Bài 1 sửa"
    assert module.revisions.count() >= 2
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk])
    client.post(preview_url, _lesson_form("Bài 1 xem trước", module.slug, "action-draft") | {"lesson_number": 1})
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert "Bài 1 xem trước" in preview.content.decode()


def test_scheduled_publishing(approver, curriculum):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    module = curriculum.modules[0]
    draft = module.get_latest_revision_as_object()
    draft.title = "Bài 1 theo lịch"
    draft.go_live_at = timezone.now() + timedelta(hours=1)
    revision = draft.save_revision(user=approver, approved_go_live_at=draft.go_live_at)
    revision.publish(user=approver)
    module.refresh_from_db()
    assert module.title == "Bài 1"
    # Time passes: move the schedule into the past instead of waiting an hour.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    module.refresh_from_db()
    assert module.title == "Bài 1 theo lịch"


def test_preview_of_a_new_lesson_before_it_is_saved(editor, curriculum):
    client = _client_for(editor)
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "modulepage", curriculum.course.pk])
    client.post(preview_url, _lesson_form("Bài chưa lưu", "bai-chua-luu", "action-draft"))
    preview = client.get(preview_url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Bài chưa lưu" in html and "Nội dung mới soạn." in html
    assert "LMSHOLE" not in html


def test_the_admin_reads_and_writes_dates_as_dd_mm_yyyy(approver, curriculum):
    """The scheduling dialog's picker (shown to those who may publish) writes what the form parses: 25/12/2026 08:30,
    Vietnam time."""
    from zoneinfo import ZoneInfo

    client = _client_for(approver)
    module = curriculum.modules[0]
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    data = _lesson_form("Bài 1", module.slug, "action-save-draft")
    data["go_live_at"] = "25/12/2026 08:30"
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    module.refresh_from_db()
    draft = module.get_latest_revision_as_object()
    assert draft.go_live_at.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%Y-%m-%d %H:%M") == "2026-12-25 08:30"
    html = client.get(edit_url).content.decode()
    assert 'value="25/12/2026 08:30"' in html
    assert "d/m/Y H:i" in html  # the picker's own format
