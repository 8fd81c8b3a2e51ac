"""The organisation board's report: a year's numbers by zone, enterprise and class, on screen and as a workbook."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from assessments.forms.reports import ReportFilterForm
from assessments.report_sheet import report_filename, report_xlsx
from assessments.selectors.reports import YearReport, report_years, report_zones, year_report
from courses.models import EnrolmentSettings
from courses.scope import cohorts_in_scope
from lms.decorators import role_required
from lms.roles import Role

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report(request: HttpRequest) -> tuple[ReportFilterForm, YearReport]:
    """The report the query string asks for; with a bad year or programme, this year's for every programme (the
    form carries the error)."""
    zones = report_zones(request.user)
    years = report_years(zones)
    form = ReportFilterForm(request.GET or {"year": years[0]}, years=years)
    if form.is_valid():
        year, programme = form.cleaned_data["year"], form.cleaned_data["programme"]
    else:
        year, programme = years[0], ""
    target = EnrolmentSettings.for_request(request).union_yearly_target
    return form, year_report(zones=zones, year=year, target=target, programme_kind=programme)


def _render(request: HttpRequest, form: ReportFilterForm, report: YearReport, status: int = 200) -> HttpResponse:
    # Classes held in the reader's zones may belong to other units; only the reader's own classes link to their page.
    shown = [line.cohort.pk for line in report.classes]
    linkable = set(cohorts_in_scope(request.user).filter(pk__in=shown).values_list("pk", flat=True))
    context = {"form": form, "report": report, "linkable": linkable}
    return render(request, "assessments/report.html", context, status=status)


@role_required(Role.REPORT_VIEWER, Role.ORGANIZER)
@require_GET
def report_view(request: HttpRequest) -> HttpResponse:
    form, report = _report(request)
    return _render(request, form, report)


@role_required(Role.REPORT_VIEWER, Role.ORGANIZER)
@require_GET
def report_xlsx_view(request: HttpRequest) -> HttpResponse:
    form, report = _report(request)
    if not form.is_valid():
        return _render(request, form, report, status=400)
    response = HttpResponse(report_xlsx(report), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{report_filename(report)}"'
    response["Cache-Control"] = "private, no-store"
    return response
