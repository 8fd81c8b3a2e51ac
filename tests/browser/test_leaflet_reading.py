"""A Korean manager opens a leaflet on a phone: it comes in Korean beside the Vietnamese; printed, the sheet shows
both languages side by side and a QR code that leads back to the leaflet online."""

import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from courses.demo.leaflets import load_leaflets
from tests.browser.helpers import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_read_on_a_phone_then_print(browser, live_server, curriculum, settings, screenshot, tmp_path):
    settings.PUBLIC_BASE_URL = live_server.url
    leaflet = load_leaflets()[0]
    context = browser.new_context(viewport=PHONE, locale="ko-KR", is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(f"{live_server.url}{leaflet.url}")

    translated = phone.locator("header .leaflet-tr[lang=ko] h1")
    expect(translated).to_have_text("기업 내 당 조직과 노동조합")
    expect(phone.locator("header .leaflet-vi[lang=vi] h1")).to_have_text("Tổ chức Đảng và Công đoàn trong doanh nghiệp")
    # On a phone the reader's language comes first, the Vietnamese under it, and nothing is wider than the screen.
    assert translated.bounding_box()["y"] < phone.locator("header .leaflet-vi h1").bounding_box()["y"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(phone, "1-phone-korean")

    phone.get_by_role("link", name="日本語").click()
    expect(phone.locator("header .leaflet-tr[lang=ja] h1")).to_have_text("企業における党組織と労働組合")
    expect(phone.locator("nav.leaflet-langs [aria-current=page]")).to_have_text("日本語")

    paper_context = browser.new_context(viewport={"width": 794, "height": 1123}, locale="ko-KR")
    paper = paper_context.new_page()
    paper.goto(f"{live_server.url}{leaflet.url}?lang=ko")
    paper.emulate_media(media="print")
    expect(paper.locator("[data-print]")).to_be_hidden()
    expect(paper.locator(".topbar")).to_be_hidden()
    expect(paper.locator("nav.leaflet-langs")).to_be_hidden()
    first = paper.locator("section.leaflet-pair").first
    vietnamese, korean = first.locator(".leaflet-vi").bounding_box(), first.locator(".leaflet-tr").bounding_box()
    assert vietnamese["x"] < korean["x"] and abs(vietnamese["y"] - korean["y"]) < 2, "side by side on paper"
    screenshot(paper, "2-print")

    assert shutil.which("zbarimg"), "zbar-tools is needed"
    paper.locator(".leaflet-qr svg").screenshot(path=str(tmp_path / "qr.png"))
    done = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "qr.png")], capture_output=True, text=True)
    assert done.stdout.strip() == f"{live_server.url}{leaflet.url}?lang=ko"
    pdf = tmp_path / "leaflet.pdf"
    paper.pdf(path=str(pdf), format="A4")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Tổ chức Đảng và Công đoàn" in text and "노동조합" in text
    for opened in (context, paper_context):  # so no kept-alive connection outlives the test
        opened.close()
