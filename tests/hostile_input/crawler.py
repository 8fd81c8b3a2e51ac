"""The crawler behind tests/hostile_input: every form a demo user can reach, sent back with hostile values.

The demo is crawled as each demo user, starting from their home pages and following links inside the site (not
the admin, not logging out). Every POST form found is submitted as the page filled it, then with its fields
replaced by values a careless or malicious client sends: empty, far too long, negative, huge, not a number, a
NUL byte, markup, impossible dates, decomposed Vietnamese, a list where one value is expected, a garbage file.
Each is also sent twice as filled (a double submission). GET forms and links with parameters (search, filters,
weeks, years) get the same values in their parameters, and every id in a URL is replaced by 0 and by one no
column can hold. The endpoints that the pages' scripts call (heartbeat, autosave, offline sync) get malformed
bodies.
A 4xx answer or a form shown again with its errors is fine; an exception or a 5xx fails the test.

The crawls are split over several test files so that pytest-xdist (which hands out whole files) runs them on
several workers; each file loads the demo once (conftest.py).
"""

import re
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from lms.models import User

STAFF_PAGES = ["/hoc-tap/", "/to-chuc/", "/cong-doan/", "/bao-cao/"]
PUBLIC_PAGES = ["/", "/dang-nhap/", "/kich-hoat/", "/xac-minh/", "/to-roi/"]
BANK_ADMIN = ["/admin/question-banks/", "/admin/quiz/", "/admin/reflectionassignment/"]
# The superuser's reference data and the site settings (issuing body, enrolment rules).
REFERENCE_ADMIN = [
    "/admin/zones/",
    "/admin/enterprises/",
    "/admin/unions/",
    "/admin/organizing_units/",
    "/admin/staff_assignments/",
    "/admin/settings/courses/enrolmentsettings/",
    "/admin/settings/lms/issuingbodysettings/",
]
# Who crawls, from where, and which paths their crawl may enter (None: the whole site but the admin).
CRAWLS = {
    "hocvien": (STAFF_PAGES, None),
    "hocvien2": (STAFF_PAGES, None),
    "giangvien": (STAFF_PAGES, None),
    "tochuc": (STAFF_PAGES, None),
    "congdoan": (STAFF_PAGES, None),
    "baocao": (STAFF_PAGES, None),
    "anonymous": (PUBLIC_PAGES, None),
    # The content editors' own admin screens (question banks and their spreadsheet import, quizzes, rubrics).
    "bientap": (BANK_ADMIN, tuple(BANK_ADMIN)),
    "quantri": (REFERENCE_ADMIN, tuple(REFERENCE_ADMIN)),
}

# Pages a crawl must not follow: they end the session, leave the site's own screens, or serve files.
SKIP_PREFIXES = ("/static/", "/media/", "/documents/", "/sw.js")
SKIP_URL_NAMES = {"lms:logout", "lms:set_language"}

HOSTILE_VALUES = (
    "",
    " ",
    "x" * 5000,
    "-1",
    "0",
    "99999999999999999999999999",
    "1e400",
    "NaN",
    "1,5",
    "abc\x00def",
    "<script>alert(1)</script>",
    "31/02/2026",
    "2026-13-45",
    "Nguye\u0302\u0303n Va\u0306n A",  # decomposed (NFD) Vietnamese
    "../../etc/passwd",
)
# One field at a time, the others as the page filled them: these reach deeper than all-fields-hostile.
FIELD_VALUES = ("", "x" * 5000, "-1", "99999999999999999999999999", "abc\x00def")

GARBAGE_FILES = (
    ("danh-sach.xlsx", b"PK\x03\x04 this is not a workbook"),
    ("danh-sach.csv", b"\xff\xfe\x00garbage;;;\n\x00\x00"),
    ("bai-thu-hoach.pdf", b"%PDF-1.4 truncated"),
    ("empty.docx", b""),
)

