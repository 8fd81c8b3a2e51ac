"""Reads for the core app."""

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from lms.models import Enterprise, LearnerProfile, PersonalDataAccess, User
from lms.roles import GROUP_NAMES, Role
from lms.scope import learners_in_scope, staff_power_holders, workers_only, zones_of


def user_has_role(user: User, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    return any(group.name == GROUP_NAMES[role] for group in user.groups.all())


def audit_entries_in_scope(user: User) -> QuerySet[PersonalDataAccess]:
    """Entries about learners the user may see (superusers: all, including entries about deleted people)."""
    entries = PersonalDataAccess.objects.select_related("actor", "subject")
    if user.is_superuser:
        return entries
    return entries.filter(subject__learner_profile__in=learners_in_scope(user).exclude(user=user))


def personal_data_export(user: User) -> dict:
    """Everything the platform holds about a learner, for them to download."""
    profile = LearnerProfile.objects.filter(user=user).select_related("enterprise__zone").first()
    data = {
        "account": {
            "username": user.username,
            "full_name": user.get_full_name(),
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": None,
    }
    if profile is not None:
        data["profile"] = {
            "date_of_birth": profile.date_of_birth.strftime("%d/%m/%Y"),
            "gender": profile.get_gender_display(),
            "phone": profile.phone,
            "national_id": profile.national_id or "",
            "enterprise": profile.enterprise.name,
            "zone": profile.enterprise.zone.name,
            "job": profile.job,
            "education_level": profile.get_education_level_display(),
            "party_status": profile.get_party_status_display(),
            "admission_date": profile.admission_date.strftime("%d/%m/%Y") if profile.admission_date else "",
            "awareness_certificate_date": (
                profile.awareness_certificate_date.strftime("%d/%m/%Y") if profile.awareness_certificate_date else ""
            ),
            "union_member": profile.union_member,
            "youth_union_member": profile.youth_union_member,
        }
    return data


def activation_candidates(*, enterprise: Enterprise, everyone: bool = False) -> list[LearnerProfile]:
    """The enterprise's workers who get an activation code: those who never had a password (imported from a roster,
    not yet activated), or with `everyone` all of them; never an account that holds a staff role."""
    profiles = workers_only(LearnerProfile.objects.filter(enterprise=enterprise))
    if not everyone:
        profiles = profiles.filter(user__password__startswith=UNUSABLE_PASSWORD_PREFIX, user__is_active=True)
    return list(profiles.select_related("user", "enterprise").order_by("user__full_name", "pk"))


def enterprises_for_activation(user: User) -> QuerySet[Enterprise]:
    """The enterprises whose workers this organizer may issue activation codes to, with how many wait for one."""
    now = timezone.now()
    learners = Count("learners", distinct=True)
    waiting = Count(
        "learners",
        # The workers activation_candidates would give a code to: never a staff account.
        filter=Q(learners__user__password__startswith=UNUSABLE_PASSWORD_PREFIX, learners__user__is_active=True)
        & ~Q(learners__user__in=staff_power_holders().values("pk")),
        distinct=True,
    )
    open_codes = Count(
        "learners__user__activation_codes",
        filter=Q(
            learners__user__activation_codes__used_at__isnull=True,
            learners__user__activation_codes__expires_at__gt=now,
        ),
        distinct=True,
    )
    return (
        Enterprise.objects.filter(zone__in=zones_of(user))
        .select_related("zone")
        .annotate(learner_count=learners, waiting_count=waiting, open_code_count=open_codes)
        .order_by("zone__name", "name")
    )
