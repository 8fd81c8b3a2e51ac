"""Writes for the organisation board's yearly targets per zone."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import MAX_TARGET, TARGET_MEASURES, YearTarget
from assessments.selectors.reports import target_zones
from lms.models import User


@transaction.atomic
def year_targets_save(*, actor: User, year: int, values: dict[tuple[int, str], int | None]) -> int:
    """Set the targets of one year: {(zone id, measure): workers, or None for no target}. Only for zones the actor
    sets targets for. Returns how many targets changed."""
    allowed = set(target_zones(actor).values_list("pk", flat=True))
    if any(zone_id not in allowed for zone_id, _kind in values):
        raise PermissionDenied
    if not 2000 <= year <= 2100:
        raise ValidationError(_("Choose a year between 2000 and 2100."))
    measures = {measure.value for measure in TARGET_MEASURES}
    for (_zone_id, measure), value in values.items():
        if measure not in measures:
            raise ValidationError(_("Choose a target from the list."))
        if value is not None and not 0 <= value <= MAX_TARGET:
            raise ValidationError(_("A target is a whole number from 0 to %(max)d.") % {"max": MAX_TARGET})
    current = {
        (t.zone_id, t.measure): t
        for t in YearTarget.objects.select_for_update().filter(year=year, zone_id__in={z for z, _k in values})
    }
    changed = 0
    for key, value in values.items():
        stored = current.get(key)
        if value is None:
            if stored is not None:
                stored.delete()
                changed += 1
        elif stored is None:
            YearTarget.objects.create(zone_id=key[0], measure=key[1], year=year, number=value, updated_by=actor)
            changed += 1
        elif stored.number != value:
            stored.number, stored.updated_by = value, actor
            stored.save(update_fields=["number", "updated_by", "updated_at"])
            changed += 1
    return changed
