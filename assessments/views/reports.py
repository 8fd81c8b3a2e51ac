"""The organisation board's report: a year's numbers by zone, enterprise and class, on screen and as a workbook, and
the zones' yearly targets it is compared with."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from assessments.forms.reports import ReportFilterForm, YearTargetsForm
from assessments.models import TARGET_MEASURES, YearTarget
from assessments.report_sheet import report_filename, report_xlsx
from assessments.selectors.deadlines import deadline_counts
from assessments.selectors.reports import YearReport, report_years, report_zones, target_zones, year_report
from assessments.services.targets import year_targets_save
from courses.models import EnrolmentSettings
from courses.scope import cohorts_in_scope
from lms.decorators import role_required
from lms.models import Zone
from lms.roles import Role
from lms.scope import has_role

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _report(request: HttpRequest) -> tuple[ReportFilterForm, YearReport, QuerySet[Zone]]:
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
    return form, year_report(zones=zones, year=year, target=target, programme_kind=programme), zones


def _render(
    request: HttpRequest, form: ReportFilterForm, report: YearReport, zones: QuerySet[Zone], status: int = 200
) -> HttpResponse:
    # Classes held in the reader's zones may belong to other units; only the reader's own classes link to their page.
    shown = [line.cohort.pk for line in report.classes]
    linkable = set(cohorts_in_scope(request.user).filter(pk__in=shown).values_list("pk", flat=True))
    may_set_targets = target_zones(request.user).exists()
    today = timezone.localdate()
    rules = EnrolmentSettings.for_request(request)
    context = {
        "form": form,
        "report": report,
        "linkable": linkable,
        "may_set_targets": may_set_targets,
        "today": today,
        "deadlines": deadline_counts(zones=zones, rules=rules, today=today),
        "soon_days": rules.probation_soon_days,
        "expiry_months": rules.certificate_watch_months,
        "keeps_deadlines": request.user.is_superuser or has_role(request.user, Role.ORGANIZER),
    }
    return render(request, "assessments/report.html", context, status=status)


@role_required(Role.REPORT_VIEWER, Role.ORGANIZER)
@require_GET
def report_view(request: HttpRequest) -> HttpResponse:
    form, report, zones = _report(request)
    return _render(request, form, report, zones)


@role_required(Role.REPORT_VIEWER, Role.ORGANIZER)
@require_GET
def report_xlsx_view(request: HttpRequest) -> HttpResponse:
    form, report, zones = _report(request)
    if not form.is_valid():
        return _render(request, form, report, zones, status=400)
    today = timezone.localdate()
    rules = EnrolmentSettings.for_request(request)
    counts = deadline_counts(zones=zones, rules=rules, today=today)
    response = HttpResponse(report_xlsx(report, counts, today, rules), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{report_filename(report)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@role_required(Role.REPORT_VIEWER)
@require_http_methods(["GET", "POST"])
def report_targets_view(request: HttpRequest) -> HttpResponse:
    """The board sets each zone's yearly targets (workers passing each programme); the report compares them."""
    zones = target_zones(request.user).order_by("name")
    this_year = timezone.localdate().year
    years = sorted(set(report_years(zones)) | {this_year + 1}, reverse=True)
    try:
        year = int(request.GET.get("year", this_year))
    except ValueError:
        year = None
    if year not in years:
        messages.error(request, _("There are no figures for that year."))
        return redirect(f"{reverse('assessments:report_targets')}?year={this_year}")
    current = {(t.zone_id, t.measure): t.number for t in YearTarget.objects.filter(year=year, zone__in=zones)}
    form = YearTargetsForm(request.POST if request.method == "POST" else None, zones=zones, current=current)
    if request.method == "POST" and form.is_valid():
        try:
            changed = year_targets_save(actor=request.user, year=year, values=form.values())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            saved = _("Targets for %(year)d saved (%(count)d changed).") % {"year": year, "count": changed}
            messages.success(request, saved)
            return redirect(f"{reverse('assessments:report')}?year={year}")
    context = {"form": form, "year": year, "years": years, "measures": TARGET_MEASURES}
    return render(request, "assessments/report_targets.html", context)
