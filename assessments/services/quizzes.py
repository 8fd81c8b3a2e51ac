"""Quiz attempts: start (or resume) with a frozen random paper, autosave, submit once, grade on the server.

The time limit is enforced here, not in the browser: answers saved after the deadline (plus a short grace for the
network) are refused, and an attempt whose time is up is submitted with what was saved in time.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.drawing import Drawable, draw_paper
from assessments.models import Attempt, AttemptState, Choice, Question, QuestionKind, Quiz, QuizWindow
from assessments.scoring import attempt_score, question_is_correct
from assessments.tasks import refresh_learner_results
from courses.models import SEAT_STATES, Enrolment, ShiftMembership
from lms.models import User
from lms.text import nfc

GRACE = timedelta(seconds=20)  # a save sent just before the deadline may arrive a little after it
MAX_TEXT = 300


@dataclass(frozen=True)
class Window:
    opens_at: datetime | None
    closes_at: datetime | None

    def contains(self, moment: datetime) -> bool:
        return (self.opens_at is None or moment >= self.opens_at) and (
            self.closes_at is None or moment < self.closes_at
        )


def quiz_window(*, quiz: Quiz, learner: User) -> Window:
    """The learner's shift group may have its own window (so night crews take it at a sane hour)."""
    group_id = ShiftMembership.objects.filter(learner__user=learner).values_list("group_id", flat=True).first()
    if group_id is not None:
        window = QuizWindow.objects.filter(quiz=quiz, shift_group_id=group_id).first()
        if window is not None:
            return Window(window.opens_at, window.closes_at)
    return Window(quiz.opens_at, quiz.closes_at)


def may_take(learner: User, quiz: Quiz) -> bool:
    return Enrolment.objects.filter(learner=learner, state__in=SEAT_STATES, cohort__course_id=quiz.course_id).exists()


def _questions_for(quiz: Quiz):
    questions = Question.objects.filter(is_active=True)
    if quiz.module_id:
        return questions.filter(bank__module_id=quiz.module_id)
    return questions.filter(bank__module__path__startswith=quiz.course.path)


