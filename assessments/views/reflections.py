"""Screens for the written reflection (bài thu hoạch).

Learners write (with autosave), upload a photo/PDF of a handwritten page, submit, and read their grade; instructors
and organizers see a class's reflections with similarity flags, compare a flagged pair, return a reflection once for
revision and grade it with the rubric. Every view checks the role, then the object: a learner only their own
reflection, staff only the classes they teach or their units run (anything else is a 404).
"""

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from assessments.models import Reflection, ReflectionAssignment, ReflectionState, RubricCriterion
from assessments.selectors.reflections import (
    assignment_for_learner,
    cohort_reflections,
    cohorts_for_grading,
    reflections_for_grading,
    rubric_lines,
    similar_pair,
    similarity_flags,
    word_count,
)
from assessments.services.reflections import (
    MAX_TEXT_CHARS,
    reflection_for,
    reflection_grade,
    reflection_return,
    reflection_save,
    reflection_submit,
    reflection_upload,
    rubric_validate,
)
from lms.decorators import role_required
from lms.form_fields import BoundedDecimalField
from lms.roles import Role
from lms.text import highlight

UPLOAD_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "pdf": "application/pdf"}
IMAGES = ("jpg", "png", "webp")
GRADERS = (Role.INSTRUCTOR, Role.ORGANIZER)


class ReflectionTextForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Your reflection"),
        required=False,
        strip=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "true", "autocomplete": "off"}),
    )


class ReflectionUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Photo or PDF of your handwritten reflection"),
        help_text=gettext_lazy("JPEG, PNG, WebP or PDF, at most 10 MB. A new file replaces the earlier one."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf,.pdf"}),
    )


