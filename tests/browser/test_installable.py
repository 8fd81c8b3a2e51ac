"""Chromium itself says the site can be installed on the phone's home screen (the manifest and its icons)."""

import pytest

from tests.browser.helpers import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_chromium_finds_nothing_missing_to_install_the_site(browser, live_server, curriculum):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{live_server.url}/dang-nhap/")
    page.wait_for_load_state("networkidle")
    session = context.new_cdp_session(page)
    manifest = session.send("Page.getAppManifest")
    assert manifest["url"].endswith("/manifest.webmanifest") and not manifest["errors"], manifest["errors"]
    errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # Playwright's contexts are private windows, which Chromium never installs from: that one is the test's own.
    errors = [error for error in errors if error["errorId"] != "in-incognito"]
    assert errors == [], errors
    context.close()  # before the live server goes on to the next test, so no kept-alive connection lingers