JSON_BODIES = (
    b"",
    b"{",
    b"[]",
    b"null",
    b'"text"',
    b'{"items": "not a list"}',
    b'{"items": [{"module": "x", "seconds": "y"}]}',
    b'{"items": [{"module": 1e400, "seconds": -5, "position": {"a": 1}}]}',
    b'{"answers": {"1": ["x"], "abc": 5}}',
    b'{"answers": [1, 2, 3]}',
    b"\xff\xfe\x00",
)


@dataclass
class Form:
    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # (name, value) as the page fills them
    files: list[str] = field(default_factory=list)
    method: str = "post"


class PageParser(HTMLParser):
    """Links, forms with their filled values, and the URLs the page's scripts post to."""

    def __init__(self, base: str):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links: list[str] = []
        self.forms: list[Form] = []
        self.script_urls: list[str] = []
        self._form: Form | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._select_value: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name.startswith("data-") and name.endswith("-url") and value:
                self.script_urls.append(urljoin(self.base, value))
        if tag == "a" and attrs.get("href"):
            self.links.append(urljoin(self.base, attrs["href"]))
        elif tag == "form":
            method = (attrs.get("method") or "get").lower()
            self._form = Form(action=urljoin(self.base, attrs.get("action") or self.base), method=method)
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            if kind == "file":
                self._form.files.append(attrs["name"])
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs or not any(n == attrs["name"] for n, _v in self._form.fields):
                    self._form.fields.append((attrs["name"], attrs.get("value") or "on"))
            elif kind not in ("submit", "button", "image", "reset"):
                self._form.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = attrs["name"]
            self._form.fields.append((self._textarea, ""))
        elif tag == "select" and attrs.get("name"):
            self._select, self._select_value = attrs["name"], None
        elif tag == "option" and self._select is not None and (self._select_value is None or "selected" in attrs):
            self._select_value = attrs.get("value", "")

    def handle_data(self, data):
        if self._form is not None and self._textarea is not None:
            name, value = self._form.fields.pop()
            self._form.fields.append((name, value + data))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None and self._form is not None:
            self._form.fields.append((self._select, self._select_value or ""))
            self._select = None


def _inside(url: str, allowed: tuple[str, ...] | None) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if not parts.path.startswith("/") or parts.path.startswith(SKIP_PREFIXES):
        return None
    if not parts.path.startswith(allowed or ("/",)) or (allowed is None and parts.path.startswith("/admin/")):
        return None
    return path


@dataclass
class Crawl:
    forms: dict[tuple[str, tuple[str, ...]], Form]  # POST forms
    queries: dict[tuple[str, tuple[str, ...]], Form]  # GET forms and links with parameters
    script_urls: set[str]
    visited: list[str]
    failures: list[str]

    @property
    def pages(self) -> int:
        return len(self.visited)


def _pattern(path: str) -> str:
    """The path with its ids replaced: the screens a path shows, whatever the object."""
    return re.sub(r"/\d+(?=/|$)", "/N", path.split("?")[0])


def _crawl(client: Client, start: list[str], skip: set[str], allowed, limit: int = 400) -> Crawl:
    queue, seen = deque(start), set(start)
    per_pattern: Counter[str] = Counter()
    forms: dict[tuple[str, tuple[str, ...]], Form] = {}
    script_urls: set[str] = set()
    failures: list[str] = []
    visited: list[str] = []
    queries: dict[str, Form] = {}
    while queue and len(visited) < limit:
        path = queue.popleft()
        try:
            response = client.get(path)
        except Exception as exc:  # noqa: BLE001 - any exception is the finding
            failures.append(f"GET {path}: {type(exc).__name__}: {exc}")
            continue
        visited.append(path)
        if response.status_code >= 500:
            failures.append(f"GET {path}: {response.status_code}")
        if "text/html" not in response.get("Content-Type", "") or response.status_code != 200:
            continue
        parser = PageParser(base="http://testserver" + path)
        parser.feed(response.content.decode())
        for form in parser.forms:
            action = _inside(form.action, allowed)
            if action and action.split("?")[0] not in skip:
                form.action = action.split("?")[0] if form.method == "get" else action
                names = tuple(sorted({re.sub(r"\d+", "N", name) for name, _v in form.fields}))
                (forms if form.method == "post" else queries).setdefault((_pattern(action), names), form)
        script_urls.update(u for u in (_inside(url, allowed) for url in parser.script_urls) if u)
        for link in parser.links:
            target = _inside(link.split("#")[0], allowed)
            if target and "?" in target:  # a link with parameters is a GET form the page fills in advance
                base, query = target.split("?", 1)
                fields = parse_qsl(query, keep_blank_values=True)
                queries.setdefault(
                    (_pattern(base), tuple(sorted(n for n, _v in fields))), Form(base, fields, [], "get")
                )
            # One page per path (the same list sorted or paged another way holds no new forms), and a few
            # objects per kind of page: the hundredth shift group's screen is the first one's.
            if not target or target in seen or target.split("?")[0] in skip or per_pattern[_pattern(target)] >= 3:
                continue
            seen.update((target, target.split("?")[0]))
            per_pattern[_pattern(target)] += 1
            queue.append(target)
    return Crawl(forms=forms, queries=queries, script_urls=script_urls, visited=visited, failures=failures)


