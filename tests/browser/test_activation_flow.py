"""The organizer prints activation slips for workers imported without a password; a worker, on a phone, opens the
activation page from the login page, types the phone number and the code from the slip, and lands in their study."""

import re

import pytest
from playwright.sync_api import expect

from lms.services import ProfileData, learner_create
from tests.browser.helpers import PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(30)]


def test_print_slips_then_activate_on_a_phone(browser, live_server, world, screenshot):
    base = live_server.url
    worker = learner_create(
        actor=None,
        enterprise=world.enterprises["a"],
        data=ProfileData(
            full_name="Phan Thị Dung",
            date_of_birth=world.learners["a1"].date_of_birth,
            gender="female",
            phone="0933000003",
        ),
    )

    # 1. The organizer issues codes for the enterprise's workers who are not activated yet.
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    login(page, base, world.organizers["a"].username)
    page.goto(f"{base}/to-chuc/")
    page.get_by_role("link", name=re.compile("Mã kích hoạt")).click()
    page.select_option("#id_enterprise", str(world.enterprises["a"].pk))
    page.get_by_role("button", name=re.compile("Cấp mã")).click()
    slip = page.locator(".slip", has_text="Phan Thị Dung")
    expect(slip).to_have_count(1)
    expect(page.locator(".slip")).to_have_count(1)  # the workers who have a password get none
    code = slip.locator(".code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    page.emulate_media(media="print")
    expect(page.locator(".topbar")).to_be_hidden()  # the printout is the slips alone
    screenshot(page, "1-slips-as-printed")
    context.close()

    # 2. The worker, on a phone, activates with the phone number as they usually write it and the code.
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{base}/dang-nhap/")
    page.get_by_role("link", name=re.compile("kích hoạt tài khoản")).click()
    page.fill("#id_phone", "0933 000 003")
    page.fill("#id_code", code.lower())
    page.fill("#id_password1", "Hoa-sen-no-giua-dong")
    page.fill("#id_password2", "Hoa-sen-no-giua-dong")
    screenshot(page, "2-activation-form")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("button", name=re.compile("Kích hoạt")).click()
    expect(page.locator(".msg--success")).to_contain_text("Tài khoản của bạn đã sẵn sàng")
    assert page.url.rstrip("/").endswith("/hoc-tap")
    screenshot(page, "3-logged-in")
    context.close()

    # 3. From then on the phone number and the password are the login.
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    login(page, base, "0933000003", "Hoa-sen-no-giua-dong")
    assert "/hoc-tap/" in page.url
    worker.user.refresh_from_db()
    assert worker.user.has_usable_password()
    context.close()
