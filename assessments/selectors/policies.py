"""Reading a course's completion policy: its history, written out for people, and what a proposed change would do."""

from copy import copy
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import localize
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from assessments.models import AssessmentMode, CompletionPolicy, PolicyChange
from assessments.services.results import results_compute
from courses.models import SEAT_STATES, Cohort, CohortStatus, CoursePage, Enrolment
from courses.scope import cohorts_organizer_may_fill
from lms.models import User
from lms.roles import Role

HISTORY_LENGTH = 20


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class PolicyHistoryEntry:
    change: PolicyChange
    fields: list[FieldChange]


def _shown(field: str, value: Any) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if field == "mode":
        return str(AssessmentMode(value).label) if value in AssessmentMode.values else str(value)
    if isinstance(value, str):
        return localize(Decimal(value))
    return str(value)


def _label(field: str) -> str:
    try:
        return capfirst(CompletionPolicy._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:  # a field removed since the change was made
        return field


def policy_change_fields(change: PolicyChange) -> list[FieldChange]:
    """Each field the change touched, with its label and its old and new values as the policy page shows them."""
    return [
        FieldChange(
            label=_label(item["field"]), old=_shown(item["field"], item["old"]), new=_shown(item["field"], item["new"])
        )
        for item in change.changes
    ]


def policy_history(course: CoursePage, limit: int = HISTORY_LENGTH) -> list[PolicyHistoryEntry]:
    """The latest changes first (one query)."""
    return [
        PolicyHistoryEntry(change=change, fields=policy_change_fields(change))
        for change in PolicyChange.objects.filter(course=course).order_by("-at", "-pk")[:limit]
    ]


def policy_change_recipients(change: PolicyChange) -> QuerySet[User]:
    """Who must hear of a change: the organizers of every unit with a class of the course not yet closed (their
    results follow the policy), but not the organizer who made it."""
    units = Cohort.objects.filter(course_id=change.course_id).exclude(status=CohortStatus.CLOSED)
    return (
        User.objects.filter(
            is_active=True,
            staff_assignments__role=Role.ORGANIZER,
            staff_assignments__organizing_unit__in=units.values("organizing_unit"),
        )
        .exclude(pk=change.actor_id)
        .distinct()
        .order_by("pk")
    )


@dataclass(frozen=True)
class ImpactLine:
    """How many learners with a seat in open classes complete the class now, and would under the proposed policy."""

    label: str  # the class's code, or the other units' classes together
    seats: int
    passing_now: int
    passing_after: int
    newly_failing: int
    newly_passing: int


def _passing(results: dict[int, dict]) -> set[int]:
    return {pk for pk, result in results.items() if result["complete"] and result["passed"]}


def policy_impact(*, course: CoursePage, values: dict[str, Any], viewer: User) -> list[ImpactLine]:
    """What saving `values` (checked by policy_clean) would do to the open classes of the course, computed and not
    written: the viewer's own classes one by one, other units' classes together (their codes are not the viewer's
    to see). Closed classes are left out: their results are final."""
    current = CompletionPolicy.objects.filter(course=course).first() or CompletionPolicy(course=course)
    # An unsaved policy's results still record when it dates from.
    current.updated_at = current.updated_at or timezone.now()
    proposed = copy(current)
    for name, value in values.items():
        setattr(proposed, name, value)
    own_ids = set(cohorts_organizer_may_fill(viewer).filter(course=course).values_list("pk", flat=True))
    cohorts = list(Cohort.objects.filter(course=course, closed_at__isnull=True).order_by("-opens_on", "code"))
    seats: dict[int, list[int]] = {cohort.pk: [] for cohort in cohorts}
    enrolments = Enrolment.objects.filter(cohort__in=cohorts, state__in=SEAT_STATES)
    for cohort_id, learner_id in enrolments.values_list("cohort_id", "learner_id"):
        seats[cohort_id].append(learner_id)
    # A result depends on the course, not the class: every learner is computed once under each policy.
    learner_ids = sorted({pk for ids in seats.values() for pk in ids})
    before = _passing(results_compute(course=course, learner_ids=learner_ids, policy=current))
    after = _passing(results_compute(course=course, learner_ids=learner_ids, policy=proposed))
    own: list[ImpactLine] = []
    others = [0, 0, 0, 0, 0]
    for cohort in cohorts:
        ids = set(seats[cohort.pk])
        now, then = ids & before, ids & after
        counts = [len(ids), len(now), len(then), len(now - then), len(then - now)]
        if cohort.pk in own_ids:
            own.append(ImpactLine(cohort.code, *counts))
        else:
            others = [total + count for total, count in zip(others, counts, strict=True)]
    if others[0]:
        own.append(ImpactLine(_("Classes of other units"), *others))
    return own