class GradeForm(forms.Form):
    """One number per rubric criterion (0…max in quarter points) and the feedback for the learner."""

    def __init__(self, *args, criteria: list[RubricCriterion], **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            maximum = criterion.max_points.normalize()
            self.fields[f"c{criterion.pk}"] = BoundedDecimalField(
                label=criterion.title,
                min_value=Decimal(0),
                max_value=criterion.max_points,
                step_size=Decimal("0.25"),
                max_digits=4,
                decimal_places=2,
                help_text=_("at most %(max)s points") % {"max": number_format(maximum)}
                + (f" · {criterion.description}" if criterion.description else ""),
                widget=forms.NumberInput(attrs={"inputmode": "decimal"}),
            )
        self.fields["feedback"] = forms.CharField(
            label=_("Feedback for the learner"),
            required=False,
            max_length=4000,
            widget=forms.Textarea(attrs={"rows": 4}),
        )

    def points(self) -> dict[str, Decimal]:
        return {str(criterion.pk): self.cleaned_data[f"c{criterion.pk}"] for criterion in self.criteria}


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("What to revise"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("A reflection can be returned only once; after that it must be graded."),
    )


def _wants_json(request: HttpRequest) -> bool:
    """Autosave (fetch, or a beacon when the page is hidden) gets JSON; the Save button a redirect."""
    return "application/json" in request.headers.get("Accept", "") or request.POST.get("autosave") == "1"


def _errors(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


def _saved_at(reflection: Reflection) -> str:
    return timezone.localtime(reflection.updated_at).strftime("%H:%M")


def _extension(reflection: Reflection) -> str:
    name = (reflection.upload.name or "") if reflection.upload else ""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _file_response(reflection: Reflection) -> FileResponse:
    """The uploaded file, never sniffed or run by the browser: images inline, PDFs as a download."""
    extension = _extension(reflection)
    if extension not in UPLOAD_TYPES:
        raise Http404
    try:
        handle = reflection.upload.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        content_type=UPLOAD_TYPES[extension],
        as_attachment=extension == "pdf",
        filename=f"thu-hoach-{reflection.pk}.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    patch_cache_control(response, private=True, no_store=True)
    return response


# Learners


def _own_reflection(request: HttpRequest, reflection_id: int) -> Reflection:
    return get_object_or_404(
        Reflection.objects.select_related("assignment__course", "cohort"), pk=reflection_id, learner=request.user
    )


@role_required(Role.LEARNER)
@require_GET
def reflection_write(request: HttpRequest, course_id: int) -> HttpResponse:
    assignment = assignment_for_learner(learner=request.user, course_id=course_id)
    if assignment is None:
        raise Http404
    try:
        reflection = reflection_for(learner=request.user, course=course_id)
    except (PermissionDenied, ReflectionAssignment.DoesNotExist):
        raise Http404 from None
    reflection.assignment = assignment
    editable = reflection.state in (ReflectionState.DRAFT, ReflectionState.RETURNED)
    past_due = bool(
        assignment.due_at and timezone.now() > assignment.due_at and reflection.state != ReflectionState.RETURNED
    )
    return render(
        request,
        "assessments/reflection_write.html",
        {
            "assignment": assignment,
            "course": assignment.course,
            "reflection": reflection,
            "editable": editable and not past_due,
            "past_due": past_due and editable,
            "form": ReflectionTextForm(initial={"text": reflection.text}),
            "upload_form": ReflectionUploadForm(),
            "upload_is_image": _extension(reflection) in IMAGES,
            "words": word_count(reflection.text),
            "saved_at": _saved_at(reflection) if reflection.text else "",
            "rubric": rubric_lines(reflection) if reflection.state == ReflectionState.GRADED else [],
        },
    )


@role_required(Role.LEARNER)
@require_POST
def reflection_save_view(request: HttpRequest, reflection_id: int) -> HttpResponse:
    """Autosave (fetch, JSON answer) and the Save button of the page without JavaScript (redirect)."""
    reflection = _own_reflection(request, reflection_id)
    form = ReflectionTextForm(request.POST)
    if "text" not in request.POST:
        return HttpResponseBadRequest()
    error = None
    if not form.is_valid():
        error = ValidationError(form.errors["text"])
    else:
        try:
            reflection_save(actor=request.user, reflection=reflection, text=form.cleaned_data["text"])
        except ValidationError as exc:
            error = exc
    if _wants_json(request):
        if error is not None:
            return JsonResponse({"saved": False, "errors": error.messages}, status=400)
        saved_at = _saved_at(reflection)
        return JsonResponse(
            {
                "saved": True,
                "words": word_count(reflection.text),
                "saved_at": saved_at,
                "status": _("Saved at %(time)s") % {"time": saved_at},
            }
        )
    if error is not None:
        _errors(request, error)
    else:
        messages.success(request, _("Saved at %(time)s") % {"time": _saved_at(reflection)})
    return redirect("assessments:reflection_write", course_id=reflection.assignment.course_id)


@role_required(Role.LEARNER)
@require_POST
def reflection_submit_view(request: HttpRequest, reflection_id: int) -> HttpResponse:
    """Submit; the page's text, when posted along, is saved first."""
    reflection = _own_reflection(request, reflection_id)
    form = ReflectionTextForm(request.POST)
    try:
        if "text" in request.POST and reflection.state in (ReflectionState.DRAFT, ReflectionState.RETURNED):
            if not form.is_valid():
                raise ValidationError(form.errors["text"])
            reflection_save(actor=request.user, reflection=reflection, text=form.cleaned_data["text"])
        already = reflection.state in (ReflectionState.SUBMITTED, ReflectionState.GRADED)
        reflection_submit(actor=request.user, reflection=reflection)
    except ValidationError as error:
        _errors(request, error)
    else:
        if not already:
            messages.success(request, _("Your reflection is submitted. Your instructor will grade it."))
    return redirect("assessments:reflection_write", course_id=reflection.assignment.course_id)


@role_required(Role.LEARNER)
@require_POST
def reflection_upload_view(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = _own_reflection(request, reflection_id)
    form = ReflectionUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a photo or PDF file to upload."))
    else:
        try:
            reflection_upload(actor=request.user, reflection=reflection, file=form.cleaned_data["file"])
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, _("The file is uploaded."))
    return redirect("assessments:reflection_write", course_id=reflection.assignment.course_id)


@role_required(Role.LEARNER)
@require_GET
def my_reflection_file(request: HttpRequest, reflection_id: int) -> HttpResponse:
    return _file_response(_own_reflection(request, reflection_id))


# Instructors and organizers


@role_required(*GRADERS)
@require_GET
def cohort_reflections_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_for_grading(request.user), pk=cohort_id)
    assignment = ReflectionAssignment.objects.filter(course_id=cohort.course_id).first()
    rows = cohort_reflections(cohort=cohort) if assignment else []
    names = {row.reflection.pk: row.learner.get_full_name() for row in rows if row.reflection}
    pairs, seen = [], set()
    for flag in sorted((flag for row in rows for flag in row.flags), key=lambda flag: -flag.score):
        if frozenset((flag.reflection_id, flag.other_id)) not in seen:
            seen.add(frozenset((flag.reflection_id, flag.other_id)))
            pairs.append({"flag": flag, "learner": names.get(flag.reflection_id, "")})
    return render(
        request,
        "assessments/cohort_reflections.html",
        {
            "cohort": cohort,
            "assignment": assignment,
            "rows": rows,
            "pairs": pairs,
            "handed_in": sum(
                1
                for row in rows
                if row.reflection and row.reflection.state in (ReflectionState.SUBMITTED, ReflectionState.GRADED)
            ),
        },
    )


def _graded_reflection(request: HttpRequest, reflection_id: int) -> Reflection:
    return get_object_or_404(reflections_for_grading(request.user), pk=reflection_id)


@role_required(*GRADERS)
@require_http_methods(["GET", "POST"])
def reflection_grade_view(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = _graded_reflection(request, reflection_id)
    criteria = list(reflection.assignment.criteria.all())
    initial = {f"c{key}": value for key, value in (reflection.points or {}).items()}
    initial["feedback"] = reflection.feedback
    form = GradeForm(request.POST if request.method == "POST" else None, criteria=criteria, initial=initial)
    gradable = reflection.state in (ReflectionState.SUBMITTED, ReflectionState.GRADED)
    if request.method == "POST":
        if not gradable:
            form.is_valid()
            form.add_error(None, _("Only a submitted reflection can be graded."))
        elif form.is_valid():
            try:
                reflection_grade(
                    actor=request.user,
                    reflection=reflection,
                    points=form.points(),
                    feedback=form.cleaned_data["feedback"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _("%(name)s: %(score)s / 10.")
                    % {"name": reflection.learner.get_full_name(), "score": number_format(reflection.score)},
                )
                return redirect("assessments:cohort_reflections", cohort_id=reflection.cohort_id)
    rubric_problem = ""
    try:
        rubric_validate(reflection.assignment)
    except ValidationError as error:
        rubric_problem = " ".join(error.messages)
    return render(
        request,
        "assessments/reflection_grade.html",
        {
            "reflection": reflection,
            "cohort": reflection.cohort,
            "form": form,
            "return_form": ReturnForm(),
            "gradable": gradable,
            "returnable": reflection.state == ReflectionState.SUBMITTED and reflection.times_returned == 0,
            "rubric_problem": rubric_problem,
            "words": word_count(reflection.text),
            "upload_is_image": _extension(reflection) in IMAGES,
            "flags": similarity_flags(cohort=reflection.cohort).get(reflection.pk, []),
        },
    )


@role_required(*GRADERS)
@require_POST
def reflection_return_view(request: HttpRequest, reflection_id: int) -> HttpResponse:
    reflection = _graded_reflection(request, reflection_id)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what the learner should revise."))
        return redirect("assessments:reflection_grade", reflection_id=reflection.pk)
    try:
        reflection_return(actor=request.user, reflection=reflection, note=form.cleaned_data["note"])
    except ValidationError as error:
        _errors(request, error)
        return redirect("assessments:reflection_grade", reflection_id=reflection.pk)
    name = reflection.learner.get_full_name()
    messages.success(request, _("The reflection of %(name)s is returned for revision.") % {"name": name})
    return redirect("assessments:cohort_reflections", cohort_id=reflection.cohort_id)


@role_required(*GRADERS)
@require_GET
def reflection_file(request: HttpRequest, reflection_id: int) -> HttpResponse:
    return _file_response(_graded_reflection(request, reflection_id))


@role_required(*GRADERS)
@require_GET
def reflection_compare(request: HttpRequest, reflection_id: int, other_id: int) -> HttpResponse:
    """Two flagged reflections side by side, the shared passages highlighted. Only a pair the similarity check
    flagged for the user's class can be opened (the other reflection may belong to another class of the course)."""
    reflection = _graded_reflection(request, reflection_id)
    pair = similar_pair(reflection=reflection, other_id=other_id)
    if pair is None:
        raise Http404
    other = get_object_or_404(Reflection.objects.select_related("learner", "cohort"), pk=other_id)
    return render(
        request,
        "assessments/reflection_compare.html",
        {
            "reflection": reflection,
            "other": other,
            "cohort": reflection.cohort,
            "percent": round(pair.score * 100),
            "shared_words": pair.shared_words,
            # highlight() escapes the texts and adds only <mark> elements.
            "text": mark_safe(highlight(reflection.text, pair.passages_a)),  # noqa: S308
            "other_text": mark_safe(highlight(other.text, pair.passages_b)),  # noqa: S308
        },
    )
