"""Writes for learners' profiles."""

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied
from django.db import transaction

from lms.models import AuditAction, Enterprise, LearnerProfile, PartyStatus, User
from lms.roles import Role
from lms.scope import any_holds_staff_powers, enterprises_in_scope
from lms.services.audit import audit_record
from lms.services.roles import role_group
from lms.text import nfc
from lms.validators import normalise_national_id, normalise_phone


@dataclass
class ProfileData:
    full_name: str
    date_of_birth: date
    gender: str
    phone: str
    national_id: str = ""
    job: str = ""
    education_level: str = ""
    party_status: str = PartyStatus.OUTSTANDING_NON_MEMBER
    admission_date: date | None = None
    awareness_certificate_date: date | None = None  # a certificate issued before the platform, on paper
    union_member: bool = False
    youth_union_member: bool = False

    def normalised(self) -> "ProfileData":
        return ProfileData(
            full_name=" ".join(nfc(self.full_name).split()),
            date_of_birth=self.date_of_birth,
            gender=self.gender,
            phone=normalise_phone(self.phone) or self.phone,
            national_id=normalise_national_id(self.national_id),
            job=nfc(self.job.strip()),
            education_level=self.education_level,
            party_status=self.party_status or PartyStatus.OUTSTANDING_NON_MEMBER,
            admission_date=self.admission_date if self.party_status != PartyStatus.OUTSTANDING_NON_MEMBER else None,
            awareness_certificate_date=self.awareness_certificate_date,
            union_member=self.union_member,
            youth_union_member=self.youth_union_member,
        )


PROFILE_FIELDS = (
    "date_of_birth",
    "gender",
    "phone",
    "job",
    "education_level",
    "party_status",
    "admission_date",
    "awareness_certificate_date",
    "union_member",
    "youth_union_member",
)


def _check_scope(actor: User | None, enterprise: Enterprise) -> None:
    if actor is not None and not enterprises_in_scope(actor).filter(pk=enterprise.pk).exists():
        raise PermissionDenied


def _apply(profile: LearnerProfile, data: ProfileData) -> list[str]:
    changed = []
    for name in PROFILE_FIELDS:
        if getattr(profile, name) != getattr(data, name):
            setattr(profile, name, getattr(data, name))
            changed.append(name)
    national_id = data.national_id or None
    if profile.national_id != national_id and national_id is not None:
        profile.national_id = national_id
        changed.append("national_id")
    return changed


@transaction.atomic
def learner_create(*, actor: User | None, enterprise: Enterprise, data: ProfileData) -> LearnerProfile:
    """A worker's account (username = phone number, no password until one is set) and profile."""
    _check_scope(actor, enterprise)
    data = data.normalised()
    user = User(username=data.phone, full_name=data.full_name)
    user.set_unusable_password()
    user.full_clean()
    user.save()
    user.groups.add(role_group(Role.LEARNER))
    profile = LearnerProfile(user=user, enterprise=enterprise)
    _apply(profile, data)
    profile.full_clean()
    profile.save()
    audit_record(actor=actor, subject=user, action=AuditAction.CREATED)
    return profile


@transaction.atomic
def learner_update(*, actor: User | None, profile: LearnerProfile, data: ProfileData) -> list[str]:
    """Bring the profile to `data`; returns the names of the fields that changed (empty: nothing to do)."""
    _check_scope(actor, profile.enterprise)
    data = data.normalised()
    changed = _apply(profile, data)
    user = profile.user
    if user.full_name != data.full_name:
        user.full_name = data.full_name
        user.save(update_fields=["full_name"])
        changed.append("full_name")
    if changed:
        profile.full_clean()
        profile.save()
        audit_record(actor=actor, subject=user, action=AuditAction.CHANGED, detail=", ".join(changed))
    return changed


def learner_differs(profile: LearnerProfile, data: ProfileData) -> bool:
    data = data.normalised()
    if profile.user.full_name != data.full_name:
        return True
    if data.national_id and profile.national_id != data.national_id:
        return True
    return any(getattr(profile, name) != getattr(data, name) for name in PROFILE_FIELDS)


def learner_set_password(*, actor: User, profile: LearnerProfile, password: str) -> None:
    _check_scope(actor, profile.enterprise)
    if any_holds_staff_powers([profile.user_id]):  # a staff account's password is not the organizer's to set
        raise PermissionDenied
    validate_password(password, profile.user)  # raises ValidationError with the reasons, in the user's language
    profile.user.set_password(password)
    profile.user.must_change_password = True  # the organizer knows it: the learner chooses their own at login
    profile.user.save(update_fields=["password", "must_change_password"])
    audit_record(actor=actor, subject=profile.user, action=AuditAction.CHANGED, detail="password")


def own_password_change(*, user: User, password: str) -> None:
    """A user sets their own password (the form has checked the current one and the password validators)."""
    user.set_password(password)
    user.must_change_password = False
    user.save(update_fields=["password", "must_change_password"])
