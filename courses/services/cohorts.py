"""Writes for classes: creating and editing them, and making their learners' states final when they close."""

from collections.abc import Collection

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import FINAL_STATES, SEAT_STATES, Cohort, CohortStatus, Enrolment, EnrolmentEvent, EnrolmentState
from courses.scope import cohorts_organizer_may_fill
from lms.models import User
from lms.scope import organizing_units_of, zones_of
from lms.text import nfc


def _check_status_change(cohort: Cohort) -> None:
    """Editing may not close a class (closing makes results final, which only "close the class" does), nor change
    the status of a class closed that way (reopening undoes its final states)."""
    stored = Cohort.objects.filter(pk=cohort.pk).values("status", "closed_at").first() if cohort.pk else None
    if stored and stored["closed_at"] is not None:
        if cohort.status != CohortStatus.CLOSED:
            raise ValidationError({"status": _("This class was closed: reopen it on its page to change its status.")})
        cohort.closed_at = stored["closed_at"]
    elif cohort.status == CohortStatus.CLOSED and (stored is None or stored["status"] != CohortStatus.CLOSED):
        raise ValidationError(
            {"status": _("Close a class with “Close the class” on its page: it makes the learners' results final.")}
        )


@transaction.atomic
def cohort_save(*, actor: User, cohort: Cohort, instructors) -> Cohort:
    """Create or update a class; only for the actor's own units and zones (the form has validated the values)."""
    if not actor.is_superuser:
        if not organizing_units_of(actor).filter(pk=cohort.organizing_unit_id).exists():
            raise PermissionDenied
        if not zones_of(actor).filter(pk=cohort.zone_id).exists():
            raise PermissionDenied
        if (
            cohort.pk
            and not Cohort.objects.filter(pk=cohort.pk, organizing_unit__in=organizing_units_of(actor)).exists()
        ):
            raise PermissionDenied
    _check_status_change(cohort)
    cohort.full_clean()
    cohort.save()
    cohort.instructors.set(instructors)
    return cohort


def cohort_lock(*, actor: User | None, cohort: Cohort) -> Cohort:
    """The class row, locked until the transaction ends, if the actor organizes it (None: the system)."""
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    return Cohort.objects.select_for_update(of=("self",)).select_related("course").get(pk=cohort.pk)


def _move_all(enrolments: list[Enrolment], to_state: str, actor: User | None, note: str, at) -> None:
    if not enrolments:
        return
    EnrolmentEvent.objects.bulk_create(
        EnrolmentEvent(enrolment=e, from_state=e.state, to_state=to_state, actor=actor, at=at, note=note)
        for e in enrolments
    )
    Enrolment.objects.filter(pk__in=[e.pk for e in enrolments]).update(state=to_state, updated_at=at)


def _set_status(locked: Cohort, cohort: Cohort, status: str, closed_at, closed_by: User | None) -> None:
    """Save the class's status on the locked row and show it on the caller's instance too."""
    for instance in (locked, cohort):
        instance.status, instance.closed_at, instance.closed_by = status, closed_at, closed_by
    locked.save(update_fields=["status", "closed_at", "closed_by"])


@transaction.atomic
def cohort_finalise(*, actor: User | None, cohort: Cohort, passed_learner_ids: Collection[int]) -> dict[str, int]:
    """Close the class: every learner with a seat becomes "completed" if their result passed, otherwise "not
    completed". The caller (the assessments app, which owns results) has checked that the results are ready."""
    locked = cohort_lock(actor=actor, cohort=cohort)
    if locked.is_final:
        raise ValidationError(_("Class %(code)s is already closed.") % {"code": locked.code}, code="closed")
    seated = list(Enrolment.objects.select_for_update().filter(cohort=locked, state__in=SEAT_STATES).order_by("pk"))
    passed = set(passed_learner_ids)
    now = timezone.now()
    note = _("Class closed")
    completed = [e for e in seated if e.learner_id in passed]
    not_completed = [e for e in seated if e.learner_id not in passed]
    _move_all(completed, EnrolmentState.COMPLETED, actor, note, now)
    _move_all(not_completed, EnrolmentState.NOT_COMPLETED, actor, note, now)
    _set_status(locked, cohort, CohortStatus.CLOSED, now, actor)
    return {"completed": len(completed), "not_completed": len(not_completed)}


@transaction.atomic
def cohort_reopen(*, actor: User | None, cohort: Cohort, reason: str) -> int:
    """Undo closing (e.g. a grade was wrong): the class runs again and its learners are back to "enrolled", so
    their results follow their work again. Certificates already issued stay as they are. Returns how many moved."""
    locked = cohort_lock(actor=actor, cohort=cohort)
    if not locked.is_final:
        raise ValidationError(_("Class %(code)s is not closed.") % {"code": locked.code}, code="not_closed")
    reason = nfc(reason).strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the class is reopened.")})
    finals = list(Enrolment.objects.select_for_update().filter(cohort=locked, state__in=FINAL_STATES).order_by("pk"))
    _move_all(finals, EnrolmentState.ENROLLED, actor, reason[:500], timezone.now())
    _set_status(locked, cohort, CohortStatus.RUNNING, None, None)
    return len(finals)
