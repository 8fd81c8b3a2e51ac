"""The organizer sets when each shift group of a class may take each quiz."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from assessments.forms.quizzes import QuizWindowForm
from assessments.models import Quiz, QuizWindow
from assessments.services.quiz_windows import quiz_window_delete, quiz_window_set
from courses.models import ShiftGroup
from courses.scope import cohorts_organizer_may_fill
from lms.decorators import role_required
from lms.roles import Role


def _context(cohort):
    quizzes = Quiz.objects.filter(course_id=cohort.course_id).select_related("module").order_by("module__lesson_number")
    groups = ShiftGroup.objects.filter(members__learner__user__enrolments__cohort=cohort).distinct().order_by("name")
    return quizzes, groups


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def quiz_windows(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user), pk=cohort_id)
    quizzes, groups = _context(cohort)
    form = QuizWindowForm(request.POST or None, quizzes=quizzes, groups=groups)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            quiz_window_set(
                actor=request.user,
                cohort=cohort,
                quiz=data["quiz"],
                group=data["group"],
                opens_at=data["opens_at"],
                closes_at=data["closes_at"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The quiz window is saved."))
            return redirect("assessments:quiz_windows", cohort_id=cohort.pk)
    windows = (
        QuizWindow.objects.filter(quiz__in=quizzes, shift_group__in=groups)
        .select_related("quiz__module", "shift_group__enterprise")
        .order_by("quiz__module__lesson_number", "shift_group__name")
    )
    return render(
        request,
        "assessments/quiz_windows.html",
        {"cohort": cohort, "form": form, "windows": windows, "quizzes": quizzes},
    )


@role_required(Role.ORGANIZER)
@require_POST
def quiz_window_delete_view(request: HttpRequest, cohort_id: int, window_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user), pk=cohort_id)
    quizzes, groups = _context(cohort)
    window = get_object_or_404(QuizWindow, pk=window_id, quiz__in=quizzes, shift_group__in=groups)
    quiz_window_delete(actor=request.user, cohort=cohort, window=window)
    messages.success(request, _("The quiz window is removed; that group follows the quiz's own dates again."))
    return redirect("assessments:quiz_windows", cohort_id=cohort.pk)
