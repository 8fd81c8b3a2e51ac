"""Certificate PDFs read back with the tools a reader would use: pdffonts (only Be Vietnam Pro, embedded), pdftotext
(the snapshot comes back exactly, in NFC, escaped), pdfinfo (A4 landscape, one page per certificate) and
pdftoppm + zbarimg (the QR code holds the verification address). The tools are required: a missing one fails."""

import itertools
import logging
import re
import secrets
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.utils import translation
from reportlab import rl_config
from reportlab.platypus.tables import CellStyle

from assessments import certificate_pdf
from assessments.certificate_pdf import (
    FONT_DIR,
    CertificateRenderError,
    ResourceAccessError,
    render_certificate_pdf,
    render_certificates_pdf,
    resource_policy,
)
from assessments.models import Certificate
from lms.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

VERIFY_URL = "https://hoctap.example.vn/xac-minh/k3Jq9XvT2mPz8LwQa5RcYd7HsUe4NbGf/"
NAME = "Nguyễn Thị Ánh Tuyết"
REFERENCE = "0123/GCN-NTĐ/2026"
COURSE = "Lớp bồi dưỡng nhận thức về Đảng"
TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates" / "assessments" / "certificates"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is required (apt-get install poppler-utils zbar-tools; .ci/run installs them)")
    return path


def _run(name: str, *args: str) -> str:
    return subprocess.run([_tool(name), *args], capture_output=True, check=True, text=True).stdout


@pytest.fixture
def write(tmp_path):
    names = itertools.count(1)

    def write(pdf: bytes) -> str:
        assert pdf.startswith(b"%PDF-")
        path = tmp_path / f"certificate-{next(names)}.pdf"
        path.write_bytes(pdf)
        return str(path)

    return write


def _text(path: str, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-layout", *pages, path, "-")


@pytest.fixture
def make_certificate(world):
    """A Certificate row as the issuing service stores it, for a new learner of class A each time."""
    numbers = itertools.count(123)

    def make(**snapshot) -> Certificate:
        number = next(numbers)
        fields = {
            "code": secrets.token_urlsafe(24),
            "organizing_unit": world.units["a"],
            "series": "GCN-NTĐ",
            "year": 2026,
            "number": number,
            "reference": f"{number:04d}/GCN-NTĐ/2026",
            "learner": UserFactory(roles=(Role.LEARNER,)),
            "cohort": world.cohorts["a"],
            "full_name": NAME,
            "date_of_birth": date(1995, 3, 12),
            "enterprise": "Công ty TNHH May mặc Sao Mai",
            "course_title": COURSE,
            "programme_kind": "awareness",
            "cohort_code": world.cohorts["a"].code,
            "studied_from": date(2027, 1, 5),
            "studied_to": date(2027, 1, 15),
            "score": Decimal("8.40"),
            "band": "good",
            "parent_body": "Huyện ủy Chơn Thành",
            "issuing_body": "Trung tâm Chính trị",
            "signer_name": "Phạm Văn Đức",
            "signer_title": "Giám đốc",
            "place": "Chơn Thành",
            "issued_on": date(2027, 1, 20),
            "valid_until": date(2032, 1, 20),
        }
        fields.update(snapshot)
        return Certificate.objects.create(**fields)

    return make


def test_only_the_four_be_vietnam_pro_faces_are_used_and_all_are_embedded(make_certificate, write):
    path = write(render_certificate_pdf(make_certificate(reference=REFERENCE), verify_url=VERIFY_URL))
    rows = _run("pdffonts", path).splitlines()[2:]
    assert rows, "no fonts at all"
    faces = set()
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert re.fullmatch(r"[A-Z]{6}\+BeVietnamPro-(Regular|Bold|Italic|BoldItalic)", name), row
        assert emb == "yes", row
        faces.add(name.split("-")[-1])
    assert {"Regular", "Bold", "Italic"} <= faces
    assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", "\n".join(rows))


def test_the_text_comes_back_exactly(make_certificate, write):
    certificate = make_certificate(reference=REFERENCE)
    text = _text(write(render_certificate_pdf(certificate, verify_url=VERIFY_URL)))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "HUYỆN ỦY CHƠN THÀNH",
        "TRUNG TÂM CHÍNH TRỊ",
        "GIẤY CHỨNG NHẬN",
        f"Số: {REFERENCE}",
        f"Ông/Bà {NAME}",
        "12/03/1995",
        "Công ty TNHH May mặc Sao Mai",
        COURSE,
        f"{certificate.cohort_code}, từ ngày 05/01/2027 đến ngày 15/01/2027",
        "Giá trị đến ngày 20/01/2032",
        "Chơn Thành, ngày 20 tháng 01 năm 2027",
        "GIÁM ĐỐC",
        "Phạm Văn Đức",
        "Quét mã để xác minh",
    ):
        assert expected in text, expected
    assert re.search(r"Xếp loại:\s+Giỏi", text)
    assert text == unicodedata.normalize("NFC", text)


