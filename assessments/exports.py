"""The class results sheet (bảng điểm lớp) as an Excel workbook, from a gradebook.

Header block with the course, class code, organizing unit and dates (dd/mm/yyyy), then one row per learner.
Scores are numbers with two decimals (so the sheet can be summed and sorted), every string is NFC, the header row
and the names stay in view when scrolling. Labels follow the active language (Vietnamese by default).
"""

import io
import re
import unicodedata
from collections.abc import Collection

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from assessments.models import Band
from assessments.selectors.results import Gradebook
from lms.text import nfc

HEADER_ROW = 7  # the column titles; learners start on the next row
SCORE_FORMAT = "0.00"
DATE_FORMAT = "DD/MM/YYYY"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="F2E6D9")


def _text(value) -> str:
    return nfc(str(value)) if value is not None else ""


def write_header(sheet, row: int, titles: list) -> None:
    """Column titles in bold on a tinted, bordered, wrapped row (shared by every workbook we write)."""
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=_text(title))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def results_filename(book: Gradebook) -> str:
    """An ASCII file name from the class code, e.g. bang-diem-NTD-2026-05.xlsx."""
    code = book.cohort.code.replace("Đ", "D").replace("đ", "d")
    code = unicodedata.normalize("NFKD", code).encode("ascii", "ignore").decode()
    return f"bang-diem-{re.sub(r'[^A-Za-z0-9._-]+', '-', code).strip('-') or book.cohort.pk}.xlsx"


def results_workbook(book: Gradebook, *, birth_dates: bool | Collection[int] = True) -> Workbook:
    """The sheet. `birth_dates`: True for every learner's date of birth, False for none, or the ids of the learners
    whose date of birth the reader may see (the column stays empty for the others)."""
    cohort = book.cohort
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _text(_("Results"))[:31]

    sheet["A1"] = _text(_("CLASS RESULTS SHEET"))
    sheet["A1"].font = Font(bold=True, size=14)
    facts = [
        (_("Course"), book.course.title),
        (_("Class code"), cohort.code),
        (_("Organizing unit"), cohort.organizing_unit.name),
        (_("Dates"), f"{cohort.opens_on:%d/%m/%Y} – {cohort.closes_on:%d/%m/%Y}"),
    ]
    for offset, (label, value) in enumerate(facts):
        sheet.cell(row=2 + offset, column=1, value=_text(label)).font = Font(bold=True)
        sheet.cell(row=2 + offset, column=3, value=_text(value))

    headers = [_("No."), _("Full name"), _("Date of birth"), _("Enterprise")]
    headers += [_("Quiz, lesson %(number)s") % {"number": lesson.lesson_number} for lesson in book.quiz_lessons]
    headers += [
        _("In-person lessons attended (of %(total)d)") % {"total": len(book.in_person_lessons)},
        _("Reflection"),
        _("Final test"),
        _("Final score"),
        _("Band"),
        _("Complete"),
    ]
    write_header(sheet, HEADER_ROW, headers)

    quiz_count = len(book.quiz_lessons)
    attended_column = 5 + quiz_count
    score_columns = {*range(5, 5 + quiz_count), attended_column + 1, attended_column + 2, attended_column + 3}
    for index, row in enumerate(book.rows):
        result = row.result
        values: list = [
            row.number,
            _text(row.learner.get_full_name()),
            row.date_of_birth if _shows_birth_date(birth_dates, row.learner.pk) else None,
            _text(row.enterprise),
            *row.quiz_scores,
            row.attended,
            row.reflection_score,
            row.final_test,
            result.score if result else None,
            _text(Band(result.band).label) if result and result.band else None,
            (_text(_("Yes")) if result.complete else _text(_("No"))) if result else None,
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=HEADER_ROW + 1 + index, column=column, value=value)
            cell.border = _BORDER
            if column in score_columns:
                cell.number_format = SCORE_FORMAT
            elif column == 3:
                cell.number_format = DATE_FORMAT
            elif column in (1, attended_column):
                cell.number_format = "0"

    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)  # the header row and the names stay in view
    widths = {1: 6, 2: 26, 3: 12, 4: 28}
    for column in range(1, len(headers) + 1):
        longest = max(
            (
                len(str(sheet.cell(row=r, column=column).value or ""))
                for r in range(HEADER_ROW + 1, HEADER_ROW + 1 + len(book.rows))
            ),
            default=0,
        )
        width = max(widths.get(column, 11), min(longest + 2, 40))
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 45
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    return workbook


def _shows_birth_date(birth_dates: bool | Collection[int], learner_id: int) -> bool:
    return birth_dates if isinstance(birth_dates, bool) else learner_id in birth_dates


def results_xlsx(book: Gradebook, *, birth_dates: bool | Collection[int] = True) -> bytes:
    buffer = io.BytesIO()
    results_workbook(book, birth_dates=birth_dates).save(buffer)
    return buffer.getvalue()
