"""Results screens: a class's gradebook (and its Excel sheet, and re-running it), the completion policy of a course,
and a learner's own result with what is still missing."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.models import fields_for_model, model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from assessments.exports import results_filename, results_xlsx
from assessments.models import CompletionPolicy
from assessments.selectors.policies import policy_history, policy_impact
from assessments.selectors.results import gradebook, transcript
from assessments.services.policies import (
    BAND_FIELDS,
    POLICY_FIELDS,
    THRESHOLD_FIELDS,
    policy_clean,
    policy_update,
    results_recompute,
)
from courses.models import Cohort, CoursePage, Enrolment
from courses.scope import cohorts_in_scope, cohorts_organizer_may_fill
from lms.decorators import role_required
from lms.models import AuditAction, LearnerProfile
from lms.roles import Role
from lms.scope import has_role, zones_of
from lms.services import audit_record

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

POLICY_HELP = {
    "require_attendance": gettext_lazy(
        "The learner must attend every in-person or blended lesson (present or late; a make-up session in another "
        "class of the same course counts)."
    ),
    "require_online": gettext_lazy("The learner must mark every online or blended lesson as finished."),
    "mode": gettext_lazy(
        "What the final written assessment is: the reflection graded with the rubric, an online final test, or both."
    ),
    "quiz_threshold": gettext_lazy("The average of the lesson quizzes (the attempt that counts) must reach this."),
    "reflection_threshold": gettext_lazy("The graded reflection must reach this score (out of 10)."),
    "final_test_threshold": gettext_lazy("The final test must reach this score (out of 10)."),
    "weight_quizzes": gettext_lazy(
        "Share of the quiz average in the final score. If the course has no quizzes, the other weights are scaled up."
    ),
    "weight_reflection": gettext_lazy("Share of the reflection in the final score; 0 when there is no reflection."),
    "weight_final_test": gettext_lazy("Share of the final test in the final score; 0 when there is no final test."),
    "band_excellent": gettext_lazy("A final score from this value up is excellent."),
    "band_good": gettext_lazy("From this value up (below excellent) is good."),
    "band_fair": gettext_lazy("From this value up (below good) is fair."),
    "band_pass": gettext_lazy(
        "From this value up (below fair) is a pass; below it, or below any threshold above, is not passed."
    ),
}


class PolicyForm(forms.Form):
    """The policy's fields; the rules between them (weights, cut-offs) are checked by policy_update."""

    def __init__(self, *args, policy: CompletionPolicy, **kwargs):
        super().__init__(*args, initial=model_to_dict(policy, fields=POLICY_FIELDS), **kwargs)
        # Scores are typed the Vietnamese way ("6,5"); a point is accepted too.
        scores = [*THRESHOLD_FIELDS, *BAND_FIELDS]
        self.fields.update(fields_for_model(CompletionPolicy, fields=POLICY_FIELDS, localized_fields=scores))
        for name in scores:
            self.fields[name].widget.attrs["inputmode"] = "decimal"
        for name, text in POLICY_HELP.items():
            self.fields[name].help_text = text
        # Required by policy_update once the policy is in force; the first setting may go without.
        self.fields["reason"] = forms.CharField(
            label=gettext_lazy("Reason for the change"),
            required=False,
            max_length=1000,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text=gettext_lazy(
                "Needed when the policy is already in force: the organizers of every unit with an open class of the "
                "course are sent it with the change, and read it in the history below."
            ),
        )


def _cohort_in_scope(request: HttpRequest, cohort_id: int) -> Cohort:
    return get_object_or_404(cohorts_in_scope(request.user), pk=cohort_id)


def _may_recompute(request: HttpRequest, cohort: Cohort) -> bool:
    user = request.user
    if cohort.is_final:
        return False  # the results of a closed class are final
    return (user.is_superuser or has_role(user, Role.ORGANIZER)) and (
        cohorts_organizer_may_fill(user).filter(pk=cohort.pk).exists()
    )


