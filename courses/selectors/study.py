"""Reads for courses: outlines, the lesson page's context, the learner's dashboard."""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from courses.models import MEMBER_STATES, SEAT_STATES, CoursePage, DeliveryMode, Enrolment, ModulePage, ModuleProgress
from courses.selectors.enrolment import learner_classes
from lms.models import User

LESSON_BODY_CACHE_SECONDS = 60 * 60 * 24


@dataclass(frozen=True)
class ModuleRow:
    module: ModulePage
    progress: ModuleProgress | None

    @property
    def state(self) -> str:
        if self.progress is None:
            return "new"
        return "completed" if self.progress.is_completed else "started"


@dataclass
class CourseOutline:
    course: CoursePage
    rows: list[ModuleRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def completed(self) -> int:
        return sum(1 for row in self.rows if row.state == "completed")

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def online_minutes(self) -> int:
        return sum(row.module.online_minutes for row in self.rows)

    @property
    def in_person_count(self) -> int:
        return sum(1 for row in self.rows if row.module.delivery_mode != DeliveryMode.ONLINE)

    @property
    def next_row(self) -> ModuleRow | None:
        """The lesson to study next: the first one started but not finished, else the first not started."""
        for wanted in ("started", "new"):
            for row in self.rows:
                if row.state == wanted:
                    return row
        return None


def _live_modules(course: CoursePage):
    return ModulePage.objects.child_of(course).live().order_by("lesson_number", "path")


def _progress_by_module(user: User, course_ids: list[int]) -> dict[int, ModuleProgress]:
    if not user.is_authenticated or not course_ids:
        return {}
    rows = ModuleProgress.objects.filter(user=user, course_id__in=course_ids)
    return {row.module_id: row for row in rows}


def course_outline(
    *, course: CoursePage, user: User, progress: dict[int, ModuleProgress] | None = None
) -> CourseOutline:
    if progress is None:
        progress = _progress_by_module(user, [course.pk])
    return CourseOutline(
        course=course, rows=[ModuleRow(module, progress.get(module.pk)) for module in _live_modules(course)]
    )


def lesson_body_html(*, module: ModulePage, preview: bool = False) -> str:
    """The lesson body rendered once per published revision and language, then served from the cache."""
    if preview:
        return render_to_string("courses/lesson_body.html", {"page": module})
    stamp = module.last_published_at.timestamp() if module.last_published_at else 0
    key = f"lesson-body:{module.pk}:{module.live_revision_id}:{stamp}:{get_language()}"
    html = cache.get(key)
    if html is None:
        html = render_to_string("courses/lesson_body.html", {"page": module})
        cache.set(key, html, LESSON_BODY_CACHE_SECONDS)
    return html


def lesson_shell_context(*, module: ModulePage, preview: bool = False) -> dict:
    """What the lesson page shows every learner alike: its course, neighbours and body."""
    course = CoursePage.objects.parent_of(module).get()
    modules = list(_live_modules(course))
    index = next((i for i, other in enumerate(modules) if other.pk == module.pk), None)
    return {
        "course": course,
        "previous_module": modules[index - 1] if index else None,
        "next_module": modules[index + 1] if index is not None and index + 1 < len(modules) else None,
        "body_html": lesson_body_html(module=module, preview=preview),
    }


@dataclass(frozen=True)
class LessonState:
    """The learner's own state on a lesson page: all the page needs, read in one small query."""

    position_anchor: str
    completed_at: datetime | None

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


def lesson_state(*, module_id: int, user_id: int) -> LessonState | None:
    # Hot path (every lesson view): SQL written once instead of the ORM building the same query each time.
    table = ModuleProgress._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "position_anchor", "completed_at" FROM "{table}" WHERE "user_id" = %s AND "module_id" = %s',  # noqa: S608
            [user_id, module_id],
        )
        row = cursor.fetchone()
    return None if row is None else lesson_state_from_row(*row)


def lesson_state_from_row(position_anchor: str, completed_at: datetime | None) -> LessonState:
    if completed_at is not None and timezone.is_naive(completed_at):  # SQLite returns naive UTC strings
        completed_at = timezone.make_aware(completed_at, UTC)
    return LessonState(position_anchor=position_anchor, completed_at=completed_at)


@dataclass
class LearnerDashboard:
    classes: list[Enrolment]  # current
    continue_row: ModuleRow | None
    continue_course: CoursePage | None
    my_courses: list[CourseOutline]
    other_courses: list[CoursePage]
    finished_classes: list[Enrolment] = field(default_factory=list)  # closed: completed or not


def learner_dashboard(*, user: User) -> LearnerDashboard:
    """What a learner sees first: where to continue, the courses they study, and the others on offer."""
    courses = list(CoursePage.objects.live().order_by("path"))
    progress = _progress_by_module(user, [course.pk for course in courses])
    enrolments = learner_classes(user=user, states=MEMBER_STATES)
    classes = [e for e in enrolments if e.state in SEAT_STATES]
    started_course_ids = {row.course_id for row in progress.values()} | {e.cohort.course_id for e in enrolments}
    my_courses = [
        course_outline(course=course, user=user, progress=progress)
        for course in courses
        if course.pk in started_course_ids
    ]
    latest = max(progress.values(), key=lambda row: row.last_seen_at, default=None)
    continue_row, continue_course = None, None
    if latest is not None:
        outline = next(o for o in my_courses if o.course.pk == latest.course_id)
        latest_row = next((row for row in outline.rows if row.module.pk == latest.module_id), None)
        continue_row = latest_row if latest_row and latest_row.state == "started" else outline.next_row
        continue_course = outline.course
    return LearnerDashboard(
        classes=classes,
        continue_row=continue_row,
        continue_course=continue_course,
        my_courses=my_courses,
        other_courses=[course for course in courses if course.pk not in started_course_ids],
        finished_classes=[e for e in enrolments if e.state not in SEAT_STATES],
    )