def test_a_decomposed_snapshot_is_printed_in_nfc(make_certificate, write):
    decomposed = unicodedata.normalize("NFD", NAME)
    certificate = make_certificate(full_name=decomposed, course_title=unicodedata.normalize("NFD", COURSE))
    certificate.refresh_from_db()
    assert certificate.full_name == decomposed != NAME  # stored as given: the renderer must normalise
    text = _text(write(render_certificate_pdf(certificate, verify_url=VERIFY_URL)))
    assert NAME in text and COURSE in text
    assert decomposed not in text


def test_the_page_is_a4_landscape(make_certificate, write):
    info = _run("pdfinfo", write(render_certificate_pdf(make_certificate(), verify_url=VERIFY_URL)))
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 841.89) < 1 and abs(height - 595.28) < 1
    assert re.search(r"^Pages:\s+1$", info, re.M)


def test_the_qr_code_decodes_to_the_verification_address(make_certificate, write, tmp_path):
    path = write(render_certificate_pdf(make_certificate(), verify_url=VERIFY_URL))
    _run("pdftoppm", "-r", "150", "-png", "-singlefile", path, str(tmp_path / "page"))
    assert _run("zbarimg", "--raw", "-q", str(tmp_path / "page.png")).strip() == VERIFY_URL


def test_learner_provided_text_is_printed_literally(make_certificate, write):
    name = '<b>Lê</b> & "Hoa"'
    certificate = make_certificate(full_name=name, enterprise="<i>Công ty</i> A&amp;B <img src='/etc/passwd'>")
    text = _text(write(render_certificate_pdf(certificate, verify_url=VERIFY_URL)))
    assert name in text
    assert "<i>Công ty</i> A&amp;B <img src='/etc/passwd'>" in text


def test_the_resource_policy_reads_only_the_template_folder_and_static():
    policy = resource_policy()
    for allowed in (
        TEMPLATE_DIR / "certificate.css",
        Path(settings.BASE_DIR) / "static" / "lms" / "css" / "lms.css",
    ):
        policy.check_path(allowed)
    for refused in (
        "/etc/passwd",
        "/etc/hostname",
        TEMPLATE_DIR / ".." / "attempt.html",
        Path(settings.BASE_DIR) / "lms" / "settings" / "base.py",
        Path(settings.BASE_DIR) / "db.sqlite3",
        FONT_DIR / "BeVietnamPro-Regular.ttf",  # registered with the engine by our code, never read by the document
        FONT_DIR.parent / "__init__.py",
    ):
        with pytest.raises(ResourceAccessError):
            policy.check_path(refused)
    for url in ("https://example.com/logo.png", "http://169.254.169.254/latest/meta-data/", "ftp://example.com/x"):
        with pytest.raises(ResourceAccessError):
            policy.check_url(url)


def _crafted(monkeypatch, body: str, style: str = "") -> None:
    """Render certificates with a template of the test's own, under the real setup and policy."""
    setup = certificate_pdf._setup()
    crafted = engines["django"].from_string(
        '<html><head><style>{% include "assessments/certificates/certificate.css" %}' + style + "</style></head>"
        '<body><div id="ornament">&nbsp;</div><div id="nation">&nbsp;</div>' + body + "</body></html>"
    )
    monkeypatch.setattr(certificate_pdf, "_setup", lambda: replace(setup, template=crafted))


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # A family the engine does not know: it would fall back to Helvetica.
        ('p { font-family: "Times New Roman"; }', "Times"),
        # A font file outside the policy, even our own.
        ('@font-face { font-family: "Other"; src: url("__FONT__"); } p { font-family: "Other"; }', "outside"),
    ],
)
def test_any_other_font_fails_the_render_instead_of_falling_back(make_certificate, monkeypatch, style, expected):
    style = style.replace("__FONT__", str(FONT_DIR / "BeVietnamPro-Regular.ttf"))
    _crafted(monkeypatch, "{% for c in pages %}<p>{{ c.full_name }}</p>{% endfor %}", style)
    with pytest.raises(CertificateRenderError, match=expected):
        render_certificate_pdf(make_certificate(), verify_url=VERIFY_URL)


