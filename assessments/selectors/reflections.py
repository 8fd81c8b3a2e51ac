"""Reads for written reflections: who may grade which class, a class's reflections for grading, and the
near-duplicate check between the reflections of a class and those of the other classes of the same course."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache
from django.db.models import Count, Max, Q, QuerySet

from assessments.models import Reflection, ReflectionAssignment, ReflectionState, RubricCriterion
from assessments.similarity import SimilarPair, find_similar
from courses.models import MEMBER_STATES, SEAT_STATES, Cohort, CoursePage, Enrolment
from lms.models import User
from lms.roles import Role
from lms.scope import has_role, organizing_units_of

# A pair is flagged when at least 30 % of the shorter reflection (and at least 30 words) is shared text.
SIMILARITY_THRESHOLD = 0.3
SIMILARITY_MIN_SHARED_WORDS = 30
SIMILARITY_CACHE_SECONDS = 7 * 24 * 3600
COMPARED_STATES = (ReflectionState.SUBMITTED, ReflectionState.GRADED)


def word_count(text: str) -> int:
    """Words as the learner sees them: whitespace-separated tokens (a Vietnamese word is a syllable)."""
    return len(text.split())


def cohorts_for_grading(user: User) -> QuerySet[Cohort]:
    """Classes whose reflections the user may read, return and grade: as instructor of the class or organizer of
    the unit that runs it (report viewers read results elsewhere, not learners' texts)."""
    cohorts = Cohort.objects.select_related("course", "organizing_unit")
    if not user.is_authenticated:
        return cohorts.none()
    if user.is_superuser:
        return cohorts
    condition = Q(pk__in=[])
    if has_role(user, Role.ORGANIZER):
        condition |= Q(organizing_unit__in=organizing_units_of(user))
    if has_role(user, Role.INSTRUCTOR):
        condition |= Q(pk__in=Cohort.objects.filter(instructors=user).values("pk"))
    return cohorts.filter(condition)


def reflections_for_grading(user: User) -> QuerySet[Reflection]:
    return Reflection.objects.select_related("assignment", "learner", "cohort__course", "graded_by").filter(
        cohort__in=cohorts_for_grading(user)
    )


def learner_seat_cohort(*, learner: User, course: CoursePage | int) -> Cohort | None:
    """The class of the course in which the learner holds a seat (the latest one, should there be two)."""
    course_id = course if isinstance(course, int) else course.pk
    return (
        Cohort.objects.filter(course_id=course_id, enrolments__learner=learner, enrolments__state__in=SEAT_STATES)
        .order_by("-opens_on", "-pk")
        .first()
    )


def assignment_for_learner(*, learner: User, course_id: int) -> ReflectionAssignment | None:
    """The course's reflection assignment, if the course has one and the learner has a seat in one of its classes."""
    assignment = ReflectionAssignment.objects.select_related("course").filter(course_id=course_id).first()
    if assignment is None or learner_seat_cohort(learner=learner, course=course_id) is None:
        return None
    return assignment


@dataclass
class RubricLine:
    criterion: RubricCriterion
    points: Decimal | None


def rubric_lines(reflection: Reflection) -> list[RubricLine]:
    """Each criterion of the rubric with the points the reflection got for it (None before grading)."""
    given = reflection.points or {}
    lines = []
    for criterion in reflection.assignment.criteria.all():
        raw = given.get(str(criterion.pk))
        lines.append(RubricLine(criterion, Decimal(str(raw)) if raw is not None else None))
    return lines


@dataclass(frozen=True)
class SimilarityFlag:
    """A reflection of the class shares much text with `other_id` (in this class or another class of the course)."""

    reflection_id: int
    other_id: int
    other_learner: str
    other_cohort: str
    same_cohort: bool
    score: float
    shared_words: int

    @property
    def percent(self) -> int:
        return round(self.score * 100)


@dataclass
class ReflectionRow:
    learner: User
    reflection: Reflection | None
    words: int = 0
    flags: list[SimilarityFlag] = field(default_factory=list)


def _compared(cohort: Cohort) -> QuerySet[Reflection]:
    """The typed, handed-in reflections of every class of the cohort's course."""
    return Reflection.objects.filter(
        assignment__course_id=cohort.course_id, cohort__course_id=cohort.course_id, state__in=COMPARED_STATES
    ).exclude(text="")


def similar_reflections(*, cohort: Cohort) -> list[SimilarPair]:
    """Pairs of reflections sharing suspiciously much text, at least one of them from this class. Cached under the
    class and the latest change of the reflections compared, so page loads after the first are instant and any
    submission, return or grading anywhere in the course computes afresh."""
    compared = _compared(cohort)
    stamp = compared.aggregate(latest=Max("updated_at"), count=Count("pk"))
    if not stamp["count"]:
        return []
    latest = stamp["latest"].isoformat()
    key = f"assessments:similar:v1:{cohort.pk}:{stamp['count']}:{latest}"
    pairs = cache.get(key)
    if pairs is not None:
        return [SimilarPair(*pair) for pair in pairs]
    rows = list(compared.values_list("pk", "cohort_id", "text", "assignment__prompt"))
    focus = [pk for pk, cohort_id, _text, _prompt in rows if cohort_id == cohort.pk]
    found = []
    if focus:
        found = find_similar(
            {pk: text for pk, _cohort, text, _prompt in rows},
            SIMILARITY_THRESHOLD,
            SIMILARITY_MIN_SHARED_WORDS,
            exclude=sorted({prompt for *_rest, prompt in rows if prompt}),
            focus=focus,
        )
    cache.set(
        key,
        [(p.a, p.b, p.score, p.passages_a, p.passages_b, p.shared_words) for p in found],
        SIMILARITY_CACHE_SECONDS,
    )
    return found


def similarity_flags(*, cohort: Cohort) -> dict[int, list[SimilarityFlag]]:
    """For each reflection of the class, the other reflections it shares much text with, highest score first."""
    pairs = similar_reflections(cohort=cohort)
    if not pairs:
        return {}
    ids = {pair.a for pair in pairs} | {pair.b for pair in pairs}
    info = {
        pk: (name, cohort_id, code)
        for pk, name, cohort_id, code in Reflection.objects.filter(pk__in=ids).values_list(
            "pk", "learner__full_name", "cohort_id", "cohort__code"
        )
    }
    flags: dict[int, list[SimilarityFlag]] = {}
    for pair in pairs:
        for mine, other in ((pair.a, pair.b), (pair.b, pair.a)):
            if mine not in info or other not in info or info[mine][1] != cohort.pk:
                continue
            flags.setdefault(mine, []).append(
                SimilarityFlag(
                    reflection_id=mine,
                    other_id=other,
                    other_learner=info[other][0],
                    other_cohort=info[other][2],
                    same_cohort=info[other][1] == cohort.pk,
                    score=pair.score,
                    shared_words=pair.shared_words,
                )
            )
    return flags


def similar_pair(*, reflection: Reflection, other_id: int) -> SimilarPair | None:
    """The flagged pair of `reflection` and `other_id`, oriented so that `a` is `reflection`; None if not flagged."""
    for pair in similar_reflections(cohort=reflection.cohort):
        if {pair.a, pair.b} == {reflection.pk, other_id}:
            if pair.a == reflection.pk:
                return pair
            return SimilarPair(pair.b, pair.a, pair.score, pair.passages_b, pair.passages_a, pair.shared_words)
    return None


def cohort_reflections(*, cohort: Cohort) -> list[ReflectionRow]:
    """Every learner of the class but those who withdrew (and anyone who handed in a reflection there), with their
    reflection, its word count and its similarity flags; by name."""
    reflections = {
        reflection.learner_id: reflection
        for reflection in Reflection.objects.filter(cohort=cohort, assignment__course_id=cohort.course_id)
        .select_related("learner")
        .order_by("pk")
    }
    learners = {
        enrolment.learner_id: enrolment.learner
        for enrolment in Enrolment.objects.filter(cohort=cohort, state__in=MEMBER_STATES).select_related("learner")
    }
    for learner_id, reflection in reflections.items():
        learners.setdefault(learner_id, reflection.learner)
    flags = similarity_flags(cohort=cohort)
    rows = []
    for learner_id, learner in learners.items():
        reflection = reflections.get(learner_id)
        rows.append(
            ReflectionRow(
                learner=learner,
                reflection=reflection,
                words=word_count(reflection.text) if reflection else 0,
                flags=sorted(flags.get(reflection.pk, []), key=lambda f: -f.score) if reflection else [],
            )
        )
    rows.sort(key=lambda row: (row.learner.full_name or row.learner.username).casefold())
    return rows
