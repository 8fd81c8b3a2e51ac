"""The organisation board's report as an Excel workbook: one sheet by zone and enterprise (with zone subtotals and a
total), one by class, one with the zones' yearly targets when the board has set any, and one with the zones' deadlines
as of the day it is made. Counts are numbers and
rates are percentages, so the board can sum, sort and chart them; labels follow the active language; every string
is NFC."""

import io
from datetime import date

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessments.exports import _BORDER, DATE_FORMAT, _text, write_header
from assessments.models import Band
from assessments.selectors.deadlines import DEADLINE_COUNTS, ZoneDeadlines
from assessments.selectors.reports import PASSED_BANDS, Figures, YearReport
from courses.models import EnrolmentSettings, ProgrammeKind

HEADER_ROW = 4
PERCENT_FORMAT = "0.0%"


def report_filename(report: YearReport) -> str:
    return f"bao-cao-{report.year}{'-' + report.programme_kind if report.programme_kind else ''}.xlsx"


def _title(sheet: Worksheet, title: str, report: YearReport) -> None:
    sheet["A1"] = _text(title)
    sheet["A1"].font = Font(bold=True, size=14)
    programme = ProgrammeKind(report.programme_kind).label if report.programme_kind else _("Every programme")
    sheet["A2"] = _text(
        _("Year %(year)s · %(programme)s · classes that open in the year · union target: %(target)s nominations")
        % {"year": report.year, "programme": programme, "target": report.target}
    )


def _header(sheet: Worksheet, titles: list[str]) -> None:
    write_header(sheet, HEADER_ROW, titles)
    sheet.row_dimensions[HEADER_ROW].height = 45
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1


def _write_row(sheet: Worksheet, row: int, values: list, *, bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=_text(value) if isinstance(value, str) else value)
        cell.border = _BORDER
        if bold:
            cell.font = Font(bold=True)
        if isinstance(value, float):
            cell.number_format = PERCENT_FORMAT


def _figures(figures: Figures) -> list:
    return [
        figures.unions,
        figures.unions_on_target,
        figures.nominated,
        figures.enrolled,
        figures.withdrawn,
        figures.passed,
        figures.certified,
        figures.pass_rate,
        figures.admitted,
        figures.party_cells,
    ]


def _widths(sheet: Worksheet, widths: dict[int, int], columns: int) -> None:
    for column in range(1, columns + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 11)


def _enterprise_sheet(sheet: Worksheet, report: YearReport) -> None:
    _title(sheet, _("FIGURES BY ZONE AND ENTERPRISE"), report)
    titles = [
        _("Zone"),
        _("Enterprise"),
        _("Unions"),
        _("Unions that met the target"),
        _("Nominated"),
        _("Enrolled"),
        _("Withdrawn"),
        _("Passed"),
        _("Valid certificates"),
        _("Pass rate"),
        _("Admitted to the Party"),
        _("Party cell founded"),
    ]
    _header(sheet, titles)
    row = HEADER_ROW + 1
    for block in report.zones:
        for line in block.rows:
            _write_row(sheet, row, [block.zone.name, line.enterprise.name, *_figures(line.figures)])
            row += 1
        _write_row(sheet, row, [block.zone.name, _("Zone total"), *_figures(block.total)], bold=True)
        row += 1
    _write_row(sheet, row, [_("Total"), "", *_figures(report.total)], bold=True)
    _widths(sheet, {1: 28, 2: 36}, len(titles))


