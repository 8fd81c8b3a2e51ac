"""Reads for the question-bank screens of the admin."""

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from assessments.models import Question, QuestionBank
from courses.models import ModulePage


def _course_title() -> Subquery:
    """The title of a lesson's parent page (its course), from the tree path: one query for the whole list."""
    path = OuterRef("module__path")
    return Subquery(Page.objects.filter(path=Substr(path, 1, Length(path) - Page.steplen)).values("title")[:1])


def banks_with_counts() -> QuerySet[QuestionBank]:
    """Every bank with its lesson, the course title (`course_title`), and `question_count` / `active_count`."""
    return (
        QuestionBank.objects.select_related("module")
        .annotate(
            question_count=Count("questions"),
            active_count=Count("questions", filter=Q(questions__is_active=True)),
            course_title=_course_title(),
        )
        .order_by("module__path")
    )


def bank_questions(bank: QuestionBank) -> QuerySet[Question]:
    """The bank's questions in order, with their options."""
    return bank.questions.prefetch_related("choices").order_by("position", "pk")


def lessons_for_banks() -> QuerySet[ModulePage]:
    """Lessons an editor may give a bank to, in tree order (course by course)."""
    return ModulePage.objects.order_by("path")


def lesson_label(module: ModulePage, course_titles: dict[str, str] | None = None) -> str:
    """ "Course › 3. Lesson title" for choosers; `course_titles` maps a course's path to its title."""
    course_path = module.path[: -Page.steplen]
    course = (course_titles or {}).get(course_path)
    if course is None:
        parent = Page.objects.filter(path=course_path).values_list("title", flat=True).first()
        course = parent or ""
    return f"{course} › {module.lesson_number}. {module.title}" if course else f"{module.lesson_number}. {module.title}"


def course_titles_by_path() -> dict[str, str]:
    paths = {path[: -Page.steplen] for path in ModulePage.objects.values_list("path", flat=True)}
    return dict(Page.objects.filter(path__in=paths).values_list("path", "title"))
