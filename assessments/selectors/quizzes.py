"""Reads for quizzes: the paper a learner sees (never the answers), the review after submission, the list."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from assessments.models import Attempt, AttemptState, Choice, Question, Quiz
from assessments.scoring import counted_score, question_is_correct
from assessments.services.quizzes import Window, attempts_used, quiz_window
from courses.models import SEAT_STATES, Enrolment
from lms.models import User


@dataclass
class PaperOption:
    id: int
    text: str
    chosen: bool = False
    correct: bool | None = None  # only filled in for the review


@dataclass
class PaperQuestion:
    id: int
    number: int
    kind: str
    text: str
    options: list[PaperOption]
    answer_text: str = ""
    # The review only:
    is_correct: bool | None = None
    explanation: str = ""
    accepted: list[str] = field(default_factory=list)


def attempt_paper(attempt: Attempt, *, review: bool = False) -> list[PaperQuestion]:
    """The questions in the attempt's frozen order with the learner's answers. Correctness and explanations only
    when `review` (after submission); the caller must not ask for it before."""
    if review and attempt.state != AttemptState.SUBMITTED:
        raise ValueError("no review before submission")
    ids = [item["q"] for item in attempt.paper]
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    choices = {c.pk: c for c in Choice.objects.filter(question_id__in=ids)}
    paper = []
    for number, item in enumerate(attempt.paper, start=1):
        question = questions.get(item["q"])
        if question is None:
            continue
        given = attempt.answers.get(str(question.pk))
        chosen = set(given) if isinstance(given, list) else set()
        options = [
            PaperOption(
                option_id,
                choices[option_id].text,
                option_id in chosen,
                choices[option_id].is_correct if review else None,
            )
            for option_id in item["o"]
            if option_id in choices
        ]
        entry = PaperQuestion(
            question.pk, number, question.kind, question.text, options, given if isinstance(given, str) else ""
        )
        if review:
            entry.is_correct = question_is_correct(
                kind=question.kind,
                correct_options=[o.id for o in options if o.correct],
                accepted=question.accepted_answers,
                given=given,
            )
            entry.explanation = question.explanation
            entry.accepted = list(question.accepted_answers)
        paper.append(entry)
    return paper


@dataclass
class QuizStatus:
    quiz: Quiz
    window: Window
    used: int
    open_attempt: Attempt | None
    best: Attempt | None
    counted_score: object | None

    @property
    def attempts_left(self) -> int:
        return max(self.quiz.attempts_allowed - self.used, 0)

    def is_open(self, now: datetime | None = None) -> bool:
        return self.window.contains(now or timezone.now())


def quiz_status(*, quiz: Quiz, learner: User) -> QuizStatus:
    attempts = list(Attempt.objects.filter(quiz=quiz, learner=learner).order_by("number"))
    submitted = [a for a in attempts if a.state == AttemptState.SUBMITTED and a.score is not None]
    return QuizStatus(
        quiz=quiz,
        window=quiz_window(quiz=quiz, learner=learner),
        used=attempts_used(quiz=quiz, learner=learner),
        open_attempt=next((a for a in attempts if a.state == AttemptState.IN_PROGRESS), None),
        best=max(submitted, key=lambda a: a.score, default=None),
        counted_score=counted_score([a.score for a in sorted(submitted, key=lambda a: a.submitted_at)], quiz.scoring),
    )


def learner_quizzes(*, learner: User) -> list[QuizStatus]:
    """Quizzes of the courses the learner is enrolled in, lessons in order, the final test last."""
    course_ids = Enrolment.objects.filter(learner=learner, state__in=SEAT_STATES).values("cohort__course_id")
    quizzes = (
        Quiz.objects.filter(course_id__in=course_ids, question_count__gt=0)
        .select_related("module", "course")
        .order_by("course_id", "module__lesson_number", "module_id")
    )
    return [quiz_status(quiz=quiz, learner=learner) for quiz in quizzes]
