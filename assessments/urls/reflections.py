from django.urls import path

from assessments.views import reflections as views

patterns: list = [
    # Learners
    path("hoc-tap/thu-hoach/<int:course_id>/", views.reflection_write, name="reflection_write"),
    path("hoc-tap/thu-hoach/bai/<int:reflection_id>/luu/", views.reflection_save_view, name="reflection_save"),
    path("hoc-tap/thu-hoach/bai/<int:reflection_id>/tai-len/", views.reflection_upload_view, name="reflection_upload"),
    path("hoc-tap/thu-hoach/bai/<int:reflection_id>/nop/", views.reflection_submit_view, name="reflection_submit"),
    path("hoc-tap/thu-hoach/bai/<int:reflection_id>/tep/", views.my_reflection_file, name="my_reflection_file"),
    # Instructors and organizers
    path("to-chuc/lop/<int:cohort_id>/thu-hoach/", views.cohort_reflections_view, name="cohort_reflections"),
    path("to-chuc/thu-hoach/<int:reflection_id>/cham/", views.reflection_grade_view, name="reflection_grade"),
    path("to-chuc/thu-hoach/<int:reflection_id>/tra-lai/", views.reflection_return_view, name="reflection_return"),
    path("to-chuc/thu-hoach/<int:reflection_id>/tep/", views.reflection_file, name="reflection_file"),
    path(
        "to-chuc/thu-hoach/<int:reflection_id>/so-sanh/<int:other_id>/",
        views.reflection_compare,
        name="reflection_compare",
    ),
]
