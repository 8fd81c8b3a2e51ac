"""Scope for classes: organizers see their units' classes, instructors the classes they teach."""

from django.db.models import Q, QuerySet

from courses.models import Cohort, Enrolment, Nomination
from lms.models import Enterprise, User
from lms.roles import Role
from lms.scope import enterprises_in_scope, has_role, organizing_units_of, unions_of, zones_of


def cohorts_in_scope(user: User) -> QuerySet[Cohort]:
    cohorts = Cohort.objects.select_related("course", "organizing_unit", "zone")
    if not user.is_authenticated:
        return cohorts.none()
    if user.is_superuser:
        return cohorts
    condition = Q(pk__in=[])
    if has_role(user, Role.ORGANIZER):
        condition |= Q(organizing_unit__in=organizing_units_of(user))
    if has_role(user, Role.INSTRUCTOR):
        condition |= Q(instructors=user)
    if has_role(user, Role.REPORT_VIEWER):
        condition |= Q(zone__in=zones_of(user, Role.REPORT_VIEWER))
    return cohorts.filter(condition).distinct()


def cohorts_organizer_may_fill(user: User) -> QuerySet[Cohort]:
    """Classes the user may place learners in: only as organizer of the owning unit."""
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(organizing_unit__in=organizing_units_of(user))


def nominations_in_scope(user: User) -> QuerySet[Nomination]:
    nominations = Nomination.objects.select_related("learner__user", "learner__enterprise__zone", "union", "cohort")
    if user.is_superuser:
        return nominations
    condition = Q(pk__in=[])
    if has_role(user, Role.UNION_NOMINATOR):
        condition |= Q(union__in=unions_of(user))
    if has_role(user, Role.ORGANIZER):
        condition |= Q(learner__enterprise__zone__in=zones_of(user))
    return nominations.filter(condition)


def enrolments_in_scope(user: User) -> QuerySet[Enrolment]:
    enrolments = Enrolment.objects.select_related("learner", "cohort__course")
    if user.is_superuser:
        return enrolments
    return enrolments.filter(
        Q(cohort__in=cohorts_in_scope(user))
        | Q(learner__learner_profile__enterprise__in=enterprises_in_scope(user))
        | Q(learner=user)
    ).distinct()


def enterprises_whose_rosters_user_manages(user: User) -> QuerySet[Enterprise]:
    """Shift groups and memberships are kept by the zone's organizers and by the enterprise's union officers."""
    if not user.is_authenticated:
        return Enterprise.objects.none()
    if user.is_superuser:
        return Enterprise.objects.all()
    condition = Q(pk__in=[])
    if has_role(user, Role.ORGANIZER):
        condition |= Q(zone__in=zones_of(user))
    if has_role(user, Role.UNION_NOMINATOR):
        condition |= Q(pk__in=unions_of(user).values("enterprise_id"))
    return Enterprise.objects.filter(condition)
