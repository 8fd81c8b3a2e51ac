from django.urls import path

from assessments.views import closing

patterns = [
    path("to-chuc/lop/<int:cohort_id>/ket-thuc/", closing.cohort_close_view, name="cohort_close"),
    path("to-chuc/lop/<int:cohort_id>/mo-lai/", closing.cohort_reopen_view, name="cohort_reopen"),
]
