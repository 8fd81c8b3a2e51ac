from django.urls import path

from assessments.views import results

patterns = [
    path("to-chuc/lop/<int:cohort_id>/bang-diem/", results.gradebook_view, name="gradebook"),
    path("to-chuc/lop/<int:cohort_id>/bang-diem.xlsx", results.gradebook_xlsx, name="gradebook_xlsx"),
    path("to-chuc/lop/<int:cohort_id>/bang-diem/tinh-lai/", results.gradebook_recompute, name="gradebook_recompute"),
    path("to-chuc/khoa-hoc/<int:course_id>/quy-che/", results.policy_edit, name="policy_edit"),
    path("hoc-tap/ket-qua/<int:cohort_id>/", results.my_result, name="my_result"),
]
