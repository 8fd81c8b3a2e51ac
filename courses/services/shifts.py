"""Writes for shift rosters: shift groups, who belongs to which, and a learner's one-off changes. Every change
re-checks the learner's upcoming bookings against the new roster."""

from datetime import date, datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Booking, RosterChange, ShiftGroup, ShiftMembership, ShiftPattern
from courses.rosters import ChangeKind
from courses.scope import enterprises_whose_rosters_user_manages
from courses.services.bookings import bookings_recheck_roster
from lms.models import Enterprise, LearnerProfile, User
from lms.text import nfc

MAX_CHANGE = {ChangeKind.LEAVE: timedelta(days=62), ChangeKind.OVERTIME: timedelta(hours=16)}
MAX_CHANGE[ChangeKind.SWAP_IN] = MAX_CHANGE[ChangeKind.OVERTIME]


def _may_manage(actor: User, profile: LearnerProfile) -> bool:
    return actor.pk == profile.user_id or _manages(actor, profile.enterprise_id)


def _manages(actor: User | None, enterprise_id: int) -> bool:
    return actor is None or enterprises_whose_rosters_user_manages(actor).filter(pk=enterprise_id).exists()


def _recheck(profile: LearnerProfile) -> list[Booking]:
    flagged = bookings_recheck_roster(learner=profile.user)
    if flagged:
        from courses.tasks import notify_roster_clash

        ids = [booking.pk for booking in flagged]
        transaction.on_commit(lambda: notify_roster_clash.enqueue(ids))
    return flagged


@transaction.atomic
def roster_change_add(
    *, actor: User, profile: LearnerProfile, kind: str, start: datetime, end: datetime, note: str = ""
) -> tuple[RosterChange, list[Booking]]:
    """Record overtime, a swapped-in shift or leave. Returns the change and the bookings it now clashes with."""
    if not _may_manage(actor, profile):
        raise PermissionDenied
    try:
        kind = ChangeKind(kind)
    except ValueError:
        raise ValidationError(_("Unknown kind of roster change.")) from None
    if end <= start:
        raise ValidationError(_("The change must end after it starts."))
    if end - start > MAX_CHANGE[kind]:
        raise ValidationError(_("That is too long for this kind of change; check the dates."))
    if end <= timezone.now():
        raise ValidationError(_("The change is already over; only upcoming changes matter for sessions."))
    change = RosterChange.objects.create(
        learner=profile, kind=kind.value, starts_at=start, ends_at=end, note=nfc(note.strip())[:200]
    )
    return change, _recheck(profile)


@transaction.atomic
def roster_change_delete(*, actor: User, change: RosterChange) -> list[Booking]:
    profile = change.learner
    if not _may_manage(actor, profile):
        raise PermissionDenied
    change.delete()
    return _recheck(profile)


@transaction.atomic
def shift_group_create(
    *, actor: User | None, enterprise: Enterprise, name: str, pattern: ShiftPattern, anchor_date: date
) -> ShiftGroup:
    if not _manages(actor, enterprise.pk):
        raise PermissionDenied
    name = nfc(name.strip())
    if ShiftGroup.objects.filter(enterprise=enterprise, name=name).exists():
        raise ValidationError(_("This enterprise already has a shift group with that name."))
    group = ShiftGroup(enterprise=enterprise, name=name, pattern=pattern, anchor_date=anchor_date)
    group.full_clean()
    group.save()
    return group


@transaction.atomic
def shift_membership_set(*, actor: User | None, profile: LearnerProfile, group: ShiftGroup | None) -> list[Booking]:
    """Put a learner in a shift group of their enterprise (or none). Returns the bookings that now clash."""
    if not _manages(actor, profile.enterprise_id):
        raise PermissionDenied
    if group is None:
        ShiftMembership.objects.filter(learner=profile).delete()
    else:
        if group.enterprise_id != profile.enterprise_id:
            raise ValidationError(_("The shift group belongs to another enterprise."))
        ShiftMembership.objects.update_or_create(learner=profile, defaults={"group": group})
    return _recheck(profile)


@transaction.atomic
def shift_group_members_set(*, actor: User | None, group: ShiftGroup, profiles: list[LearnerProfile]) -> list[Booking]:
    """Make exactly these workers of the enterprise the group's members (moving them from other groups)."""
    if not _manages(actor, group.enterprise_id):
        raise PermissionDenied
    chosen = {profile.pk: profile for profile in profiles}
    flagged = []
    for profile in chosen.values():
        if not ShiftMembership.objects.filter(learner=profile, group=group).exists():
            flagged += shift_membership_set(actor=actor, profile=profile, group=group)
    for membership in ShiftMembership.objects.filter(group=group).exclude(learner__in=list(chosen)):
        flagged += shift_membership_set(actor=actor, profile=membership.learner, group=None)
    return flagged