def _class_sheet(sheet: Worksheet, report: YearReport) -> None:
    _title(sheet, _("FIGURES BY CLASS"), report)
    titles = [
        _("Class code"),
        _("Course"),
        _("Organizing unit"),
        _("Zone"),
        _("Opens on"),
        _("Closes on"),
        _("Enrolled"),
        _("Withdrawn"),
        _("Passed"),
        *[str(Band(band).label) for band in PASSED_BANDS],
        _("Valid certificates"),
    ]
    _header(sheet, titles)
    for offset, line in enumerate(report.classes):
        cohort = line.cohort
        values = [
            cohort.code,
            cohort.course.title,
            cohort.organizing_unit.name,
            cohort.zone.name,
            cohort.opens_on,
            cohort.closes_on,
            line.enrolled,
            line.withdrawn,
            line.passed,
            *[line.bands[band] for band in PASSED_BANDS],
            line.certified,
        ]
        _write_row(sheet, HEADER_ROW + 1 + offset, values)
        for column in (5, 6):
            sheet.cell(row=HEADER_ROW + 1 + offset, column=column).number_format = DATE_FORMAT
    _widths(sheet, {1: 16, 2: 36, 3: 30, 4: 24, 5: 12, 6: 12}, len(titles))


def _target_sheet(sheet: Worksheet, report: YearReport) -> None:
    _title(sheet, _("YEARLY TARGETS BY ZONE"), report)
    titles = [_("Zone"), _("Target for"), _("Target"), _("Reached"), _("Share of the target")]
    _header(sheet, titles)
    row = HEADER_ROW + 1
    for block in report.zones:
        for line in block.targets:
            _write_row(sheet, row, [block.zone.name, line.label, line.target, line.reached, line.share])
            row += 1
    for line in report.targets:
        _write_row(sheet, row, [_("Total"), line.label, line.target, line.reached, line.share], bold=True)
        row += 1
    _widths(sheet, {1: 28, 2: 30, 3: 14}, len(titles))


def _deadline_sheet(sheet: Worksheet, counts: list[ZoneDeadlines], today: date, rules: EnrolmentSettings) -> None:
    sheet["A1"] = _text(_("DEADLINES BY ZONE"))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = _text(
        _("As of %(today)s, whatever the year of the other sheets") % {"today": today.strftime("%d/%m/%Y")}
    )
    titles = [
        _("Zone"),
        _("Probation over, class not passed"),
        _("Probation ends within %(soon_days)s days, no class in time") % {"soon_days": rules.probation_soon_days},
        _("Certificates lapsing within %(expiry_months)s months") % {"expiry_months": rules.certificate_watch_months},
    ]
    _header(sheet, titles)
    row = HEADER_ROW + 1
    for block in counts:
        _write_row(
            sheet, row, [block.zone.name, block.probation_past, block.probation_at_risk, block.certificates_lapsing]
        )
        row += 1
    totals = [sum(getattr(block, name) for block in counts) for name in DEADLINE_COUNTS]
    _write_row(sheet, row, [_("Total"), *totals], bold=True)
    _widths(sheet, {1: 28, 2: 18, 3: 18, 4: 18}, len(titles))


def report_workbook(
    report: YearReport,
    deadlines: list[ZoneDeadlines] | None = None,
    today: date | None = None,
    rules: EnrolmentSettings | None = None,
) -> Workbook:
    """The year's sheets, and, given the zones' deadline counts (assessments.selectors.deadlines), the day they
    were counted and the rules they were counted by, a sheet of them."""
    workbook = Workbook()
    by_enterprise = workbook.active
    by_enterprise.title = _text(_("By enterprise"))[:31]
    _enterprise_sheet(by_enterprise, report)
    _class_sheet(workbook.create_sheet(_text(_("By class"))[:31]), report)
    if report.targets:
        _target_sheet(workbook.create_sheet(_text(_("Targets"))[:31]), report)
    if deadlines and today is not None and rules is not None:
        _deadline_sheet(workbook.create_sheet(_text(_("Deadlines"))[:31]), deadlines, today, rules)
    return workbook


def report_xlsx(
    report: YearReport,
    deadlines: list[ZoneDeadlines] | None = None,
    today: date | None = None,
    rules: EnrolmentSettings | None = None,
) -> bytes:
    buffer = io.BytesIO()
    report_workbook(report, deadlines, today, rules).save(buffer)
    return buffer.getvalue()
