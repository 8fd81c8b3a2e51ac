"""Writes for nominations and enrolments. Every function checks the actor's scope."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import (
    ENROLMENT_TRANSITIONS,
    FINAL_STATES,
    SEAT_STATES,
    Cohort,
    Enrolment,
    EnrolmentEvent,
    EnrolmentState,
    Nomination,
    NominationStatus,
)
from courses.scope import cohorts_organizer_may_fill
from lms.models import LearnerProfile, User
from lms.roles import Role
from lms.scope import has_role, learners_in_scope, unions_of, zones_of
from lms.text import nfc


@transaction.atomic
def nomination_create(*, actor: User, learner: LearnerProfile, programme_kind: str, recommendation: str) -> Nomination:
    """A union officer proposes one of their enterprise's workers for a programme."""
    union = unions_of(actor).filter(enterprise=learner.enterprise_id).first()
    if union is None:
        raise PermissionDenied
    recommendation = nfc(recommendation.strip())
    if not recommendation:
        raise ValidationError({"recommendation": _("Write a short recommendation.")})
    nomination = Nomination(
        learner=learner,
        programme_kind=programme_kind,
        union=union,
        nominated_by=actor,
        recommendation=recommendation,
        year=timezone.localdate().year,
    )
    nomination.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            nomination.save()
    except IntegrityError:
        raise ValidationError(
            _("%(name)s already has a nomination awaiting review for this programme.") % {"name": learner}
        ) from None
    return nomination


def _check_organizer(actor: User, nomination: Nomination) -> None:
    in_zone = zones_of(actor).filter(pk=nomination.learner.enterprise.zone_id).exists()
    if not (actor.is_superuser or (has_role(actor, Role.ORGANIZER) and in_zone)):
        raise PermissionDenied


def _record(enrolment: Enrolment, from_state: str, to_state: str, actor: User | None, note: str = "", at=None):
    EnrolmentEvent.objects.create(
        enrolment=enrolment, from_state=from_state, to_state=to_state, actor=actor, at=at or timezone.now(), note=note
    )


def _take_seat(cohort: Cohort) -> None:
    """Lock the class row and refuse when it is full (the lock serialises concurrent approvals)."""
    locked = Cohort.objects.select_for_update().get(pk=cohort.pk)
    taken = Enrolment.objects.filter(cohort=locked, state__in=SEAT_STATES).count()
    if taken >= locked.capacity:
        raise ValidationError(
            _("Class %(code)s is full (%(capacity)d places).") % {"code": locked.code, "capacity": locked.capacity}
        )


@transaction.atomic
def nomination_approve(*, actor: User, nomination: Nomination, cohort: Cohort) -> Enrolment:
    """Approve a pending nomination by placing the worker in a class of the nominated programme."""
    nomination = Nomination.objects.select_for_update().select_related("learner__enterprise").get(pk=nomination.pk)
    _check_organizer(actor, nomination)
    if not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    if nomination.status != NominationStatus.PENDING:
        raise ValidationError(_("This nomination has already been decided."))
    if cohort.course.specific.programme_kind != nomination.programme_kind:
        raise ValidationError(_("Class %(code)s is not for the nominated programme.") % {"code": cohort.code})
    enrolment = _enrol(actor=actor, learner=nomination.learner.user, cohort=cohort, nomination=nomination)
    nomination.status = NominationStatus.APPROVED
    nomination.cohort = cohort
    nomination.decided_by = actor
    nomination.decided_at = timezone.now()
    nomination.save()
    return enrolment


@transaction.atomic
def nomination_reject(*, actor: User, nomination: Nomination, reason: str) -> Nomination:
    nomination = Nomination.objects.select_for_update().select_related("learner__enterprise").get(pk=nomination.pk)
    _check_organizer(actor, nomination)
    if nomination.status != NominationStatus.PENDING:
        raise ValidationError(_("This nomination has already been decided."))
    reason = nfc(reason.strip())
    if not reason:
        raise ValidationError({"rejection_reason": _("Give the reason for the rejection.")})
    nomination.status = NominationStatus.REJECTED
    nomination.rejection_reason = reason
    nomination.decided_by = actor
    nomination.decided_at = timezone.now()
    nomination.save()
    return nomination


def _check_not_closed(cohort: Cohort) -> None:
    if Cohort.objects.filter(pk=cohort.pk, closed_at__isnull=False).exists():
        raise ValidationError(
            _("Class %(code)s is closed: its learners' states are final.") % {"code": cohort.code}, code="closed"
        )


def _enrol(*, actor: User | None, learner: User, cohort: Cohort, nomination: Nomination | None = None) -> Enrolment:
    existing = Enrolment.objects.select_for_update().filter(learner=learner, cohort=cohort).first()
    if existing is not None and existing.state in SEAT_STATES:
        return existing
    _check_not_closed(cohort)
    _take_seat(cohort)
    if existing is not None:
        return enrolment_transition(actor=actor, enrolment=existing, to_state=EnrolmentState.ENROLLED)
    enrolment = Enrolment.objects.create(
        learner=learner, cohort=cohort, state=EnrolmentState.ENROLLED, nomination=nomination
    )
    if nomination is not None:
        _record(
            enrolment,
            "",
            EnrolmentState.NOMINATED,
            nomination.nominated_by,
            nomination.recommendation[:500],
            at=nomination.created_at,
        )
        _record(enrolment, EnrolmentState.NOMINATED, EnrolmentState.ENROLLED, actor)
    else:
        _record(enrolment, "", EnrolmentState.ENROLLED, actor)
    return enrolment


@transaction.atomic
def enrolment_create(*, actor: User | None, learner: User, cohort: Cohort) -> Enrolment:
    """Place a learner directly in a class (e.g. from a roster). Idempotent. An organizer places only workers of
    their zones' enterprises, in their own classes."""
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    if actor is not None and not learners_in_scope(actor).filter(user=learner).exclude(user=actor).exists():
        raise PermissionDenied
    return _enrol(actor=actor, learner=learner, cohort=cohort)


@transaction.atomic
def enrolment_transition(*, actor: User | None, enrolment: Enrolment, to_state: str, note: str = "") -> Enrolment:
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=enrolment.cohort_id).exists():
        raise PermissionDenied
    if enrolment.state == to_state:
        return enrolment
    _check_not_closed(enrolment.cohort)
    if to_state in FINAL_STATES:
        raise ValidationError(
            _("“%(to)s” is given to every learner at once when the class is closed, from their results.")
            % {"to": EnrolmentState(to_state).label},
            code="final",
        )
    if to_state not in ENROLMENT_TRANSITIONS[enrolment.state]:
        raise ValidationError(
            _("An enrolment cannot go from “%(from)s” to “%(to)s”.")
            % {"from": EnrolmentState(enrolment.state).label, "to": EnrolmentState(to_state).label}
        )
    if to_state in SEAT_STATES and enrolment.state not in SEAT_STATES:
        _take_seat(enrolment.cohort)
    _record(enrolment, enrolment.state, to_state, actor, nfc(note))
    enrolment.state = to_state
    enrolment.save(update_fields=["state", "updated_at"])
    return enrolment
