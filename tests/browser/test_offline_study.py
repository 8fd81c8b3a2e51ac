"""A learner saves a course's lessons on the phone, reads and finishes one with no connection, and what they
studied reaches the server when the connection is back. Logging out leaves nothing on the phone."""

import pytest
from playwright.sync_api import expect

from courses.models import ModuleProgress
from tests.browser.helpers import PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(30)]


def test_learner_studies_offline_and_progress_arrives_later(browser, live_server, curriculum, learner, screenshot):
    base = live_server.url
    course, lesson = curriculum.course, curriculum.modules[1]
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, base, learner.username)

    # 1. Online, on the course page: save the lessons on the phone.
    page.goto(f"{base}{course.url}")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.get_by_role("button", name="Lưu bài để học khi không có mạng").click()
    total = len(curriculum.modules)
    expect(page.locator("[data-offline-save-status]")).to_have_text(
        f"Đã lưu: {total}/{total} bài có thể đọc khi không có mạng."
    )
    expect(page.locator(".module__saved")).to_have_count(total)
    assert not ModuleProgress.objects.filter(user=learner).exists(), "saving a copy is not opening a lesson"
    screenshot(page, "1-saved")

    # The lesson changes on the server afterwards: what the phone shows offline is its own copy.
    saved_title = lesson.title
    lesson.title = "Bài 2 (bản mới trên máy chủ)"
    lesson.save_revision().publish()

    # 2. No connection: the saved lesson still opens, and finishing it is kept on the phone.
    context.set_offline(True)
    page.goto(f"{base}{lesson.url}")
    expect(page.locator("h1")).to_have_text(saved_title)
    expect(page.locator("[data-offline-status]")).to_contain_text("Không có mạng")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "no sideways scrolling"
    page.wait_for_timeout(2500)  # reading
    page.get_by_role("button", name="Tôi đã học xong bài này").click()
    expect(page.locator(".complete .done")).to_contain_text("Đã lưu trên điện thoại")
    screenshot(page, "2-finished-offline")
    assert not ModuleProgress.objects.filter(user=learner, completed_at__isnull=False).exists()

    # A page that was never saved says so instead of the browser's error.
    page.goto(f"{base}/hoc-tap/buoi-hoc/")
    expect(page.locator("h1")).to_have_text("Không có kết nối")
    expect(page.locator("[data-offline-saved-list] li")).to_have_count(total)

    # 3. Back online: what was studied is sent once, without the learner doing anything.
    page.goto(f"{base}{lesson.url}")
    context.set_offline(False)
    expect(page.locator("[data-offline-status]")).to_have_text("Phần bạn học khi không có mạng đã được gửi đi.")
    progress = ModuleProgress.objects.get(user=learner, module=lesson)
    assert progress.completed_at is not None
    assert 1 <= progress.seconds_spent <= 60
    kept = page.evaluate("JSON.parse(localStorage.getItem('lms-offline-study'))")
    assert kept == {"learner": str(learner.pk), "sittings": {}}
    screenshot(page, "3-sent")

    # 4. Logging out leaves no saved pages on the phone.
    with page.expect_navigation():
        page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_function("async () => (await caches.keys()).length === 0")
    assert page.evaluate("localStorage.length") == 0
    context.close()
