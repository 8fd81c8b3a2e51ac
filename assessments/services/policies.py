"""Editing a course's completion policy, and re-running the results it makes.

Organizers edit the policy of any course (a course is province-wide; its classes belong to many units), saying why
in a history every unit reads. Every edit re-runs the results of every open class of the course: inline for a few
learners, otherwise in a background task (Django tasks API) so the organizer's request stays fast.
"""

from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import AssessmentMode, CompletionPolicy, PolicyChange
from assessments.services.results import results_refresh_cohort
from assessments.tasks import notify_policy_change, refresh_cohort_results, refresh_course_results
from courses.models import SEAT_STATES, Cohort, CoursePage, Enrolment
from courses.scope import cohorts_organizer_may_fill
from lms.models import User
from lms.roles import Role
from lms.scope import has_role
from lms.text import nfc

# Above this many seats the results are re-run by the task worker rather than in the request.
INLINE_REFRESH_LIMIT = 150

BOOLEAN_FIELDS = ("require_attendance", "require_online")
WEIGHT_FIELDS = ("weight_quizzes", "weight_reflection", "weight_final_test")
THRESHOLD_FIELDS = ("quiz_threshold", "reflection_threshold", "final_test_threshold")
BAND_FIELDS = ("band_excellent", "band_good", "band_fair", "band_pass")
POLICY_FIELDS = (*BOOLEAN_FIELDS, "mode", *WEIGHT_FIELDS, *THRESHOLD_FIELDS, *BAND_FIELDS)
TEN = Decimal(10)


def _is_organizer(user: User) -> bool:
    return user.is_authenticated and (user.is_superuser or has_role(user, Role.ORGANIZER))


def _score(value: Any) -> Decimal | None:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or number != number.quantize(Decimal("0.01")):
        return None
    return number


def _weight(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= 100 else None


def policy_clean(values: dict[str, Any]) -> dict[str, Any]:
    """Check a complete set of policy values; returns them typed, or raises ValidationError keyed by field."""
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    for field in BOOLEAN_FIELDS:
        cleaned[field] = bool(values[field])
    mode = values["mode"]
    if mode not in AssessmentMode.values:
        add("mode", _("Choose how the written assessment is made."))
    cleaned["mode"] = mode
    for field in WEIGHT_FIELDS:
        cleaned[field] = _weight(values[field])
        if cleaned[field] is None:
            add(field, _("A weight is a whole number of percent from 0 to 100."))
    for field in (*THRESHOLD_FIELDS, *BAND_FIELDS):
        cleaned[field] = _score(values[field])
        if cleaned[field] is None or not 0 <= cleaned[field] <= TEN:
            add(field, _("Give a score from 0 to 10 with at most two decimals."))
            cleaned[field] = None

    weights = [cleaned[field] for field in WEIGHT_FIELDS]
    if None not in weights:
        if sum(weights) != 100:
            add(
                "__all__",
                _("The weights must add up to 100%%; now they add up to %(total)d%%.") % {"total": sum(weights)},
            )
        if mode == AssessmentMode.REFLECTION and cleaned["weight_final_test"]:
            add("weight_final_test", _("The course has no final test in this mode: its weight must be 0."))
        if mode == AssessmentMode.FINAL_TEST and cleaned["weight_reflection"]:
            add("weight_reflection", _("The course has no written reflection in this mode: its weight must be 0."))
    bands = [cleaned[field] for field in BAND_FIELDS]
    if None not in bands and not all(higher >= lower for higher, lower in zip(bands, bands[1:], strict=False)):
        add(
            "__all__",
            _("The band cut-offs must go down: excellent ≥ good ≥ fair ≥ pass, all between 0 and 10."),
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


def _seat_count(course_id: int) -> int:
    return Enrolment.objects.filter(cohort__course_id=course_id, state__in=SEAT_STATES).count()


def _refresh(*, seats: int, inline, background, background_args) -> int | None:
    """Inline when small (returns the count); else queued after the commit (returns None)."""
    if seats <= INLINE_REFRESH_LIMIT:
        return inline()
    transaction.on_commit(lambda: background.enqueue(*background_args))
    return None


class PolicyUpdate(NamedTuple):
    policy: CompletionPolicy
    change: PolicyChange | None  # None when the values sent were the ones in force: nothing saved or re-run


def _stored(value: Any) -> Any:
    """A policy value as the change history keeps it in JSON (scores as text with two decimals)."""
    return f"{value:.2f}" if isinstance(value, Decimal) else value


@transaction.atomic
def policy_update(*, actor: User, course: CoursePage, data: dict[str, Any], reason: str = "") -> PolicyUpdate:
    """Change a course's completion policy (organizers only), record why, and re-run the results of its classes.

    `data` holds any of the policy's fields; the others keep their values. Changing a policy already in force needs
    a reason, which every unit's organizers read in its history. Sending the values in force changes nothing (a
    second tap on "save" re-runs nothing). Raises PermissionDenied for other roles and ValidationError (keyed by
    field, in the active language) when the values do not make sense.
    """
    if not _is_organizer(actor):
        raise PermissionDenied
    unknown = sorted(set(data) - set(POLICY_FIELDS))
    if unknown:
        raise ValidationError(_("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)})
    policy, first = CompletionPolicy.objects.select_for_update().get_or_create(course=course)
    values = {field: data.get(field, getattr(policy, field)) for field in POLICY_FIELDS}
    cleaned = policy_clean(values)
    changes = [
        {"field": field, "old": _stored(getattr(policy, field)), "new": _stored(value)}
        for field, value in cleaned.items()
        if getattr(policy, field) != value
    ]
    if not changes and not first:
        return PolicyUpdate(policy, None)
    reason = nfc(reason).strip()
    if not first and not reason:
        raise ValidationError({"reason": _("Say why the policy changes: the organizers of every unit will read it.")})
    for field, value in cleaned.items():
        setattr(policy, field, value)
    policy.updated_by = actor
    policy.save()
    change = PolicyChange.objects.create(
        course=course,
        actor=actor,
        actor_name=(actor.get_full_name() or actor.get_username())[:150],
        first=first,
        reason=reason,
        changes=changes,
    )
    transaction.on_commit(lambda: notify_policy_change.enqueue(change.pk))
    _refresh(
        seats=_seat_count(course.pk),
        inline=lambda: refresh_course_results.call(course.pk),
        background=refresh_course_results,
        background_args=(course.pk,),
    )
    return PolicyUpdate(policy, change)


def results_recompute(*, actor: User, cohort: Cohort) -> int | None:
    """An organizer of the class's unit re-runs its results now: the number re-run, or None when queued."""
    if not _is_organizer(actor) or not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    seats = Enrolment.objects.filter(cohort=cohort, state__in=SEAT_STATES).count()
    with transaction.atomic():
        return _refresh(
            seats=seats,
            inline=lambda: results_refresh_cohort(cohort=cohort),
            background=refresh_cohort_results,
            background_args=(cohort.pk,),
        )
