"""Reads for results: a class's gradebook (a fixed number of queries, whatever the class size), one learner's
transcript, and the learner's checklist of what is still missing, in words."""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext as _

from assessments.models import (
    AssessmentMode,
    Attempt,
    AttemptState,
    Band,
    CompletionPolicy,
    Quiz,
    Reflection,
    ReflectionState,
    Result,
)
from assessments.scoring import counted_score
from assessments.services.results import result_compute
from courses.models import (
    FINAL_STATES,
    MEMBER_STATES,
    Attendance,
    AttendanceStatus,
    Cohort,
    CoursePage,
    DeliveryMode,
    Enrolment,
    ModulePage,
    ModuleProgress,
)
from lms.models import User

IN_PERSON_MODES = (DeliveryMode.IN_PERSON, DeliveryMode.BLENDED)
ONLINE_MODES = (DeliveryMode.ONLINE, DeliveryMode.BLENDED)
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
# When a learner has several records for one lesson (e.g. absent in their class, present at a make-up), the best
# one counts, as in the completion policy.
_ATTENDANCE_RANK = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.LATE: 1,
    AttendanceStatus.LEFT_EARLY: 2,
    AttendanceStatus.ABSENT: 3,
}


@dataclass(frozen=True)
class AttendanceCell:
    status: str = ""  # an AttendanceStatus value, or "" when nothing is recorded
    makeup_class: str = ""  # the code of the other class where the lesson was attended, if any

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED

    @property
    def label(self) -> str:
        return str(AttendanceStatus(self.status).label) if self.status else _("Not recorded")


@dataclass
class GradebookRow:
    number: int
    learner: User
    enterprise: str
    date_of_birth: date | None
    quiz_scores: list[Decimal | None]  # in the order of Gradebook.quiz_lessons
    attendance: list[AttendanceCell]  # in the order of Gradebook.in_person_lessons
    online_completed: set[int]  # ids of the online lessons completed
    reflection_state: str  # a ReflectionState value, or "" when not started
    reflection_score: Decimal | None
    final_test: Decimal | None
    result: Result | None

    @property
    def attended(self) -> int:
        return sum(cell.attended for cell in self.attendance)

    @property
    def online_done(self) -> int:
        return len(self.online_completed)

    @property
    def reflection_label(self) -> str:
        return str(ReflectionState(self.reflection_state).label) if self.reflection_state else _("Not started")


@dataclass
class Gradebook:
    cohort: Cohort
    course: CoursePage
    policy: CompletionPolicy
    lessons: list[ModulePage]
    quiz_lessons: list[ModulePage]
    in_person_lessons: list[ModulePage]
    online_lessons: list[ModulePage]
    has_final_test: bool
    rows: list[GradebookRow] = field(default_factory=list)

    @property
    def uses_reflection(self) -> bool:
        return self.policy.mode in (AssessmentMode.REFLECTION, AssessmentMode.BOTH)

    @property
    def uses_final_test(self) -> bool:
        return self.policy.mode in (AssessmentMode.FINAL_TEST, AssessmentMode.BOTH)


