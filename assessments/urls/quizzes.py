from django.urls import path

from assessments.views import quiz_windows, quizzes

patterns = [
    path("hoc-tap/kiem-tra/", quizzes.quiz_list, name="quiz_list"),
    path("hoc-tap/kiem-tra/<int:quiz_id>/", quizzes.quiz_detail, name="quiz_detail"),
    path("hoc-tap/kiem-tra/<int:quiz_id>/bat-dau/", quizzes.quiz_start, name="quiz_start"),
    path("hoc-tap/bai-lam/<int:attempt_id>/", quizzes.attempt_view, name="attempt"),
    path("hoc-tap/bai-lam/<int:attempt_id>/luu/", quizzes.attempt_save, name="attempt_save"),
    path("hoc-tap/bai-lam/<int:attempt_id>/nop/", quizzes.attempt_submit_view, name="attempt_submit"),
]

patterns += [
    path("to-chuc/lop/<int:cohort_id>/kiem-tra/", quiz_windows.quiz_windows, name="quiz_windows"),
    path(
        "to-chuc/lop/<int:cohort_id>/kiem-tra/<int:window_id>/xoa/",
        quiz_windows.quiz_window_delete_view,
        name="quiz_window_delete",
    ),
]
