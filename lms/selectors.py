"""Reads for the core app."""

from django.db.models import QuerySet

from lms.models import LearnerProfile, PersonalDataAccess, User
from lms.roles import GROUP_NAMES, Role
from lms.scope import learners_in_scope


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
            "union_member": profile.union_member,
            "youth_union_member": profile.youth_union_member,
        }
    return data
