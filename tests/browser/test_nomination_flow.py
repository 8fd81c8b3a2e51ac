"""Union officer nominates three workers, the organizer approves two and rejects one, an approved worker logs in
with their phone number on a phone and sees the class."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import Nomination, NominationStatus
from tests.browser.helpers import PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(35)]


def test_nominate_review_and_see_the_class(browser, live_server, world, screenshot):
    base = live_server.url
    extra = world.learners["a2"].__class__.objects.create(
        user=type(world.learners["a1"].user).objects.create(username="learner_a3", full_name="Phan Thị Dung"),
        date_of_birth=world.learners["a1"].date_of_birth,
        gender="female",
        phone="0933000003",
        enterprise=world.enterprises["a"],
        education_level="upper_secondary",
    )
    approved = world.learners["a1"]
    approved.user.set_password("mat-khau-an-2026")
    approved.user.save()

    # 1. The union officer nominates three workers of the enterprise.
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, base, world.nominators["a"].username)
    page.goto(f"{base}/cong-doan/")
    page.select_option("#id_programme_kind", "awareness")
    for name in ("Lê Thị An", "Võ Văn Bình", "Phan Thị Dung"):
        page.get_by_label(re.compile(name)).check()
    page.fill("#id_recommendation", "Hoàn thành tốt nhiệm vụ, gương mẫu trong tổ sản xuất.")
    screenshot(page, "1-union-nominates")
    page.get_by_role("button", name=re.compile("Gửi|Send")).click()
    expect(page.locator(".msg").first).to_be_visible()
    assert Nomination.objects.filter(status=NominationStatus.PENDING).count() == 3
    context.close()

    # 2. The organizer approves two into class NTĐ-A and rejects one with a reason.
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    login(page, base, world.organizers["a"].username)
    page.goto(f"{base}/to-chuc/")
    nominations = {n.learner_id: n for n in Nomination.objects.all()}
    for profile in (world.learners["a1"], world.learners["a2"]):
        card = page.locator(f"#nomination-{nominations[profile.pk].pk}")
        card.get_by_role("button", name=re.compile("Duyệt|Approve")).click()
        page.wait_for_load_state()
    card = page.locator(f"#nomination-{nominations[extra.pk].pk}")
    card.locator("textarea").fill("Chưa đủ 12 tháng làm việc tại doanh nghiệp.")
    card.get_by_role("button", name=re.compile("Không duyệt|Từ chối|Reject")).click()
    page.wait_for_load_state()
    screenshot(page, "2-organizer-decided")
    statuses = sorted(Nomination.objects.values_list("status", flat=True))
    assert statuses == ["approved", "approved", "rejected"]
    context.close()

    # 3. An approved worker logs in with the phone number, typed with spaces, and sees the class.
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    spaced = f"{approved.phone[:4]} {approved.phone[4:7]} {approved.phone[7:]}"
    login(page, base, spaced, "mat-khau-an-2026")
    expect(page.locator(".class-card")).to_contain_text(world.cohorts["a"].code)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "3-worker-sees-class")
    context.close()
