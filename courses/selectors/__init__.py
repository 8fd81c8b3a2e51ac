from .authoring import curriculum_workflow_name
from .enrolment import (
    UnionCount,
    cohorts_for_programme,
    eligibility_warnings,
    learner_classes,
    pending_nominations,
    seats_taken,
    teaching_classes,
    union_nomination_counts,
)
from .leaflets import LeafletReading, leaflet_list, leaflet_reading, leaflet_translation_states
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
    "LeafletReading",
    "leaflet_list",
    "leaflet_reading",
    "leaflet_translation_states",
    "CourseOutline",
    "LearnerDashboard",
    "LessonState",
    "ModuleRow",
    "UnionCount",
    "cohorts_for_programme",
    "curriculum_workflow_name",
    "course_outline",
    "eligibility_warnings",
    "learner_classes",
    "learner_dashboard",
    "lesson_body_html",
    "lesson_shell_context",
    "lesson_state",
    "pending_nominations",
    "seats_taken",
    "teaching_classes",
    "union_nomination_counts",
]
