from django.core.exceptions import PermissionDenied
from django.db import transaction

from courses.models import Cohort
from lms.models import User
from lms.scope import organizing_units_of, zones_of


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
    cohort.full_clean()
    cohort.save()
    cohort.instructors.set(instructors)
    return cohort
