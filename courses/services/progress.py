"""Writes for study progress."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import ModulePage, ModuleProgress
from courses.signals import announce_learning_record_changed
from lms.models import User

# A retried or doubled heartbeat can only add this much beyond the time that really passed.
HEARTBEAT_TOLERANCE_SECONDS = 2


def unsaved_progress(*, user: User, module: ModulePage) -> ModuleProgress:
    """A new progress row for a learner starting a lesson now, not yet saved."""
    now = timezone.now()
    course = module.get_parent()
    return ModuleProgress(user=user, module=module, course_id=course.pk, first_opened_at=now, last_seen_at=now)


def progress_record_open(*, user: User, module: ModulePage) -> ModuleProgress:
    """Record that the learner opened the lesson. Only the first opening writes."""
    existing = ModuleProgress.objects.filter(user=user, module=module).first()
    if existing is not None:
        return existing
    progress = unsaved_progress(user=user, module=module)
    try:
        with transaction.atomic():
            progress.save()
    except IntegrityError:  # the same learner opened it in two tabs at once
        return ModuleProgress.objects.get(user=user, module=module)
    return progress


@transaction.atomic
def progress_record_heartbeat(
    *, user: User, module: ModulePage, seconds: int, anchor: str = "", ratio: float | None = None
) -> ModuleProgress:
    """Add study time and remember the reading position.

    The credited time never exceeds the wall-clock time since the last heartbeat, so a doubled or
    replayed request adds (almost) nothing, and a phone left open overnight adds at most one interval.
    """
    progress = ModuleProgress.objects.select_for_update().filter(user=user, module=module).first()
    if progress is None:
        progress = unsaved_progress(user=user, module=module)
        progress.save()
    now = timezone.now()
    elapsed = max(0.0, (now - progress.last_seen_at).total_seconds())
    credited = min(
        max(0, int(seconds)), int(elapsed) + HEARTBEAT_TOLERANCE_SECONDS, settings.STUDY_HEARTBEAT_MAX_SECONDS
    )
    progress.seconds_spent += credited
    progress.last_seen_at = now
    if anchor:
        progress.position_anchor = anchor[:64]
    if ratio is not None:
        progress.position_ratio = min(1.0, max(0.0, float(ratio)))
    progress.save(update_fields=["seconds_spent", "last_seen_at", "position_anchor", "position_ratio"])
    return progress


@transaction.atomic
def progress_mark_complete(*, user: User, module: ModulePage) -> ModuleProgress:
    """Mark the lesson completed. Repeating it keeps the first completion time."""
    progress = ModuleProgress.objects.select_for_update().filter(user=user, module=module).first()
    if progress is None:
        progress = unsaved_progress(user=user, module=module)
    now = timezone.now()
    newly_completed = progress.completed_at is None
    if newly_completed:
        progress.completed_at = now
    progress.last_seen_at = max(progress.last_seen_at, now)
    progress.save()
    if newly_completed:
        announce_learning_record_changed(learner=user, course_id=progress.course_id)
    return progress
