"""Accessibility of the pages workers and the public open on a phone, checked in Chromium on the demo data.

What a screen reader announces comes from Chromium's own accessibility tree (over CDP), so the accessible names are
the browser's computation, not ours. Contrast and target sizes are measured on the laid-out page at 360 px:
WCAG 2.2 AA asks for 4.5:1 (3:1 for large text) and targets of at least 24 × 24 px (links inside text excepted).
"""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from assessments.models import Certificate
from lms.demo import demo_password
from tests.browser.helpers import PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(95)]

INTERACTIVE = {
    "button",
    "link",
    "textbox",
    "searchbox",
    "checkbox",
    "radio",
    "combobox",
    "listbox",
    "spinbutton",
    "slider",
    "switch",
    "menuitem",
    "tab",
}

# Runs in the page: text whose contrast is below AA, controls smaller than 24 px, sideways scrolling.
AUDIT_JS = """
() => {
  const problems = [];
  const parse = (value) => {
    const m = value.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
  });
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage && style.backgroundImage !== "none") return null;  // cannot judge
      const c = parse(style.backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let result = {r: 255, g: 255, b: 255, a: 1};
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const visible = (e) => {
    const style = getComputedStyle(e);
    if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) return false;
    const rect = e.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const label = (e) => (e.innerText || e.value || e.getAttribute("aria-label") || e.tagName).trim().slice(0, 60);
  for (const e of document.body.querySelectorAll("*")) {
    if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(e.tagName)) continue;
    const ownText = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText || !visible(e) || e.closest("[disabled], [aria-hidden=true]")) continue;
    const style = getComputedStyle(e);
    const fg = parse(style.color), bg = background(e);
    if (!fg || !bg) continue;
    const text = over(fg, bg);
    const hi = Math.max(lum(text), lum(bg)), lo = Math.min(lum(text), lum(bg));
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    if (ratio < (large ? 3 : 4.5) - 0.01) {
      const under = `rgb(${Math.round(bg.r)},${Math.round(bg.g)},${Math.round(bg.b)})`;
      problems.push(`contrast ${ratio.toFixed(2)} for "${label(e)}" (${style.color} on ${under})`);
    }
  }
  const targets = "button, input:not([type=hidden]), select, textarea, a.button, [role=button], summary";
  for (const e of document.body.querySelectorAll(targets)) {
    if (!visible(e)) continue;
    const rect = e.getBoundingClientRect();
    if (rect.width < 24 || rect.height < 24) {
      const size = `${Math.round(rect.width)}x${Math.round(rect.height)} px`;
      problems.push(`target ${size}: ${e.tagName.toLowerCase()} "${label(e)}"`);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth) problems.push("sideways scrolling");
  if (!document.querySelector("h1")) problems.push("no h1");
  if (document.documentElement.lang !== "vi") problems.push(`lang="${document.documentElement.lang}"`);
  return problems;
}
"""


def _unnamed(cdp) -> list[str]:
    """Controls and images that a screen reader would announce without a name."""
    problems = []
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("ignored"):
            continue
        role = node.get("role", {}).get("value", "")
        name = (node.get("name") or {}).get("value", "").strip()
        if not name and (role in INTERACTIVE or role == "image"):
            problems.append(f"{role} without a name (backend node {node.get('backendDOMNodeId')})")
    return problems


def _audit(page, cdp, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return [f"{url}: {problem}" for problem in _unnamed(cdp) + page.evaluate(AUDIT_JS)]


def _pages_of(page, base: str, start: str, pattern: str, limit: int) -> list[str]:
    page.goto(base + start)
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.getAttribute('href'))")
    found = []
    for href in hrefs:
        path = href.split("#")[0]
        if re.match(pattern, path) and path not in found:
            found.append(path)
    return found[:limit]