def _send(client: Client, method: str, url: str, data, failures: list[str], label: str, **extra) -> None:
    try:
        response = getattr(client, method)(url, data, **extra)
    except Exception as exc:  # noqa: BLE001 - any exception is the finding
        failures.append(f"{method.upper()} {url} {label}: {type(exc).__name__}: {exc}")
        return
    if response.status_code >= 500:
        failures.append(f"{method.upper()} {url} {label}: {response.status_code}")


def _with_other_ids(path: str):
    """The path with each id in it replaced by one that no row has, or no column can hold."""
    segments = path.split("?")[0].split("/")
    for index, segment in enumerate(segments):
        if segment.isdigit():
            for other in ("0", "99999999999999999999999"):
                yield "/".join([*segments[:index], other, *segments[index + 1 :]])


def _payloads(form: Form):
    filled = dict(form.fields)
    names = list(filled)
    yield "as the page filled it", filled
    yield "as the page filled it, again (a double submission)", filled
    yield "nothing", {}
    for value in HOSTILE_VALUES:
        yield f"every field={value[:20]!r}", dict.fromkeys(names, value)
    yield "every field twice", {name: ["1", "2"] for name in names}
    for name in names:
        if name == "csrfmiddlewaretoken":
            continue
        for value in FIELD_VALUES:
            yield f"{name}={value[:20]!r}", {**filled, name: value}


def _login(client: Client, user: User | None) -> None:
    if user is not None:
        client.force_login(user)


def assert_no_server_error_for(username: str) -> None:
    """Crawl the demo as `username` (a key of CRAWLS) and send every form and URL found hostile input."""
    user = User.objects.filter(username=username).first()
    assert user or username == "anonymous"
    start, allowed = CRAWLS[username]
    client = Client(raise_request_exception=True)
    _login(client, user)
    skip = {reverse(name) for name in SKIP_URL_NAMES}
    crawl = _crawl(client, start, skip, allowed)
    failures = list(crawl.failures)
    assert crawl.forms, f"{username}: the crawl found no form in {crawl.pages} pages"
    for form in [*crawl.forms.values(), *crawl.queries.values()]:
        for label, data in _payloads(form):
            _send(client, form.method, form.action, data, failures, label)
            _login(client, user)  # a payload that changed the session (a login form) must not hide the rest
        for name in form.files:
            for filename, content in GARBAGE_FILES:
                data = {**dict(form.fields), name: SimpleUploadedFile(filename, content)}
                _send(client, "post", form.action, data, failures, f"{name}={filename}")
    for path in {*crawl.visited, *crawl.script_urls, *(form.action for form in crawl.forms.values())}:
        for other in _with_other_ids(path):
            _send(client, "get", other, {}, failures, "another id")
            _send(client, "post", other, {}, failures, "another id")
    for url in crawl.script_urls:
        for body in JSON_BODIES:
            _send(client, "post", url, body, failures, f"body={body[:30]!r}", content_type="application/json")
            _send(client, "post", url, {"seconds": body.decode(errors="replace")}, failures, f"form body={body[:30]!r}")
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:400])
