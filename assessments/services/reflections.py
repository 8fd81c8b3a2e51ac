"""Writes for the written reflection (bài thu hoạch): the learner's draft, autosave, upload and submission; the
instructor's or organizer's return for revision and grading with the rubric.

Rules: only the learner writes their reflection, and only while it is a draft or returned for revision; drafts are
saved and submitted until the due date (a reflection returned for revision may be revised and resubmitted after it);
a submission needs a typed text within the assignment's word range (words are the whitespace-separated tokens, i.e.
Vietnamese syllables) or an uploaded photo/PDF of a handwritten page; a reflection is returned at most once (also a
database constraint); grading gives every rubric criterion 0…max points in quarter points, and the score is their
sum. Grading and returning re-run the learner's results.
"""

import uuid
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import IO

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Reflection, ReflectionAssignment, ReflectionState, RubricCriterion
from assessments.selectors.reflections import cohorts_for_grading, learner_seat_cohort, word_count
from assessments.services.results import results_refresh_for
from courses.models import Cohort, CoursePage
from lms.models import User
from lms.text import nfc

RUBRIC_TOTAL = Decimal(10)
POINT_STEP = Decimal("0.25")
MAX_TEXT_CHARS = 60_000
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
UPLOAD_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "webp", "pdf"})
EDITABLE = (ReflectionState.DRAFT, ReflectionState.RETURNED)


def sniff_upload(head: bytes) -> str | None:
    """The file type from its first bytes: "jpg", "png", "webp" or "pdf"; None for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"%PDF-"):
        return "pdf"
    return None


def rubric_validate(assignment: ReflectionAssignment) -> list[RubricCriterion]:
    """The assignment's criteria, which must exist and add up to 10 points."""
    criteria = list(assignment.criteria.all())
    total = sum((criterion.max_points for criterion in criteria), Decimal(0))
    if not criteria or total != RUBRIC_TOTAL:
        raise ValidationError(
            _("The rubric's criteria must add up to 10 points; they add up to %(total)s.") % {"total": total},
            code="rubric_total",
        )
    return criteria


def _course_id(course: CoursePage | int) -> int:
    return course if isinstance(course, int) else course.pk


def reflection_for(*, learner: User, course: CoursePage | int) -> Reflection:
    """The learner's reflection for the course, created as a draft in the class where they hold a seat.

    Raises ReflectionAssignment.DoesNotExist when the course has no reflection, PermissionDenied when the learner
    has no seat in a class of the course."""
    course_id = _course_id(course)
    assignment = ReflectionAssignment.objects.get(course_id=course_id)
    cohort = learner_seat_cohort(learner=learner, course=course_id)
    if cohort is None:
        raise PermissionDenied
    reflection = Reflection.objects.filter(assignment=assignment, learner=learner).first()
    if reflection is None:
        try:
            with transaction.atomic():
                reflection = Reflection.objects.create(assignment=assignment, learner=learner, cohort=cohort)
        except IntegrityError:  # the page opened in two tabs at once
            reflection = Reflection.objects.get(assignment=assignment, learner=learner)
    if reflection.cohort_id != cohort.pk and reflection.state in EDITABLE:
        # Moved to another class of the course before submitting: the reflection follows the seat.
        Reflection.objects.filter(pk=reflection.pk).update(cohort=cohort)
        reflection.cohort = cohort
    return reflection


def _locked_for_learner(actor: User, reflection: Reflection) -> Reflection:
    if actor.pk != reflection.learner_id:
        raise PermissionDenied
    return Reflection.objects.select_for_update().select_related("assignment").get(pk=reflection.pk)


def _past_due(reflection: Reflection) -> bool:
    due = reflection.assignment.due_at
    return due is not None and timezone.now() > due and reflection.state != ReflectionState.RETURNED


def _check_editable(reflection: Reflection) -> None:
    if reflection.state not in EDITABLE:
        raise ValidationError(_("This reflection has been submitted and can no longer be changed."), code="locked")
    if _past_due(reflection):
        raise ValidationError(_("The due date has passed: the reflection can no longer be changed."), code="past_due")


def _copy(source: Reflection, target: Reflection) -> Reflection:
    """Refresh the caller's object from the locked row, so it sees what was written."""
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))
    return target


@transaction.atomic
def reflection_save(*, actor: User, reflection: Reflection, text: str) -> Reflection:
    """Autosave or save of the typed text (NFC). Saving the same text again writes nothing."""
    locked = _locked_for_learner(actor, reflection)
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(
            _("The text is too long (at most %(chars)d characters).") % {"chars": MAX_TEXT_CHARS}, code="too_long"
        )
    if text == locked.text:
        return _copy(locked, reflection)
    _check_editable(locked)
    locked.text = text
    locked.save(update_fields=["text", "updated_at"])
    return _copy(locked, reflection)


@transaction.atomic
def reflection_upload(*, actor: User, reflection: Reflection, file: IO[bytes]) -> Reflection:
    """Attach a photo (JPEG, PNG, WebP) or a PDF of a handwritten reflection, replacing an earlier one. The type
    is read from the file's first bytes; the name the phone gave it is not kept."""
    locked = _locked_for_learner(actor, reflection)
    _check_editable(locked)
    name = getattr(file, "name", "") or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, 2)
        size = file.tell()
    if size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 10 MB; take a smaller photo or scan."), code="too_large")
    file.seek(0)
    kind = sniff_upload(file.read(16))
    file.seek(0)
    if size == 0 or kind is None or extension not in UPLOAD_EXTENSIONS:
        raise ValidationError(_("Upload a photo (JPEG, PNG or WebP) or a PDF file."), code="file_type")
    old_name = locked.upload.name
    content = file if isinstance(file, File) else File(file)
    locked.upload.save(f"{uuid.uuid4().hex}.{kind}", content, save=False)
    locked.save(update_fields=["upload", "updated_at"])
    if old_name:
        storage = locked.upload.storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return _copy(locked, reflection)


