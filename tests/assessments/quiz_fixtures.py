"""A lesson quiz with a bank of every kind of question, for the quiz tests."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assessments.models import Choice, Question, QuestionBank, Quiz, QuizWindow
from assessments.services.quizzes import attempt_start
from courses.models import Enrolment, ShiftGroup


def make_bank(module, *, per_difficulty: int = 4) -> QuestionBank:
    """per_difficulty questions of each difficulty, cycling through the four kinds."""
    bank, _created = QuestionBank.objects.get_or_create(module=module)
    kinds = ["single", "multiple", "true_false", "short"]
    n = 0
    for difficulty in ("easy", "medium", "hard"):
        for _ in range(per_difficulty):
            kind = kinds[n % 4]
            n += 1
            question = Question.objects.create(
                bank=bank,
                kind=kind,
                text=f"Câu hỏi {n} ({difficulty})",
                difficulty=difficulty,
                explanation=f"Giải thích {n}",
                accepted_answers=["Hồ Chí Minh", "Bác Hồ"] if kind == "short" else [],
                position=n,
            )
            if kind == "single":
                for i, text in enumerate(["Đáp án A", "Đáp án B", "Đáp án C"]):
                    Choice.objects.create(question=question, text=text, is_correct=i == 1, position=i)
            elif kind == "multiple":
                for i, text in enumerate(["Ý 1", "Ý 2", "Ý 3", "Ý 4"]):
                    Choice.objects.create(question=question, text=text, is_correct=i in (0, 2), position=i)
            elif kind == "true_false":
                Choice.objects.create(question=question, text="Đúng", is_correct=True, position=0)
                Choice.objects.create(question=question, text="Sai", is_correct=False, position=1)
    return bank


def right_answers(attempt) -> dict:
    answers = {}
    for item in attempt.paper:
        question = Question.objects.get(pk=item["q"])
        if question.kind == "short":
            answers[str(question.pk)] = "  hồ chí minh "
        else:
            answers[str(question.pk)] = list(question.choices.filter(is_correct=True).values_list("pk", flat=True))
    return answers


@pytest.fixture
def quiz(world):
    module = world.curriculum.modules[0]
    make_bank(module)
    Enrolment.objects.get_or_create(
        learner=world.learners["a1"].user, cohort=world.cohorts["a"], defaults={"state": "enrolled"}
    )
    return Quiz.objects.create(course=world.curriculum.course, module=module, question_count=6, attempts_allowed=2)


def quiz_matrix_objects(world) -> dict:
    """Ids for the permission matrix: a quiz of class A's course, learner a1's attempt, a window for a crew."""
    module = world.curriculum.modules[0]
    make_bank(module)
    the_quiz = Quiz.objects.create(course=world.curriculum.course, module=module, question_count=3)
    attempt = attempt_start(learner=world.learners["a1"].user, quiz=the_quiz)
    now = timezone.now()
    window = QuizWindow.objects.create(
        quiz=the_quiz, shift_group=ShiftGroup.objects.get(name="Ca 3"), opens_at=now, closes_at=now + timedelta(days=1)
    )
    return {"quiz_id": the_quiz.pk, "attempt_id": attempt.pk, "window_id": window.pk}
