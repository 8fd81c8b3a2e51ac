"""A 5,000-row roster: preview, then import, then preview again (all unchanged), on PostgreSQL.

Goal (issue 3): preview and import within 10 s. Prints one JSON line per figure.
"""

import json
import os
import sys
import time
from pathlib import Path

from demo_database import in_child_with_demo  # bench/ is the script's own folder, first on sys.path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DB_NAME = "lms_bench_roster"
ROWS = int(os.environ.get("BENCH_ROSTER_ROWS", "5000"))


def _roster(rows: int) -> bytes:
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    given = ["Lan", "Hùng", "Mai", "Tuấn", "Hương", "Nam", "Trang", "Dũng"]
    lines = ["Họ và tên;Ngày sinh;Giới tính;Số điện thoại;Số CCCD;Công việc;Trình độ học vấn;Đoàn viên công đoàn"]
    for n in range(rows):
        female = n % 2 == 0
        year = 1975 + n % 30
        digit = (0 if year < 2000 else 2) + (1 if female else 0)
        lines.append(
            f"{family[n % 8]} {'Thị' if female else 'Văn'} {given[(n // 8) % 8]} {n};"
            f"{1 + n % 28:02d}/{1 + n % 12:02d}/{year};{'Nữ' if female else 'Nam'};"
            f"09{n:08d};070{digit}{year % 100:02d}{500000 + n:06d};Công nhân;12/12;x"
        )
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


def _time_xlsx(csv_bytes: bytes, enterprise, roster_import):
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in csv_bytes.decode("utf-8-sig").splitlines():
        sheet.append(line.split(";"))
    buffer = io.BytesIO()
    book.save(buffer)
    started = time.perf_counter()
    outcome = roster_import(
        actor=None, data=buffer.getvalue(), filename="r.xlsx", enterprise=enterprise, cohort=None, commit=False
    )
    return time.perf_counter() - started, outcome


def _time_activation_codes(enterprise):
    """Activation codes for every imported worker still without a password: the organizer's one-form action."""
    from lms.selectors import activation_candidates
    from lms.services.activation import activation_codes_issue, new_batch

    started = time.perf_counter()
    profiles = activation_candidates(enterprise=enterprise)
    codes = activation_codes_issue(actor=None, profiles=profiles, batch=new_batch())
    return time.perf_counter() - started, codes


def main() -> None:
    if not in_child_with_demo(DB_NAME, __file__):
        return

    import django

    django.setup()
    from courses.services import roster_import
    from lms.models import Enterprise
    from lms.roster.importer import Fate

    data = _roster(ROWS)
    enterprise = Enterprise.objects.get(tax_code="3801234560")

    def run(commit: bool):
        started = time.perf_counter()
        outcome = roster_import(
            actor=None, data=data, filename="r.csv", enterprise=enterprise, cohort=None, commit=commit
        )
        return time.perf_counter() - started, outcome

    preview_s, preview = run(False)
    assert preview.preview.count(Fate.NEW) == ROWS, preview.preview.counts
    import_s, imported = run(True)
    assert len(imported.result.created) == ROWS
    again_s, again = run(False)
    assert again.preview.count(Fate.UNCHANGED) == ROWS
    xlsx_s, xlsx = _time_xlsx(data, enterprise, roster_import)
    assert xlsx.preview.count(Fate.UNCHANGED) == ROWS
    codes_s, codes = _time_activation_codes(enterprise)
    assert len(codes) >= ROWS, len(codes)
    for name, value in (
        ("roster_preview_5000_xlsx", xlsx_s),
        ("roster_preview_5000", preview_s),
        ("roster_import_5000", import_s),
        ("roster_reimport_preview_5000", again_s),
        ("roster_preview_plus_import_5000", preview_s + import_s),
        ("activation_codes_issue_5000", codes_s),
    ):
        print(json.dumps({"name": name, "value": round(value, 2), "unit": "s"}))


if __name__ == "__main__":
    main()
