"""Object scope: what part of the organisation each staff member may act on.

- an organizer acts only inside their organizing units and the zones those units cover;
- a union nominator only for the workers of their union's enterprise;
- a report viewer reads within their organizing units' zones, or everywhere when assigned to none;
- a learner only on their own records; a superuser everywhere.
(Instructors are scoped by the classes they teach: see courses.scope.)
"""

from django.db.models import Q, QuerySet

from lms.models import Enterprise, LearnerProfile, OrganizingUnit, StaffAssignment, Union, User, Zone
from lms.roles import GROUP_NAMES, Role


def has_role(user: User, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_lms_group_names", None)
    if cache is None:
        cache = user._lms_group_names = set(user.groups.values_list("name", flat=True))
    return GROUP_NAMES[role] in cache


def organizing_units_of(user: User, role: Role = Role.ORGANIZER) -> QuerySet[OrganizingUnit]:
    if user.is_superuser:
        return OrganizingUnit.objects.all()
    if not has_role(user, role):
        return OrganizingUnit.objects.none()
    return OrganizingUnit.objects.filter(staff__user=user, staff__role=role).distinct()


def zones_of(user: User, role: Role = Role.ORGANIZER) -> QuerySet[Zone]:
    if user.is_superuser:
        return Zone.objects.all()
    province_wide = not StaffAssignment.objects.filter(user=user, role=role, organizing_unit__isnull=False).exists()
    if role == Role.REPORT_VIEWER and has_role(user, role) and province_wide:
        return Zone.objects.all()
    return Zone.objects.filter(organizing_units__in=organizing_units_of(user, role)).distinct()


def unions_of(user: User) -> QuerySet[Union]:
    if user.is_superuser:
        return Union.objects.all()
    if not has_role(user, Role.UNION_NOMINATOR):
        return Union.objects.none()
    return Union.objects.filter(officers__user=user, officers__role=Role.UNION_NOMINATOR).distinct()


def enterprises_in_scope(user: User) -> QuerySet[Enterprise]:
    """Enterprises whose workers this staff member may see."""
    if user.is_superuser:
        return Enterprise.objects.all()
    ids: set[int] = set()
    if has_role(user, Role.ORGANIZER):
        ids |= set(Enterprise.objects.filter(zone__in=zones_of(user)).values_list("pk", flat=True))
    if has_role(user, Role.UNION_NOMINATOR):
        ids |= set(unions_of(user).values_list("enterprise_id", flat=True))
    if has_role(user, Role.REPORT_VIEWER):
        ids |= set(Enterprise.objects.filter(zone__in=zones_of(user, Role.REPORT_VIEWER)).values_list("pk", flat=True))
    return Enterprise.objects.filter(pk__in=ids)


def learners_in_scope(user: User) -> QuerySet[LearnerProfile]:
    profiles = LearnerProfile.objects.select_related("user", "enterprise")
    if not user.is_authenticated:
        return profiles.none()
    if user.is_superuser:
        return profiles
    staff_scope = enterprises_in_scope(user)
    return profiles.filter(enterprise__in=staff_scope) | profiles.filter(user=user)


def may_see_identifiers(user: User, profile: LearnerProfile) -> bool:
    """The national ID and date of birth are shown only to the learner and to organizers of their zone."""
    if user.pk == profile.user_id or user.is_superuser:
        return True
    return has_role(user, Role.ORGANIZER) and zones_of(user).filter(pk=profile.enterprise.zone_id).exists()


def _powers_filter() -> Q:
    other_roles = [name for role, name in GROUP_NAMES.items() if role != Role.LEARNER]
    return Q(is_superuser=True) | Q(is_staff=True) | Q(groups__name__in=other_roles)


def any_holds_staff_powers(user_ids: list[int]) -> bool:
    """Whether any of these accounts is more than a learner (a role, staff or superuser). Organizers may reset a
    worker's password or issue them an activation code; doing that to a staff account would let them log in as it."""
    return User.objects.filter(pk__in=user_ids).filter(_powers_filter()).exists()


def staff_power_holders() -> QuerySet[User]:
    """Accounts that are more than a learner's (see any_holds_staff_powers)."""
    return User.objects.filter(_powers_filter())


def workers_only(profiles: QuerySet[LearnerProfile]) -> QuerySet[LearnerProfile]:
    """The profiles whose accounts are learners' only (see any_holds_staff_powers)."""
    return profiles.exclude(user__in=staff_power_holders())
