from django.urls import path

from assessments.views import reports

patterns = [
    path("bao-cao/", reports.report_view, name="report"),
    path("bao-cao/so-lieu.xlsx", reports.report_xlsx_view, name="report_xlsx"),
    path("bao-cao/chi-tieu/", reports.report_targets_view, name="report_targets"),
]
