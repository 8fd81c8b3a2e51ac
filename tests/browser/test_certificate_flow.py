"""The organizer issues a class's certificates and watches the progress; a learner downloads theirs; the QR code
in the PDF leads to the verification page, which says it is valid."""

import re
import shutil
import subprocess

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from assessments.models import Certificate
from tests.assessments.certificate_fixtures import graduates  # noqa: F401  (fixture)
from tests.browser.helpers import PASSWORD, PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _qr_url(pdf_path, tmp_path) -> str:
    assert shutil.which("pdftoppm") and shutil.which("zbarimg"), "poppler-utils and zbar-tools are needed"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf_path), str(tmp_path / "page")], check=True)
    done = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "page.png")], capture_output=True, text=True)
    return done.stdout.strip()


def test_issue_download_verify(browser, live_server, world, graduates, settings, screenshot, tmp_path):  # noqa: F811
    settings.PUBLIC_BASE_URL = live_server.url  # what the QR code will hold
    organizer, learner = world.organizers["a"], graduates[0]
    for user in (organizer, learner):
        user.set_password(PASSWORD)
        user.save()
    base = live_server.url

    staff = browser.new_context(locale="vi-VN")
    desk = staff.new_page()
    login(desk, base, organizer.username)
    desk.goto(f"{base}{reverse('assessments:cohort_certificates', args=[world.cohorts['a'].pk])}")
    screenshot(desk, "1-eligible")
    desk.locator("[data-issue-all]").click()
    desk.wait_for_load_state()
    expect(desk.locator("[role=progressbar]")).to_have_attribute("aria-valuenow", "2")
    expect(desk.locator("tr[data-certificate]")).to_have_count(2)
    screenshot(desk, "2-issued")
    certificate = Certificate.objects.get(learner=learner)

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True, accept_downloads=True)
    phone = context.new_page()
    login(phone, base, learner.username)
    phone.goto(f"{base}{reverse('assessments:my_certificates')}")
    expect(phone.locator("main")).to_contain_text(certificate.reference)
    with phone.expect_download() as download:
        phone.locator("main a.button--primary").first.click()
    pdf_path = tmp_path / "certificate.pdf"
    download.value.save_as(pdf_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True).stdout
    assert learner.get_full_name() in text

    url = _qr_url(pdf_path, tmp_path)
    assert url == f"{base}{reverse('assessments:certificate_verify', args=[certificate.code])}"
    phone.goto(url)
    expect(phone.locator("[data-status=valid]")).to_be_visible()
    expect(phone.locator("main")).to_contain_text(learner.get_full_name())
    screenshot(phone, "3-verified")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert re.search(r"\d{4}/GCN-", phone.locator("main").inner_text())
    context.close()
    staff.close()
