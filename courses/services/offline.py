"""Study done without a connection, sent when the phone is back online.

While offline, the lesson page keeps what the learner did (visible seconds, reading position, "I have finished")
on the phone and sends it in one batch. The server cannot see offline study, so it credits no more time than
passed while it heard nothing from the learner: the budget is the wall-clock time since the learner's most recent
contact on any lesson, shared by every lesson in the batch, and at most STUDY_OFFLINE_MAX_SECONDS. A batch sent
twice is credited (almost) nothing the second time, because the first one is the most recent contact.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from courses.models import ModulePage, ModuleProgress
from courses.services.progress import HEARTBEAT_TOLERANCE_SECONDS, unsaved_progress
from courses.signals import announce_learning_record_changed
from lms.models import User


@dataclass(frozen=True)
class OfflineSitting:
    """What the phone kept for one lesson while offline."""

    module_id: int
    seconds: int = 0
    anchor: str = ""
    ratio: float | None = None
    completed: bool = False


@dataclass
class OfflineSyncResult:
    credited_seconds: int = 0
    completed: list[int] = field(default_factory=list)  # lessons this batch completed
    skipped: list[int] = field(default_factory=list)  # lessons no longer published (or never were)


@transaction.atomic
def progress_record_offline(*, user: User, sittings: list[OfflineSitting]) -> OfflineSyncResult:
    """Apply a batch of offline study to the learner's progress, within the time that really passed."""
    now = timezone.now()
    # Locking every progress row of the learner serialises two batches sent at once (two tabs coming online).
    rows = {row.module_id: row for row in ModuleProgress.objects.select_for_update().filter(user=user).order_by("pk")}
    last_contact = max((row.last_seen_at for row in rows.values()), default=None)
    quiet = settings.STUDY_OFFLINE_MAX_SECONDS
    if last_contact is not None:
        quiet = int(max(0.0, (now - last_contact).total_seconds())) + HEARTBEAT_TOLERANCE_SECONDS
    budget = min(quiet, settings.STUDY_OFFLINE_MAX_SECONDS)

    wanted = {sitting.module_id for sitting in sittings}
    modules = {module.pk: module for module in ModulePage.objects.live().filter(pk__in=wanted)}
    result = OfflineSyncResult()
    for sitting in sittings:
        module = modules.get(sitting.module_id)
        if module is None:
            if sitting.module_id not in result.skipped:
                result.skipped.append(sitting.module_id)
            continue
        progress = rows.get(module.pk)
        if progress is None:
            progress = rows[module.pk] = unsaved_progress(user=user, module=module)
        credited = min(max(0, sitting.seconds), budget)
        budget -= credited
        result.credited_seconds += credited
        progress.seconds_spent += credited
        progress.last_seen_at = max(progress.last_seen_at, now)
        if sitting.anchor:
            progress.position_anchor = sitting.anchor[:64]
        if sitting.ratio is not None:
            progress.position_ratio = min(1.0, max(0.0, float(sitting.ratio)))
        if sitting.completed and progress.completed_at is None:
            progress.completed_at = now
            result.completed.append(module.pk)
        progress.save()
    for course_id in {rows[module_id].course_id for module_id in result.completed}:
        announce_learning_record_changed(learner=user, course_id=course_id)
    return result
