"""Learners' profiles and staff assignments (who may act where)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.roles import Role
from lms.validators import validate_national_id, validate_phone


class Gender(models.TextChoices):
    MALE = "male", _("Male")
    FEMALE = "female", _("Female")
    OTHER = "other", _("Other")


class EducationLevel(models.TextChoices):
    """Highest general or vocational education; ordered from lowest to highest."""

    PRIMARY = "primary", _("Primary school")
    LOWER_SECONDARY = "lower_secondary", _("Lower secondary (grade 9)")
    UPPER_SECONDARY = "upper_secondary", _("Upper secondary (grade 12)")
    VOCATIONAL = "vocational", _("Vocational / intermediate")
    COLLEGE = "college", _("College")
    UNIVERSITY = "university", _("University")
    POSTGRADUATE = "postgraduate", _("Postgraduate")

    @classmethod
    def rank(cls, value: str) -> int:
        return list(cls.values).index(value) if value in cls.values else -1


class PartyStatus(models.TextChoices):
    OUTSTANDING_NON_MEMBER = "non_member", _("Outstanding non-member")
    PROBATIONARY = "probationary", _("Probationary member")
    FULL_MEMBER = "full_member", _("Full member")


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner_profile", verbose_name=_("user")
    )
    date_of_birth = models.DateField(_("date of birth"))
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    phone = models.CharField(_("phone number"), max_length=10, unique=True, validators=[validate_phone])
    national_id = models.CharField(
        _("national ID (CCCD)"), max_length=12, unique=True, null=True, blank=True, validators=[validate_national_id]
    )
    enterprise = models.ForeignKey(
        "lms.Enterprise", on_delete=models.PROTECT, related_name="learners", verbose_name=_("enterprise")
    )
    job = models.CharField(_("job"), max_length=120, blank=True)
    education_level = models.CharField(_("education level"), max_length=20, choices=EducationLevel.choices, blank=True)
    party_status = models.CharField(
        _("party status"), max_length=20, choices=PartyStatus.choices, default=PartyStatus.OUTSTANDING_NON_MEMBER
    )
    admission_date = models.DateField(_("date admitted to the Party"), null=True, blank=True)
    awareness_certificate_date = models.DateField(
        _("awareness certificate issued on"),
        null=True,
        blank=True,
        help_text=_("For a certificate issued before this platform (paper records)."),
    )
    union_member = models.BooleanField(_("trade union member"), default=False)
    youth_union_member = models.BooleanField(_("youth union member"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        constraints = [
            models.CheckConstraint(condition=Q(phone__regex=r"^0[0-9]{9}$"), name="profile_phone_normalised"),
            models.CheckConstraint(
                condition=Q(national_id__isnull=True) | Q(national_id__regex=r"^[0-9]{12}$"),
                name="profile_national_id_12_digits",
            ),
            models.CheckConstraint(
                condition=~Q(party_status=PartyStatus.PROBATIONARY) | Q(admission_date__isnull=False),
                name="profile_probationary_has_admission_date",
            ),
            models.CheckConstraint(
                condition=Q(party_status=PartyStatus.OUTSTANDING_NON_MEMBER) | Q(admission_date__isnull=False),
                name="profile_member_has_admission_date",
            ),
            models.CheckConstraint(condition=Q(gender__in=Gender.values), name="profile_gender_valid"),
        ]

    def __str__(self) -> str:
        return self.user.get_full_name()


class StaffAssignment(models.Model):
    """Where a staff member acts: an organizer for an organizing unit, a union officer for a union, etc."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_assignments", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    organizing_unit = models.ForeignKey(
        "lms.OrganizingUnit",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="staff",
        verbose_name=_("organizing unit"),
    )
    union = models.ForeignKey(
        "lms.Union", on_delete=models.CASCADE, null=True, blank=True, related_name="officers", verbose_name=_("union")
    )

    class Meta:
        verbose_name = _("staff assignment")
        verbose_name_plural = _("staff assignments")
        constraints = [
            models.CheckConstraint(
                condition=~Q(role=Role.ORGANIZER) | Q(organizing_unit__isnull=False),
                name="assignment_organizer_has_unit",
            ),
            models.CheckConstraint(
                condition=~Q(role=Role.UNION_NOMINATOR) | Q(union__isnull=False),
                name="assignment_nominator_has_union",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "organizing_unit"],
                condition=Q(organizing_unit__isnull=False),
                name="assignment_unique_per_unit",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "union"], condition=Q(union__isnull=False), name="assignment_unique_per_union"
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(organizing_unit__isnull=True, union__isnull=True),
                name="assignment_unique_unscoped",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()}"
