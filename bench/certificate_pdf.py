"""Certificate PDFs: 100 certificates rendered one by one in this process (no database: unsaved snapshots), then the
same 100 as one class PDF.

Measures the time per page of `render_certificate_pdf` (median and p95, wall clock, after one warm-up render that
loads the template and registers the fonts; that first render is reported on its own) and the size of the PDFs.
Goal: tens of milliseconds per page (docs: about 27 ms on the 2-core machines). Prints one JSON line per figure.
"""

import json
import os
import random
import secrets
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

import django  # noqa: E402

django.setup()

from assessments.certificate_pdf import render_certificate_pdf, render_certificates_pdf  # noqa: E402
from assessments.models import Certificate  # noqa: E402

CERTIFICATES = int(os.environ.get("BENCH_CERTIFICATES", "100"))
BASE_URL = "https://hoctap.example.vn/xac-minh/"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Thị", "Văn", "Đức", "Ngọc", "Thanh", "Minh", "Hữu", "Thị Ánh", "Thị Thu", "Quốc"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hạnh", "Hùng", "Lan", "Tuyết", "Phượng", "Khánh", "Oanh", "Sơn", "Yến"]
ENTERPRISES = [
    "Công ty TNHH May mặc Sao Mai",
    "Công ty TNHH Điện tử Minh Hưng",
    "Công ty Cổ phần Chế biến Gỗ Đồng Xoài",
    "Công ty TNHH Giày da Hàn Việt (Khu công nghiệp Chơn Thành I)",
]


def snapshot(rng: random.Random, number: int) -> Certificate:
    issued_on = date(2027, 1, 20) + timedelta(days=rng.randrange(300))
    return Certificate(
        code=secrets.token_urlsafe(24),
        series="GCN-NTĐ",
        year=issued_on.year,
        number=number,
        reference=f"{number:04d}/GCN-NTĐ/{issued_on.year}",
        full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
        date_of_birth=date(1985, 1, 1) + timedelta(days=rng.randrange(6000)),
        enterprise=rng.choice(ENTERPRISES),
        course_title="Lớp bồi dưỡng nhận thức về Đảng",
        programme_kind="awareness",
        cohort_code="NTĐ-2027-05",
        studied_from=issued_on - timedelta(days=20),
        studied_to=issued_on - timedelta(days=5),
        score=Decimal("8.40"),
        band=rng.choice(["excellent", "good", "fair", "pass"]),
        parent_body="Huyện ủy Chơn Thành",
        issuing_body="Trung tâm Chính trị",
        signer_name="Phạm Văn Đức",
        signer_title="Giám đốc",
        place="Chơn Thành",
        issued_on=issued_on,
        valid_until=issued_on.replace(year=issued_on.year + 5),
    )


def main() -> None:
    rng = random.Random(7)
    certificates = [snapshot(rng, number) for number in range(1, CERTIFICATES + 1)]

    began = time.perf_counter()
    render_certificate_pdf(certificates[0], verify_url=BASE_URL + certificates[0].code)
    first_ms = (time.perf_counter() - began) * 1000

    wall, cpu, sizes = [], [], []
    for certificate in certificates:
        began, began_cpu = time.perf_counter(), time.process_time()
        pdf = render_certificate_pdf(certificate, verify_url=BASE_URL + certificate.code)
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        sizes.append(len(pdf))

    began = time.perf_counter()
    class_pdf = render_certificates_pdf((c, BASE_URL + c.code) for c in certificates)
    class_ms = (time.perf_counter() - began) * 1000

    p95 = statistics.quantiles(wall, n=20)[-1]
    figures = [
        {
            "name": "certificate_pdf_render",
            "value": round(statistics.median(wall), 1),
            "unit": "ms",
            "detail": {"stat": "median", "pages": len(wall), "cpu_ms_median": round(statistics.median(cpu), 1)},
        },
        {"name": "certificate_pdf_render_p95", "value": round(p95, 1), "unit": "ms", "detail": {"stat": "p95"}},
        {"name": "certificate_pdf_first_render", "value": round(first_ms, 1), "unit": "ms"},
        {"name": "certificate_pdf_size", "value": round(statistics.median(sizes) / 1024, 1), "unit": "KiB"},
        {
            "name": "certificate_class_pdf_render_per_page",
            "value": round(class_ms / len(certificates), 1),
            "unit": "ms",
            "detail": {"pages": len(certificates), "total_ms": round(class_ms)},
        },
        {"name": "certificate_class_pdf_size", "value": round(len(class_pdf) / 1024, 1), "unit": "KiB"},
    ]
    for figure in figures:
        print(json.dumps(figure, ensure_ascii=False))


if __name__ == "__main__":
    main()
