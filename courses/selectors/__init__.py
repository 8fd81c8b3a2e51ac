from .enrolment import (
    UnionCount,
    cohorts_for_programme,
    eligibility_warnings,
    learner_classes,
    pending_nominations,
    seats_taken,
    union_nomination_counts,
)
from .study import (
    CourseOutline,
    LearnerDashboard,
    LessonState,
    ModuleRow,
    course_outline,
    learner_dashboard,
    lesson_body_html,
    lesson_shell_context,
    lesson_state,
)

__all__ = [
    "CourseOutline",
    "LearnerDashboard",
    "LessonState",
    "ModuleRow",
    "UnionCount",
    "cohorts_for_programme",
    "course_outline",
    "eligibility_warnings",
    "learner_classes",
    "learner_dashboard",
    "lesson_body_html",
    "lesson_shell_context",
    "lesson_state",
    "pending_nominations",
    "seats_taken",
    "union_nomination_counts",
]
