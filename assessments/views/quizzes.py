"""Learners' quizzes: the list, start or resume, the paper with autosave, submit, and the review."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from assessments.models import Attempt, AttemptState, Quiz
from assessments.selectors.quizzes import attempt_paper, learner_quizzes, quiz_status
from assessments.services.quizzes import attempt_autosave, attempt_start, attempt_submit, may_take


def _answers_from_post(request: HttpRequest, attempt: Attempt) -> dict:
    """Form fields q<id> hold chosen option ids (radio, checkboxes), t<id> a short answer's text."""
    answers = {}
    for item in attempt.paper:
        if f"t{item['q']}" in request.POST:
            answers[str(item["q"])] = request.POST[f"t{item['q']}"]
        elif f"q{item['q']}" in request.POST:
            answers[str(item["q"])] = request.POST.getlist(f"q{item['q']}")
    return answers


def _own_attempt(request: HttpRequest, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("quiz__module", "quiz__course"), pk=attempt_id, learner=request.user
    )


@login_required
@require_GET
def quiz_list(request: HttpRequest) -> HttpResponse:
    return render(request, "assessments/quiz_list.html", {"statuses": learner_quizzes(learner=request.user)})


@login_required
@require_GET
def quiz_detail(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(Quiz.objects.select_related("module", "course"), pk=quiz_id)
    if not may_take(request.user, quiz):
        raise Http404
    status = quiz_status(quiz=quiz, learner=request.user)
    attempts = Attempt.objects.filter(quiz=quiz, learner=request.user, state=AttemptState.SUBMITTED).order_by("number")
    return render(request, "assessments/quiz_detail.html", {"status": status, "quiz": quiz, "attempts": attempts})


@login_required
@require_POST
def quiz_start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    try:
        attempt = attempt_start(learner=request.user, quiz=quiz)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("assessments:quiz_detail", quiz_id=quiz.pk)
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@login_required
@never_cache
@require_GET
def attempt_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    if attempt.state == AttemptState.IN_PROGRESS and attempt.deadline and timezone.now() > attempt.deadline:
        attempt = attempt_submit(learner=request.user, attempt=attempt)  # time is up: submitted as saved
        messages.info(request, _("Time is up: your attempt was submitted with the answers saved in time."))
    review = attempt.state == AttemptState.SUBMITTED
    remaining = int((attempt.deadline - timezone.now()).total_seconds()) if attempt.deadline and not review else None
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "paper": attempt_paper(attempt, review=review),
            "review": review,
            "remaining": remaining,
        },
    )


@login_required
@require_POST
def attempt_save(request: HttpRequest, attempt_id: int) -> JsonResponse:
    """Autosave: JSON {"answers": {"<question id>": [option ids] | "text"}}."""
    attempt = _own_attempt(request, attempt_id)
    try:
        payload = json.loads(request.body or b"{}")
        attempt = attempt_autosave(learner=request.user, attempt=attempt, answers=payload.get("answers", {}))
    except (ValueError, AttributeError):
        return JsonResponse({"error": _("The answers could not be read.")}, status=400)
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages), "submitted": True}, status=409)
    if attempt.state == AttemptState.SUBMITTED:
        message = _("Time is up: your attempt was submitted with the answers saved in time.")
        return JsonResponse({"error": message, "submitted": True}, status=409)
    return JsonResponse({"saved_at": timezone.localtime().strftime("%H:%M:%S"), "answered": len(attempt.answers)})


@login_required
@require_POST
def attempt_submit_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    attempt_submit(learner=request.user, attempt=attempt, answers=_answers_from_post(request, attempt))
    return redirect("assessments:attempt", attempt_id=attempt.pk)
