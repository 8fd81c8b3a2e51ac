"""Quiz attempts: random stratified paper frozen per attempt, autosave, resume, server-side time limit, one
submission however many taps, no answers in the page before submission."""

import json
import random
import re
from collections import Counter
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, AttemptState, Choice, Question, Quiz, QuizWindow, Result
from assessments.scoring import attempt_score
from assessments.services.quizzes import attempt_autosave, attempt_start, attempt_submit
from courses.models import Enrolment, ShiftGroup, ShiftMembership, ShiftPattern
from courses.services import progress_mark_complete
from tests.assessments.quiz_fixtures import make_bank, quiz, right_answers  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_the_paper_is_stratified_random_and_frozen(world, quiz):
    learner = world.learners["a1"].user
    attempt = attempt_start(learner=learner, quiz=quiz, rng=random.Random(1))
    ids = [item["q"] for item in attempt.paper]
    assert len(ids) == 6 == len(set(ids))
    levels = Counter(Question.objects.get(pk=i).difficulty for i in ids)
    assert levels == {"easy": 2, "medium": 2, "hard": 2}
    for item in attempt.paper:  # every option of the question, and only its options
        assert sorted(item["o"]) == sorted(Choice.objects.filter(question_id=item["q"]).values_list("pk", flat=True))
    assert attempt_start(learner=learner, quiz=quiz).paper == attempt.paper  # resumed, not redrawn
    other = world.learners["a2"].user
    Enrolment.objects.get_or_create(learner=other, cohort=world.cohorts["a"], defaults={"state": "enrolled"})
    assert attempt_start(learner=other, quiz=quiz, rng=random.Random(2)).paper != attempt.paper


def test_scoring_short_answers_ignore_case_spacing_and_nfd(world, quiz, django_capture_on_commit_callbacks):
    learner = world.learners["a1"].user
    attempt = attempt_start(learner=learner, quiz=quiz)
    answers = right_answers(attempt)
    for key, value in answers.items():
        if isinstance(value, str):
            answers[key] = "  HỒ CHÍ MINH ".replace("Ồ", "O\u0302\u0300")  # decomposed, upper case
    with django_capture_on_commit_callbacks(execute=True):
        attempt = attempt_submit(learner=learner, attempt=attempt, answers=answers)
    assert (attempt.state, attempt.correct, str(attempt.score)) == (AttemptState.SUBMITTED, 6, "10.00")
    assert Result.objects.filter(learner=learner).exists()  # the result re-ran


def test_partial_answers_score_proportionally_and_multiple_needs_exactly_the_key(world, quiz):
    quiz.question_count = 12  # the whole bank, so every kind is in the paper
    quiz.save()
    learner = world.learners["a1"].user
    attempt = attempt_start(learner=learner, quiz=quiz)
    answers = right_answers(attempt)
    for item in attempt.paper:
        question = Question.objects.get(pk=item["q"])
        if question.kind == "multiple":  # one right option ticked plus a wrong one
            answers[str(question.pk)] = [c.pk for c in question.choices.order_by("position")[:2]]
    attempt = attempt_submit(learner=learner, attempt=attempt, answers=answers)
    multiples = sum(Question.objects.get(pk=i["q"]).kind == "multiple" for i in attempt.paper)
    assert multiples == 3 and attempt.correct == 12 - multiples
    assert attempt.score == attempt_score(9, 12) == Decimal("7.50")


def test_autosave_resume_and_double_submission(world, quiz):
    learner = world.learners["a1"].user
    attempt = attempt_start(learner=learner, quiz=quiz)
    first = next(item for item in attempt.paper if item["o"])
    attempt_autosave(learner=learner, attempt=attempt, answers={str(first["q"]): [first["o"][0]], "999999": [1]})
    resumed = attempt_start(learner=learner, quiz=quiz)
    assert resumed.pk == attempt.pk and list(resumed.answers) == [str(first["q"])]  # foreign keys dropped
    done = attempt_submit(learner=learner, attempt=resumed)
    again = attempt_submit(learner=learner, attempt=resumed, answers=right_answers(resumed))
    assert again.pk == done.pk and again.score == done.score  # the second tap changes nothing
    assert Attempt.objects.filter(learner=learner).count() == 1
    with pytest.raises(ValidationError):
        attempt_autosave(learner=learner, attempt=done, answers={})
    with pytest.raises(PermissionDenied):
        attempt_submit(learner=world.learners["a2"].user, attempt=done)


def test_attempts_allowed_and_best_or_last(world, quiz):
    learner = world.learners["a1"].user
    good = attempt_submit(learner=learner, attempt=attempt_start(learner=learner, quiz=quiz), answers=None)
    best = attempt_start(learner=learner, quiz=quiz)
    best = attempt_submit(learner=learner, attempt=best, answers=right_answers(best))
    assert (good.number, best.number) == (1, 2)
    with pytest.raises(ValidationError, match="attempts|lượt"):
        attempt_start(learner=learner, quiz=quiz)


def test_the_time_limit_is_enforced_on_the_server(world, quiz):
    quiz.time_limit_minutes = 10
    quiz.save()
    learner = world.learners["a1"].user
    start = timezone.now()
    attempt = attempt_start(learner=learner, quiz=quiz, now=start)
    answers = right_answers(attempt)
    first_key = next(iter(answers))
    attempt_autosave(learner=learner, attempt=attempt, answers={first_key: answers[first_key]}, now=start)
    late = start + timedelta(minutes=11)
    attempt_autosave(learner=learner, attempt=attempt, answers=answers, now=late)
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.SUBMITTED and attempt.correct == 1  # only what was saved in time
    assert attempt.submitted_at == attempt.deadline