def _expired(attempt: Attempt, now: datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def _grade(attempt: Attempt) -> None:
    ids = [item["q"] for item in attempt.paper]
    questions = {q.pk: q for q in Question.objects.filter(pk__in=ids)}
    correct_options: dict[int, set[int]] = {}
    for question_id, choice_id in Choice.objects.filter(question_id__in=ids, is_correct=True).values_list(
        "question_id", "pk"
    ):
        correct_options.setdefault(question_id, set()).add(choice_id)
    correct = 0
    for question_id in ids:
        question = questions.get(question_id)
        if question is None:  # deleted since the paper was drawn: nobody loses a point for it
            correct += 1
            continue
        correct += question_is_correct(
            kind=question.kind,
            correct_options=correct_options.get(question_id, set()),
            accepted=question.accepted_answers,
            given=attempt.answers.get(str(question_id)),
        )
    attempt.correct = correct
    attempt.score = attempt_score(correct, len(ids))


def _close(attempt: Attempt, now: datetime) -> Attempt:
    _grade(attempt)
    attempt.state = AttemptState.SUBMITTED
    attempt.submitted_at = now
    attempt.save(update_fields=["state", "submitted_at", "correct", "score"])
    learner_id, course_id = attempt.learner_id, attempt.quiz.course_id
    # Off the request: a whole class submitting at once must not wait for everyone's results to be re-run.
    transaction.on_commit(lambda: refresh_learner_results.enqueue(learner_id, course_id))
    return attempt


def attempts_used(*, quiz: Quiz, learner: User) -> int:
    return Attempt.objects.filter(quiz=quiz, learner=learner).count()


def attempt_start(
    *, learner: User, quiz: Quiz, now: datetime | None = None, rng: random.Random | None = None
) -> Attempt:
    """Resume the open attempt, or start a new one with a freshly drawn paper."""
    now = now or timezone.now()
    if not may_take(learner, quiz):
        raise PermissionDenied
    with transaction.atomic():  # its own transaction: closing a timed-out attempt stands even if no new one starts
        open_attempt = (
            Attempt.objects.select_for_update().filter(quiz=quiz, learner=learner, state="in_progress").first()
        )
        if open_attempt is not None:
            if not _expired(open_attempt, now):
                return open_attempt
            _close(open_attempt, open_attempt.deadline)
    with transaction.atomic():
        return _attempt_new(learner=learner, quiz=quiz, now=now, rng=rng)


def _attempt_new(*, learner: User, quiz: Quiz, now: datetime, rng: random.Random | None) -> Attempt:
    window = quiz_window(quiz=quiz, learner=learner)
    if not window.contains(now):
        raise ValidationError(_("This quiz is not open for you now."))
    used = attempts_used(quiz=quiz, learner=learner)
    if used >= quiz.attempts_allowed:
        raise ValidationError(_("You have used all your attempts at this quiz."))
    drawable = [
        Drawable(q.pk, q.difficulty, q.kind, tuple(c.pk for c in q.choices.all()))
        for q in _questions_for(quiz).prefetch_related("choices")
    ]
    if not drawable:
        raise ValidationError(_("This quiz has no questions yet."))
    paper = draw_paper(drawable, quiz.question_count, rng or random.SystemRandom())
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    if window.closes_at is not None:
        deadline = min(deadline or window.closes_at, window.closes_at)
    try:
        with transaction.atomic():
            return Attempt.objects.create(quiz=quiz, learner=learner, number=used + 1, paper=paper, deadline=deadline)
    except IntegrityError:  # a second tap started one at the same moment: resume that one
        return Attempt.objects.get(quiz=quiz, learner=learner, state="in_progress")


def _clean_answers(attempt: Attempt, answers: dict) -> dict:
    """Keep only answers to this paper's questions, in the shape each question takes."""
    if not isinstance(answers, dict):
        raise ValidationError(_("The answers could not be read."))
    kinds = dict(Question.objects.filter(pk__in=[item["q"] for item in attempt.paper]).values_list("pk", "kind"))
    options = {item["q"]: set(item["o"]) for item in attempt.paper}
    cleaned = {}
    for key, value in answers.items():
        try:
            question_id = int(key)
        except (TypeError, ValueError):
            continue
        if question_id not in options:
            continue
        if kinds.get(question_id) == QuestionKind.SHORT:
            if isinstance(value, str):
                cleaned[str(question_id)] = nfc(value)[:MAX_TEXT]
            continue
        values = value if isinstance(value, list) else [value]
        try:
            chosen = sorted({int(v) for v in values if v not in ("", None)})
        except (TypeError, ValueError):
            continue
        cleaned[str(question_id)] = [v for v in chosen if v in options[question_id]]
    return cleaned


def _own(learner: User, attempt: Attempt) -> Attempt:
    if attempt.learner_id != learner.pk:
        raise PermissionDenied
    return Attempt.objects.select_for_update().select_related("quiz", "learner").get(pk=attempt.pk)


@transaction.atomic
def attempt_autosave(*, learner: User, attempt: Attempt, answers: dict, now: datetime | None = None) -> Attempt:
    """Merge the answers into the open attempt. When its time is up it is submitted instead (with what was saved
    in time) and comes back in the submitted state."""
    now = now or timezone.now()
    attempt = _own(learner, attempt)
    if attempt.state != AttemptState.IN_PROGRESS:
        raise ValidationError(_("This attempt has already been submitted."))
    if _expired(attempt, now):
        return _close(attempt, attempt.deadline)
    attempt.answers = {**attempt.answers, **_clean_answers(attempt, answers)}
    attempt.save(update_fields=["answers"])
    return attempt


@transaction.atomic
def attempt_submit(
    *, learner: User, attempt: Attempt, answers: dict | None = None, now: datetime | None = None
) -> Attempt:
    """Submit and grade. Submitting again (a double tap, a retry after a dropped connection) changes nothing."""
    now = now or timezone.now()
    attempt = _own(learner, attempt)
    if attempt.state == AttemptState.SUBMITTED:
        return attempt
    if _expired(attempt, now):
        return _close(attempt, attempt.deadline)  # late answers are not taken
    if answers:
        attempt.answers = {**attempt.answers, **_clean_answers(attempt, answers)}
        attempt.save(update_fields=["answers"])
    return _close(attempt, now)