@transaction.atomic
def reflection_submit(*, actor: User, reflection: Reflection) -> Reflection:
    """Hand the reflection in. A second tap (or a submitted/graded reflection) changes nothing."""
    locked = _locked_for_learner(actor, reflection)
    if locked.state in (ReflectionState.SUBMITTED, ReflectionState.GRADED):
        return _copy(locked, reflection)
    if _past_due(locked):
        raise ValidationError(_("The due date has passed: the reflection can no longer be submitted."), code="past_due")
    assignment = locked.assignment
    words = word_count(locked.text)
    if not locked.upload:
        if words == 0:
            raise ValidationError(_("Write your reflection or upload a photo of it first."), code="empty")
        if not assignment.min_words <= words <= assignment.max_words:
            raise ValidationError(
                _("The reflection has %(words)d words; it must have between %(min)d and %(max)d.")
                % {"words": words, "min": assignment.min_words, "max": assignment.max_words},
                code="word_range",
            )
    locked.state = ReflectionState.SUBMITTED
    locked.submitted_at = timezone.now()
    locked.save(update_fields=["state", "submitted_at", "updated_at"])
    return _copy(locked, reflection)


def _locked_for_grader(actor: User, reflection: Reflection) -> Reflection:
    if not cohorts_for_grading(actor).filter(pk=reflection.cohort_id).exists():
        raise PermissionDenied
    if Cohort.objects.filter(pk=reflection.cohort_id, closed_at__isnull=False).exists():
        raise ValidationError(
            _("The class is closed and its results are final; its organizer can reopen it to change a grade."),
            code="closed",
        )
    return (
        Reflection.objects.select_for_update()
        .select_related("assignment", "learner")
        .get(pk=reflection.pk, cohort_id=reflection.cohort_id)
    )


@transaction.atomic
def reflection_return(*, actor: User, reflection: Reflection, note: str) -> Reflection:
    """Send a submitted reflection back to the learner with what to revise; possible once."""
    locked = _locked_for_grader(actor, reflection)
    note = nfc(note).strip()
    if locked.state == ReflectionState.RETURNED and locked.return_note == note:
        return _copy(locked, reflection)  # a double tap
    if locked.times_returned >= 1:
        raise ValidationError(_("A reflection can be returned for revision only once."), code="returned_once")
    if locked.state != ReflectionState.SUBMITTED:
        raise ValidationError(_("Only a submitted reflection can be returned for revision."), code="state")
    if not note:
        raise ValidationError(_("Say what the learner should revise."), code="note")
    locked.state = ReflectionState.RETURNED
    locked.times_returned += 1
    locked.return_note = note
    locked.save(update_fields=["state", "times_returned", "return_note", "updated_at"])
    results_refresh_for(learner=locked.learner, course=locked.assignment.course_id)
    return _copy(locked, reflection)


def _points_of(criteria: list[RubricCriterion], points: dict) -> dict[str, Decimal]:
    given = {str(key): value for key, value in points.items()}
    known = {str(criterion.pk) for criterion in criteria}
    errors = []
    if set(given) - known:
        errors.append(ValidationError(_("Points were given for a criterion that is not in the rubric."), "unknown"))
    cleaned: dict[str, Decimal] = {}
    for criterion in criteria:
        raw = given.get(str(criterion.pk))
        if raw is None or raw == "":
            errors.append(
                ValidationError(_("Give the points for “%(criterion)s”.") % {"criterion": criterion.title}, "missing")
            )
            continue
        try:
            value = Decimal(str(raw).strip().replace(",", "."))
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite() or value < 0 or value > criterion.max_points:
            errors.append(
                ValidationError(
                    _("The points for “%(criterion)s” must be between 0 and %(max)s.")
                    % {"criterion": criterion.title, "max": criterion.max_points.normalize()},
                    "range",
                )
            )
        elif value % POINT_STEP:
            errors.append(
                ValidationError(
                    _("The points for “%(criterion)s” go in steps of a quarter point (0.25).")
                    % {"criterion": criterion.title},
                    "step",
                )
            )
        else:
            cleaned[str(criterion.pk)] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


@transaction.atomic
def reflection_grade(*, actor: User, reflection: Reflection, points: dict, feedback: str = "") -> Reflection:
    """Grade a submitted reflection (or correct the grade of a graded one) with the rubric: points per criterion
    (every one, 0…max, quarter points); the score is their sum out of 10. Then the learner's results are re-run."""
    locked = _locked_for_grader(actor, reflection)
    if locked.state not in (ReflectionState.SUBMITTED, ReflectionState.GRADED):
        raise ValidationError(_("Only a submitted reflection can be graded."), code="state")
    criteria = rubric_validate(locked.assignment)
    cleaned = _points_of(criteria, points)
    score = sum(cleaned.values(), Decimal(0)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    # Quarter points are exact in binary floating point, so the JSON holds plain numbers.
    locked.points = {key: float(value) for key, value in cleaned.items()}
    locked.score = score
    locked.feedback = nfc(feedback).strip()
    locked.state = ReflectionState.GRADED
    locked.graded_by = actor
    locked.graded_at = timezone.now()
    locked.save(update_fields=["points", "score", "feedback", "state", "graded_by", "graded_at", "updated_at"])
    results_refresh_for(learner=locked.learner, course=locked.assignment.course_id)
    return _copy(locked, reflection)