def test_phone_pages_are_accessible(browser, live_server, roles, screenshot):
    call_command("load_demo", verbosity=0)
    base = live_server.url
    problems = []

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    for url in ("/dang-nhap/", "/kich-hoat/", "/xac-minh/", "/to-roi/"):
        problems += _audit(page, cdp, base + url)
    for leaflet in _pages_of(page, base, "/to-roi/", r"^/to-roi/.+", 1):
        problems += _audit(page, cdp, base + leaflet)

    login(page, base, "hocvien", demo_password())
    learner_pages = [
        "/hoc-tap/",
        "/hoc-tap/buoi-hoc/",
        "/hoc-tap/kiem-tra/",
        "/hoc-tap/chung-nhan/",
        "/hoc-tap/lich-ca/",
        "/hoc-tap/tim-kiem/?q=dang+vien",
    ]
    learner_pages += _pages_of(page, base, "/hoc-tap/", r"^/(chuong-trinh|hoc-tap/(ket-qua|thu-hoach))/.+", 4)
    courses = [url for url in learner_pages if url.startswith("/chuong-trinh/")]
    learner_pages += _pages_of(page, base, courses[0], r"^/chuong-trinh/[^/]+/[^/]+/$", 2)
    assert len(learner_pages) == 12, learner_pages  # the demo's result, reflection, two courses and two lessons
    for url in learner_pages:
        problems += _audit(page, cdp, base + url)
    page.goto(base + "/hoc-tap/tim-kiem/?q=dieu+le+dang")  # the demo's lessons, found without tone marks
    assert page.locator(".search-results mark").count() >= 2
    screenshot(page, "lesson-search")
    # A quiz being taken: the page a worker spends longest on, answering on a phone.
    quiz = _pages_of(page, base, "/hoc-tap/kiem-tra/", r"^/hoc-tap/kiem-tra/\d+/$", 1)
    assert quiz, "the demo learner has a quiz"
    problems += _audit(page, cdp, base + quiz[0])
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    problems += [f"{page.url}: {p}" for p in _unnamed(cdp) + page.evaluate(AUDIT_JS)]
    screenshot(page, "quiz-attempt")
    context.close()

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    login(page, base, "tochuc", demo_password())
    organizer_pages = ["/to-chuc/"] + _pages_of(page, base, "/to-chuc/", r"^/to-chuc/lop/\d+/$", 2)
    assert len(organizer_pages) == 3, organizer_pages
    for url in organizer_pages:
        problems += _audit(page, cdp, base + url)
    context.close()

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    certificate = Certificate.objects.order_by("pk").first()  # the demo's closed class holds three
    problems += _audit(page, cdp, base + reverse("assessments:certificate_verify", args=[certificate.code]))
    context.close()

    assert not problems, "\n".join(problems)


def _html_pages(page, base: str, start: str, prefixes: tuple[str, ...], limit: int) -> list[str]:
    """The start page and the pages its main content links to under the prefixes (downloads left out)."""
    found = [start]
    page.goto(base + start)
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.getAttribute('href'))")
    for href in hrefs:
        path = href.split("#")[0].split("?")[0]
        if path in found or not path.startswith(prefixes) or len(found) >= limit:
            continue
        response = page.request.get(base + path)
        if response.ok and response.headers.get("content-type", "").startswith("text/html"):
            found.append(path)
    return found


# Each role's home and the pages it links to: (user, home, where its pages are, how many the demo gives at least).
STAFF = [
    ("giangvien", "/hoc-tap/", ("/to-chuc/", "/giang-vien/", "/hoc-tap/"), 3),
    ("tochuc", "/to-chuc/", ("/to-chuc/",), 12),
    ("congdoan", "/cong-doan/", ("/cong-doan/",), 1),
    ("baocao", "/bao-cao/", ("/bao-cao/",), 2),
]


def test_staff_pages_are_accessible_on_a_phone(browser, live_server, roles):
    """Instructors take attendance and organizers check their classes on phones too."""
    call_command("load_demo", verbosity=0)
    base = live_server.url
    problems = []
    for username, start, prefixes, at_least in STAFF:
        context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        login(page, base, username, demo_password())
        pages = _html_pages(page, base, start, prefixes, limit=25)
        assert len(pages) >= at_least, (username, pages)
        problems += [problem for url in pages for problem in _audit(page, cdp, base + url)]
        context.close()
    assert not problems, "\n".join(problems)