def test_a_template_reaching_outside_the_allowed_folders_fails_the_render(make_certificate, monkeypatch):
    _crafted(
        monkeypatch,
        '{% for c in pages %}<p>{{ c.full_name }}</p>{% endfor %}<img src="/etc/hostname" width="10" height="10">',
    )
    with pytest.raises(CertificateRenderError, match="/etc/hostname"):
        render_certificate_pdf(make_certificate(), verify_url=VERIFY_URL)


def test_a_class_prints_one_certificate_per_page(make_certificate, write):
    names = ["Lê Thị An", "Võ Văn Bình", "Đỗ Thị Chi"]
    items = [(make_certificate(full_name=name), f"{VERIFY_URL}{index}/") for index, name in enumerate(names)]
    path = write(render_certificates_pdf(items))
    assert re.search(r"^Pages:\s+3$", _run("pdfinfo", path), re.M)
    for page, (certificate, _url) in enumerate(items, start=1):
        text = _text(path, page)
        assert f"Ông/Bà {certificate.full_name}" in text and certificate.reference in text
        assert all(other not in text for other in names if other != certificate.full_name)


def test_bands_dates_and_programmes_in_vietnamese_whatever_the_ui_language(make_certificate, write):
    items = [
        (make_certificate(band="excellent", issued_on=date(2027, 3, 5), valid_until=None), VERIFY_URL),
        (make_certificate(band="good", programme_kind="new_member"), VERIFY_URL),
        (make_certificate(band="fair", programme_kind="other", place=""), VERIFY_URL),
        (make_certificate(band="pass", date_of_birth=None, enterprise=""), VERIFY_URL),
    ]
    with translation.override("en"):
        path = write(render_certificates_pdf(items))
        assert translation.get_language() == "en"
    first, second, third, fourth = (_text(path, page) for page in (1, 2, 3, 4))
    assert re.search(r"Xếp loại:\s+Xuất sắc", first) and "ngày 05 tháng 3 năm 2027" in first
    assert "Giá trị đến ngày" not in first and "HOÀN THÀNH LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG" in first
    assert re.search(r"Xếp loại:\s+Giỏi", second) and "DÀNH CHO ĐẢNG VIÊN MỚI" in second
    assert re.search(r"Xếp loại:\s+Khá", third) and "HOÀN THÀNH" not in third
    assert "Chơn Thành," not in third and "ngày 20 tháng 01 năm 2027" in third
    assert re.search(r"Xếp loại:\s+Đạt", fourth) and "Sinh ngày" not in fourth and "Nơi làm việc" not in fourth
    assert "Certificate" not in "".join((first, second, third, fourth))


def test_long_names_and_titles_still_fit_on_one_page(make_certificate, write):
    certificate = make_certificate(
        full_name="Nguyễn Thị Phương Thảo Huyền Trang Ánh Tuyết",
        enterprise="Công ty TNHH Một thành viên Xuất nhập khẩu May mặc và Dịch vụ Thương mại Sao Mai Bình Phước "
        "(Chi nhánh Khu công nghiệp Minh Hưng – Hàn Quốc)",
        course_title="Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới khóa II năm 2027 dành cho công nhân "
        "các khu công nghiệp",
        parent_body="Đảng ủy Khối Doanh nghiệp tỉnh Bình Phước",
        issuing_body="Trung tâm Chính trị huyện Chơn Thành, tỉnh Bình Phước",
        signer_title="KT. Giám đốc – Phó Giám đốc",
    )
    path = write(render_certificate_pdf(certificate, verify_url=VERIFY_URL))
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", path), re.M)


def test_nothing_to_print_or_a_failed_result_is_refused(make_certificate):
    with pytest.raises(ValueError):
        render_certificates_pdf([])
    with pytest.raises(ValueError):
        render_certificate_pdf(make_certificate(band="fail"), verify_url=VERIFY_URL)


def test_a_render_is_clean_and_leaves_reportlab_as_it_was(make_certificate, caplog):
    before = rl_config.canvas_basefontname, CellStyle.fontname, rl_config.useA85
    with caplog.at_level(logging.WARNING, logger="xhtml2pdf"):
        render_certificate_pdf(make_certificate(), verify_url=VERIFY_URL)
    assert [record.getMessage() for record in caplog.records if record.name.startswith("xhtml2pdf")] == []
    assert (rl_config.canvas_basefontname, CellStyle.fontname, rl_config.useA85) == before
    assert certificate_pdf._setup() is certificate_pdf._setup()  # template, policy and fonts made once
