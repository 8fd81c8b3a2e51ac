"""Closing a class (its learners' states and results become final) and reopening it, for its organizers."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from assessments.forms.reasons import ReasonForm
from assessments.selectors.closing import closing_preview
from assessments.services.closing import cohort_close
from courses.scope import cohorts_organizer_may_fill
from courses.services import cohort_reopen
from lms.decorators import role_required
from lms.roles import Role


def _managed_cohort(request: HttpRequest, cohort_id: int):
    return get_object_or_404(
        cohorts_organizer_may_fill(request.user).select_related("course", "organizing_unit", "closed_by"), pk=cohort_id
    )


def _error_messages(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def cohort_close_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """GET: who would complete and who would not, and anything still pending. POST: close the class."""
    cohort = _managed_cohort(request, cohort_id)
    if request.method == "POST":
        try:
            outcome = cohort_close(actor=request.user, cohort=cohort)
        except ValidationError as error:
            _error_messages(request, error)
            return redirect("assessments:cohort_close", cohort_id=cohort.pk)
        messages.success(
            request,
            _("Class %(code)s is closed. Completed: %(completed)d; not completed: %(not_completed)d.")
            % {"code": cohort.code, **outcome},
        )
        return redirect("courses:cohort_detail", cohort_id=cohort.pk)
    return render(
        request,
        "assessments/cohort_close.html",
        {
            "cohort": cohort,
            "preview": None if cohort.is_final else closing_preview(cohort=cohort),
            "reason_form": ReasonForm(auto_id=False),
        },
    )


@role_required(Role.ORGANIZER)
@require_POST
def cohort_reopen_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _managed_cohort(request, cohort_id)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the class is reopened."))
        return redirect("assessments:cohort_close", cohort_id=cohort.pk)
    try:
        moved = cohort_reopen(actor=request.user, cohort=cohort, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        _error_messages(request, error)
        return redirect("courses:cohort_detail", cohort_id=cohort.pk)
    messages.success(
        request,
        _("Class %(code)s is running again. Learners back to “enrolled”: %(count)d.")
        % {"code": cohort.code, "count": moved},
    )
    return redirect("courses:cohort_detail", cohort_id=cohort.pk)