# Vietnamese alphabetical order: ă, â after a, đ after d, ê after e, ô, ơ after o, ư after u; tones second.
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # each is one code point in NFC
_ALPHABET = {letter: rank for rank, letter in enumerate(_LETTERS)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _collation_key(text: str) -> tuple:
    letters, tones = [], []
    for char in unicodedata.normalize("NFC", text.casefold()):
        decomposed = unicodedata.normalize("NFD", char)
        tone = next((_TONES[mark] for mark in decomposed[1:] if mark in _TONES), 0)
        letter = unicodedata.normalize("NFC", decomposed[0] + "".join(m for m in decomposed[1:] if m not in _TONES))
        if letter in _ALPHABET:
            letters.append(1 + _ALPHABET[letter])
        else:
            letters.append(0 if letter.isspace() else 100 + ord(letter[0]))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def name_sort_key(full_name: str) -> tuple:
    """Class lists are ordered by given name (the last word), then by the whole name, as Vietnamese lists are."""
    parts = full_name.split()
    return _collation_key(parts[-1] if parts else ""), _collation_key(full_name)


def _policy(course: CoursePage) -> CompletionPolicy:
    """The course's policy, or the defaults it would get (not saved: reads do not write)."""
    return CompletionPolicy.objects.filter(course=course).first() or CompletionPolicy(course=course)


def _course(cohort: Cohort) -> CoursePage:
    course = cohort.course
    return course if isinstance(course, CoursePage) else course.specific


def _build(*, cohort: Cohort, learners: list[User] | None) -> Gradebook:
    course = _course(cohort)
    policy = _policy(course)
    lessons = list(ModulePage.objects.child_of(course).live().order_by("lesson_number", "path"))
    # The quizzes that count are those the completion policy counts (a bank with questions in use).
    quizzes = {
        quiz.module_id: quiz
        for quiz in Quiz.objects.filter(module__in=lessons, module__question_bank__questions__is_active=True).distinct()
    }
    final = Quiz.objects.filter(course=course, module__isnull=True).first()
    quiz_lessons = [lesson for lesson in lessons if lesson.pk in quizzes]
    in_person = [lesson for lesson in lessons if lesson.delivery_mode in IN_PERSON_MODES]
    online = [lesson for lesson in lessons if lesson.delivery_mode in ONLINE_MODES]
    book = Gradebook(
        cohort=cohort,
        course=course,
        policy=policy,
        lessons=lessons,
        quiz_lessons=quiz_lessons,
        in_person_lessons=in_person,
        online_lessons=online,
        has_final_test=final is not None,
    )

    if learners is None:
        enrolments = list(
            Enrolment.objects.filter(cohort=cohort, state__in=MEMBER_STATES).select_related(
                "learner__learner_profile__enterprise"
            )
        )
        people = [enrolment.learner for enrolment in enrolments]
        # The learners of the class, as a subquery: the reads below never grow with the class size.
        learner_ids = Enrolment.objects.filter(cohort=cohort, state__in=MEMBER_STATES).values("learner_id")
    else:
        people = list(learners)
        learner_ids = [person.pk for person in people]
    if not people:
        return book

    counted_quizzes = [*quizzes.values(), *([final] if final else [])]
    scores: dict[tuple[int, int], list[Decimal]] = defaultdict(list)
    if counted_quizzes:
        for learner_id, quiz_id, score in (
            Attempt.objects.filter(
                learner_id__in=learner_ids,
                quiz__in=counted_quizzes,
                state=AttemptState.SUBMITTED,
                score__isnull=False,
            )
            .order_by("submitted_at", "number")
            .values_list("learner_id", "quiz_id", "score")
        ):
            scores[learner_id, quiz_id].append(score)

    attendance: dict[tuple[int, int], AttendanceCell] = {}
    if in_person:
        records = Attendance.objects.filter(
            learner_id__in=learner_ids, session__module__in=in_person, session__cohort__course=course
        ).values_list("learner_id", "session__module_id", "status", "session__cohort_id", "session__cohort__code")
        for learner_id, module_id, status, cohort_id, code in records:
            cell = AttendanceCell(status=status, makeup_class="" if cohort_id == cohort.pk else code)
            current = attendance.get((learner_id, module_id))
            if current is None or _ATTENDANCE_RANK[status] < _ATTENDANCE_RANK[current.status]:
                attendance[learner_id, module_id] = cell

    completed: dict[int, set[int]] = defaultdict(set)
    if online:
        for user_id, module_id in ModuleProgress.objects.filter(
            user_id__in=learner_ids, module__in=online, completed_at__isnull=False
        ).values_list("user_id", "module_id"):
            completed[user_id].add(module_id)

    reflections = {
        learner_id: (state, score)
        for learner_id, state, score in Reflection.objects.filter(
            learner_id__in=learner_ids, assignment__course=course
        ).values_list("learner_id", "state", "score")
    }
    results = {result.learner_id: result for result in Result.objects.filter(cohort=cohort, learner_id__in=learner_ids)}

    people.sort(key=lambda person: (name_sort_key(person.get_full_name()), person.pk))
    for number, person in enumerate(people, start=1):
        profile = getattr(person, "learner_profile", None)
        state, reflection_score = reflections.get(person.pk, ("", None))
        book.rows.append(
            GradebookRow(
                number=number,
                learner=person,
                enterprise=profile.enterprise.name if profile else "",
                date_of_birth=profile.date_of_birth if profile else None,
                quiz_scores=[
                    counted_score(scores.get((person.pk, quizzes[lesson.pk].pk), []), quizzes[lesson.pk].scoring)
                    for lesson in quiz_lessons
                ],
                attendance=[attendance.get((person.pk, lesson.pk), AttendanceCell()) for lesson in in_person],
                online_completed=completed.get(person.pk, set()),
                reflection_state=state,
                reflection_score=reflection_score if state == ReflectionState.GRADED else None,
                final_test=counted_score(scores.get((person.pk, final.pk), []), final.scoring) if final else None,
                result=results.get(person.pk),
            )
        )
    return book


def gradebook(*, cohort: Cohort) -> Gradebook:
    """One row per learner of the class (not those who withdrew), by given name: per-lesson quiz scores (the attempt
    that counts), attendance per in-person lesson (a make-up in another class of the course counts), online lessons
    completed, the reflection, the final test and the stored result. About ten queries, however many learners."""
    return _build(cohort=cohort, learners=None)


@dataclass
class LessonLine:
    lesson: ModulePage
    quiz_score: Decimal | None
    has_quiz: bool
    attendance: AttendanceCell | None  # None: not an in-person lesson
    online_completed: bool | None  # None: not an online lesson


@dataclass
class Transcript:
    gradebook: Gradebook
    row: GradebookRow
    lines: list[LessonLine]
    result: dict  # result_compute's answer: complete, passed, score, band, missing, inputs
    missing_text: list[str]

    @property
    def band_label(self) -> str:
        return str(Band(self.result["band"]).label) if self.result["band"] else ""


def transcript(*, learner: User, cohort: Cohort) -> Transcript:
    """A learner's record in a class, lesson by lesson, with the result as it stands now (as stored at closing, once
    the class is closed) and what is missing."""
    book = _build(cohort=cohort, learners=[learner])
    row = book.rows[0]
    quiz_index = {lesson.pk: index for index, lesson in enumerate(book.quiz_lessons)}
    attendance_index = {lesson.pk: index for index, lesson in enumerate(book.in_person_lessons)}
    online_ids = {lesson.pk for lesson in book.online_lessons}
    lines = [
        LessonLine(
            lesson=lesson,
            quiz_score=row.quiz_scores[quiz_index[lesson.pk]] if lesson.pk in quiz_index else None,
            has_quiz=lesson.pk in quiz_index,
            attendance=row.attendance[attendance_index[lesson.pk]] if lesson.pk in attendance_index else None,
            online_completed=(lesson.pk in row.online_completed) if lesson.pk in online_ids else None,
        )
        for lesson in book.lessons
    ]
    if Enrolment.objects.filter(cohort=cohort, learner=learner, state__in=FINAL_STATES).exists() and row.result:
        # The class is closed: the result stored at closing is final, whatever has changed since.
        stored = row.result
        computed = {
            "complete": stored.complete,
            "passed": stored.passed,
            "score": stored.score,
            "band": stored.band,
            "missing": stored.missing,
            "inputs": stored.inputs,
        }
    else:
        computed = result_compute(learner=learner, cohort=cohort)
    return Transcript(
        gradebook=book, row=row, lines=lines, result=computed, missing_text=missing_items_text(computed["missing"])
    )


def missing_items_text(missing: list[dict]) -> list[str]:
    """The result's missing items as sentences for the learner's checklist, in the active language."""
    sentences = []
    for item in missing:
        code, lesson = item.get("code"), item.get("lesson") or ""
        if code == "attend":
            text = _("Attend the in-person lesson “%(lesson)s” (a make-up session in another class counts).")
        elif code == "online":
            text = _("Finish the online lesson “%(lesson)s”.")
        elif code == "quiz":
            text = _("Take the quiz of the lesson “%(lesson)s”.")
        elif code == "reflection_submit":
            text = _("Write and submit your written reflection.")
        elif code == "reflection_grade":
            text = _("Your reflection has been submitted and is waiting to be graded.")
        elif code == "final_test":
            text = _("Take the final test of the course.")
        else:
            text = _("Another requirement of the course is not met yet.")
        sentences.append(text % {"lesson": lesson} if "%(lesson)s" in text else text)
    return sentences