def test_each_shift_group_has_its_own_window(world, quiz):
    learner = world.learners["a1"].user
    pattern = ShiftPattern.objects.create(name="Ca đêm", cycle_days=7, shifts=[])
    nights = ShiftGroup.objects.create(
        enterprise=world.enterprises["a"], name="Ca đêm", pattern=pattern, anchor_date=timezone.localdate()
    )
    ShiftMembership.objects.create(learner=world.learners["a1"], group=nights)
    now = timezone.now()
    QuizWindow.objects.create(
        quiz=quiz, shift_group=nights, opens_at=now + timedelta(hours=2), closes_at=now + timedelta(hours=6)
    )
    with pytest.raises(ValidationError):
        attempt_start(learner=learner, quiz=quiz, now=now)
    assert attempt_start(learner=learner, quiz=quiz, now=now + timedelta(hours=3)).deadline == now + timedelta(hours=6)


def test_only_enrolled_learners_take_it(world, quiz):
    with pytest.raises(PermissionDenied):
        attempt_start(learner=world.learners["b1"].user, quiz=quiz)


def test_the_quiz_page_holds_no_correct_answers_before_submission(world, quiz):
    quiz.question_count = 12
    quiz.save()
    client = Client()
    client.force_login(world.learners["a1"].user)
    response = client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    assert response.url == reverse("assessments:attempt", args=[attempt.pk])
    html = client.get(response.url).content.decode()
    saved = client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]),
        data=json.dumps({"answers": {}}),
        content_type="application/json",
    )
    payload = saved.content.decode()
    for question in Question.objects.filter(pk__in=[i["q"] for i in attempt.paper]):
        assert question.explanation not in html
        for answer in question.accepted_answers:
            assert answer not in html and answer not in payload
    assert not re.search(r"is-key|is_correct|data-correct|✓", html)
    assert "Đáp án B" in html  # the options are there, with nothing marking the right one
    options = re.findall(r'name="q(\d+)" value="(\d+)"', html)
    assert options and len(options) == sum(len(i["o"]) for i in attempt.paper)


def test_learners_see_only_their_own_attempts(world, quiz):
    attempt = attempt_start(learner=world.learners["a1"].user, quiz=quiz)
    other = Client()
    other.force_login(world.learners["a2"].user)
    assert other.get(reverse("assessments:attempt", args=[attempt.pk])).status_code == 404
    assert other.post(reverse("assessments:attempt_submit", args=[attempt.pk])).status_code == 404
    stranger = Client()
    stranger.force_login(world.learners["b1"].user)
    assert stranger.get(reverse("assessments:quiz_detail", args=[quiz.pk])).status_code == 404


def test_submitting_through_the_form_works_without_javascript(world, quiz):
    client = Client()
    client.force_login(world.learners["a1"].user)
    client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get()
    form = {}
    for key, value in right_answers(attempt).items():
        if isinstance(value, str):
            form[f"t{key}"] = value
        else:
            form[f"q{key}"] = [str(v) for v in value]
    response = client.post(reverse("assessments:attempt_submit", args=[attempt.pk]), form, follow=True)
    attempt.refresh_from_db()
    assert attempt.score == 10
    assert "10.00/10" in response.content.decode() or "10,00/10" in response.content.decode()


def test_the_organizer_sets_a_window_per_shift_group(world, quiz):
    pattern = ShiftPattern.objects.create(name="Ca đêm", cycle_days=7, shifts=[])
    nights = ShiftGroup.objects.create(
        enterprise=world.enterprises["a"], name="Ca đêm", pattern=pattern, anchor_date=timezone.localdate()
    )
    ShiftMembership.objects.create(learner=world.learners["a1"], group=nights)
    url = reverse("assessments:quiz_windows", args=[world.cohorts["a"].pk])
    client = Client()
    client.force_login(world.organizers["a"])
    form = {
        "quiz": quiz.pk,
        "group": nights.pk,
        "open_day": "10/12/2026",
        "open_time": "14:00",
        "close_day": "10/12/2026",
        "close_time": "13:00",
    }
    response = client.post(url, form)
    assert response.status_code == 200 and not QuizWindow.objects.exists()  # closes before it opens: refused
    assert "đóng sau" in response.content.decode()
    client.post(url, {**form, "close_time": "20:00"})
    window = QuizWindow.objects.get()
    assert timezone.localtime(window.opens_at).strftime("%d/%m/%Y %H:%M") == "10/12/2026 14:00"
    other = Client()
    other.force_login(world.organizers["b"])
    assert other.get(url).status_code == 404
    assert (
        other.post(reverse("assessments:quiz_window_delete", args=[world.cohorts["a"].pk, window.pk])).status_code
        == 404
    )
    client.post(reverse("assessments:quiz_window_delete", args=[world.cohorts["a"].pk, window.pk]))
    assert not QuizWindow.objects.exists()


def test_attendance_and_lesson_completion_rerun_the_result(world, quiz, django_capture_on_commit_callbacks):
    learner = world.learners["a1"].user
    module = world.curriculum.modules[1]
    with django_capture_on_commit_callbacks(execute=True):
        progress_mark_complete(user=learner, module=module)
    result = Result.objects.get(learner=learner, cohort=world.cohorts["a"])
    assert module.pk in result.inputs["completed_online"]


def test_a_final_test_draws_from_every_lesson_of_the_course(world, quiz):
    make_bank(world.curriculum.modules[1], per_difficulty=2)
    final = Quiz.objects.create(course=world.curriculum.course, module=None, question_count=18)
    attempt = attempt_start(learner=world.learners["a1"].user, quiz=final)
    banks = set(Question.objects.filter(pk__in=[i["q"] for i in attempt.paper]).values_list("bank__module", flat=True))
    assert len(attempt.paper) == 18 and banks == {world.curriculum.modules[0].pk, world.curriculum.modules[1].pk}
