"""Roster import for organizers: preview, then write the valid rows and place them in a class if one is given."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction

from courses.models import Cohort
from courses.scope import cohorts_organizer_may_fill
from courses.services.enrolment import enrolment_create
from lms.models import Enterprise, User
from lms.roster.importer import RosterPreview, RosterResult, roster_commit, roster_preview
from lms.scope import enterprises_in_scope


@dataclass
class RosterOutcome:
    preview: RosterPreview
    result: RosterResult | None = None
    enrolled: int = 0


def _check(actor: User | None, enterprise: Enterprise, cohort: Cohort | None) -> None:
    if actor is None:
        return  # the command line runs as the operator
    if not enterprises_in_scope(actor).filter(pk=enterprise.pk).exists():
        raise PermissionDenied
    if cohort is not None and not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied


def roster_import(
    *, actor: User | None, data: bytes, filename: str, enterprise: Enterprise, cohort: Cohort | None, commit: bool
) -> RosterOutcome:
    """Dry run unless `commit`; with `commit`, all valid rows (and their enrolments) land in one transaction."""
    _check(actor, enterprise, cohort)
    preview = roster_preview(data=data, filename=filename, enterprise=enterprise)
    if not commit or preview.blocked:
        return RosterOutcome(preview=preview)
    with transaction.atomic():
        result = roster_commit(actor=actor, preview=preview)
        enrolled = 0
        if cohort is not None:
            for profile in result.profiles:
                enrolment_create(actor=actor, learner=profile.user, cohort=cohort)
                enrolled += 1
    return RosterOutcome(preview=preview, result=result, enrolled=enrolled)