@role_required(Role.ORGANIZER, Role.INSTRUCTOR, Role.REPORT_VIEWER)
@require_GET
def gradebook_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort_in_scope(request, cohort_id)
    return render(
        request,
        "assessments/gradebook.html",
        {
            "book": gradebook(cohort=cohort),
            "cohort": cohort,
            "may_recompute": _may_recompute(request, cohort),
            "may_edit_policy": request.user.is_superuser or has_role(request.user, Role.ORGANIZER),
        },
    )


@role_required(Role.ORGANIZER, Role.INSTRUCTOR, Role.REPORT_VIEWER)
@require_GET
def gradebook_xlsx(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """The class results sheet. Dates of birth only for learners whose identifiers the reader may see (the
    organizers of their zone); every learner on the sheet is written to the personal-data log."""
    cohort = _cohort_in_scope(request, cohort_id)
    book = gradebook(cohort=cohort)
    user = request.user
    learner_ids = [row.learner.pk for row in book.rows]
    if user.is_superuser:
        birth_dates: bool | set[int] = True
    elif has_role(user, Role.ORGANIZER):
        birth_dates = set(
            LearnerProfile.objects.filter(user_id__in=learner_ids, enterprise__zone__in=zones_of(user)).values_list(
                "user_id", flat=True
            )
        )
    else:
        birth_dates = False
    data = results_xlsx(book, birth_dates=birth_dates)
    for row in book.rows:
        with_birth_date = birth_dates is True or (not isinstance(birth_dates, bool) and row.learner.pk in birth_dates)
        audit_record(
            actor=user,
            subject=row.learner,
            action=AuditAction.EXPORTED,
            detail=f"results sheet {cohort.code}" + (" with date of birth" if with_birth_date else ""),
        )
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{results_filename(book)}"'
    return response


@role_required(Role.ORGANIZER)
@require_POST
def gradebook_recompute(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user).select_related("course"), pk=cohort_id)
    count = results_recompute(actor=request.user, cohort=cohort)
    if count is None:
        messages.success(request, _("The results are being recomputed; reload this page in a minute."))
    else:
        messages.success(request, _("Results recomputed for %(count)d learners.") % {"count": count})
    return redirect("assessments:gradebook", cohort_id=cohort.pk)


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def policy_edit(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage, pk=course_id)
    policy = CompletionPolicy.objects.filter(course=course).first() or CompletionPolicy(course=course)
    form = PolicyForm(request.POST or None, policy=policy)
    impact = None
    if request.method == "POST" and form.is_valid():
        values = {field: form.cleaned_data[field] for field in POLICY_FIELDS}
        try:
            if "preview" in request.POST:  # what saving would do to the open classes, before anything is saved
                impact = policy_impact(course=course, values=policy_clean(values), viewer=request.user)
            else:
                saved = policy_update(
                    actor=request.user, course=course, data=values, reason=form.cleaned_data["reason"]
                )
                if saved.change is None:
                    messages.info(request, _("Nothing changed: the policy already had these values."))
                else:
                    messages.success(
                        request,
                        _("The completion policy of %(course)s is saved; the results of its classes are recomputed.")
                        % {"course": course.title},
                    )
                return redirect("assessments:policy_edit", course_id=course.pk)
        except ValidationError as error:
            form.add_error(None, error)
    # Saving recomputes every class of the course; the organizer sees the codes of their own unit's classes only.
    own = cohorts_organizer_may_fill(request.user).filter(course=course).order_by("-opens_on", "code")
    others = Cohort.objects.filter(course=course).exclude(pk__in=own.values("pk")).count()
    return render(
        request,
        "assessments/policy_form.html",
        {
            "course": course,
            "policy": policy,
            "form": form,
            "own_cohorts": list(own),
            "other_cohorts": others,
            "history": policy_history(course),
            "impact": impact,
        },
    )


@login_required
@require_GET
def my_result(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """A learner's own result in a class they are enrolled in (404 for anyone else's)."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("cohort__course", "cohort__organizing_unit"),
        cohort_id=cohort_id,
        learner=request.user,
    )
    return render(
        request,
        "assessments/my_result.html",
        {"cohort": enrolment.cohort, "record": transcript(learner=request.user, cohort=enrolment.cohort)},
    )
