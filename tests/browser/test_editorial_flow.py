"""Editor drafts and submits a lesson, approver publishes it, a learner reads it on a phone and completes it."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import ModulePage, ModuleProgress
from tests.browser.helpers import PASSWORD, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(45)]


def _adminlogin(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def test_editor_submits_approver_publishes_learner_completes(
    browser, live_server, curriculum, editor, approver, learner, screenshot
):
    base = live_server.url
    course = curriculum.course

    # 1. The editor drafts a new lesson in the admin and submits it for approval.
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    _adminlogin(page, base, editor.username)
    page.goto(f"{base}/admin/pages/add/courses/modulepage/{course.pk}/")
    page.fill("#id_title", "Bài thử nghiệm: làm việc nhóm trong ca")
    page.fill("#id_lesson_number", "4")
    page.fill("#id_periods", "2")
    page.fill("#id_online_minutes", "15")
    page.fill("#id_summary", "Một bài ngắn để thử quy trình duyệt.")
    page.click("#body-root button.c-sf-add-button")
    page.get_by_role("option", name=re.compile("^(Paragraph|Đoạn văn)$")).click()
    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.type("Tổ sản xuất làm việc nhóm hiệu quả khi mọi người hỗ trợ nhau.")
    page.click("#id_summary")  # Draftail writes its value into the form when it loses focus: wait until it has
    page.wait_for_function(
        "() => [...document.querySelectorAll('#body-root input[type=hidden]')].some(i => i.value.includes('nhau.'))"
    )
    screenshot(page, "1-editor-draft")
    expect(page.locator("button[name=action-publish]")).to_have_count(0)  # editors are not offered publishing
    page.get_by_role("button", name=re.compile("More actions|Thêm thao tác|Thao tác khác")).first.click()
    page.click("button[name=action-submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/|/admin/pages/\d+/$"))
    screenshot(page, "2-editor-submitted")
    lesson = ModulePage.objects.get(title="Bài thử nghiệm: làm việc nhóm trong ca")
    assert not lesson.live
    assert "Tổ sản xuất" in str(lesson.get_latest_revision_as_object().body.raw_data)
    context.close()

    # 2. The approver approves it from the edit screen: it goes live.
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    _adminlogin(page, base, approver.username)
    page.goto(f"{base}/admin/pages/{lesson.pk}/edit/")
    # The StreamField is built by the admin's JavaScript; approving before it exists would post an empty body.
    expect(page.locator(".Draftail-Editor").first).to_contain_text("Tổ sản xuất làm việc nhóm")
    page.get_by_role("button", name=re.compile("More actions|Thêm thao tác|Thao tác khác")).first.click()
    with page.expect_navigation():
        page.get_by_role(
            "button", name=re.compile(r"^(Approve|Phê chuẩn|Duyệt)\s*(and|và) (Publish|Xuất bản)$", re.I)
        ).click()
    screenshot(page, "3-approver-published")
    lesson.refresh_from_db()
    assert lesson.live
    context.close()

    # 3. The learner reads it on a 360 px phone and marks it complete.
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{base}{lesson.url}")
    page.fill("#id_username", learner.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(re.escape(lesson.url)))
    expect(page.locator("h1")).to_have_text("Bài thử nghiệm: làm việc nhóm trong ca")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    screenshot(page, "4-learner-reading")
    with page.expect_navigation():  # on to the next lesson, or back to the course
        page.get_by_role("button", name="Tôi đã học xong bài này").click()
    assert ModuleProgress.objects.get(user=learner, module=lesson).completed_at is not None
    page.goto(f"{base}/hoc-tap/")
    expect(page.locator(".progress").first).to_be_visible()
    screenshot(page, "5-learner-dashboard")
    context.close()
