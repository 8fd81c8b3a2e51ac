"""Reads for nominations and enrolments: eligibility warnings, union counts, a learner's classes."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from courses.models import (
    SEAT_STATES,
    Cohort,
    CoursePage,
    Enrolment,
    EnrolmentSettings,
    EnrolmentState,
    NominationStatus,
    ProgrammeKind,
)
from lms.dates import add_months
from lms.models import EducationLevel, LearnerProfile, PartyStatus, Union, User


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def eligibility_warnings(
    *, learner: LearnerProfile, programme_kind: str, rules: EnrolmentSettings, cohort: Cohort | None = None
) -> list[str]:
    """What the organizer should know before approving; warnings, not refusals (the organizer decides)."""
    today = timezone.localdate()
    warnings = []
    if programme_kind == ProgrammeKind.AWARENESS:
        age = _age_on(learner.date_of_birth, cohort.opens_on if cohort else today)
        if not rules.awareness_min_age <= age <= rules.awareness_max_age:
            warnings.append(
                _("Age %(age)d is outside %(min)d–%(max)d for the awareness class.")
                % {"age": age, "min": rules.awareness_min_age, "max": rules.awareness_max_age}
            )
        if learner.party_status != PartyStatus.OUTSTANDING_NON_MEMBER:
            warnings.append(_("Already a party member: the awareness class is for non-members."))
    if EducationLevel.rank(learner.education_level) < EducationLevel.rank(rules.min_education_level):
        warnings.append(
            _("Education below %(level)s.") % {"level": EducationLevel(rules.min_education_level).label}
            if learner.education_level
            else _("Education level not recorded.")
        )
    if learner.awareness_certificate_date:
        expires = add_months(learner.awareness_certificate_date, rules.certificate_validity_months)
        if expires < today:
            warnings.append(
                _("The awareness certificate of %(date)s is older than %(months)d months.")
                % {
                    "date": learner.awareness_certificate_date.strftime("%d/%m/%Y"),
                    "months": rules.certificate_validity_months,
                }
            )
        elif programme_kind == ProgrammeKind.AWARENESS:
            warnings.append(_("Already holds a valid awareness certificate."))
    if programme_kind == ProgrammeKind.NEW_MEMBER:
        if learner.party_status != PartyStatus.PROBATIONARY or learner.admission_date is None:
            warnings.append(_("Not a probationary member: the new-member class is for probationary members."))
        elif cohort is not None:
            probation_ends = add_months(learner.admission_date, rules.probation_months)
            if probation_ends < cohort.closes_on:
                warnings.append(
                    _("Probation ends on %(end)s, before the class closes on %(close)s.")
                    % {"end": probation_ends.strftime("%d/%m/%Y"), "close": cohort.closes_on.strftime("%d/%m/%Y")}
                )
    return warnings


def default_enrolment_rules() -> EnrolmentSettings:
    """The default site's enrolment rules, for work outside a request (commands, tasks); the defaults before any
    site exists."""
    site = Site.objects.filter(is_default_site=True).first()
    return EnrolmentSettings.for_site(site) if site else EnrolmentSettings()


def probation_deadline(*, user: User, rules: EnrolmentSettings) -> date | None:
    """When a probationary member's probation ends, while they have not completed a new-member class (for the
    reminder on their home page); None for everyone else. One query."""
    completed = Enrolment.objects.filter(
        learner=OuterRef("user"),
        state=EnrolmentState.COMPLETED,
        cohort__course__programme_kind=ProgrammeKind.NEW_MEMBER,
    )
    admitted = (
        LearnerProfile.objects.filter(user=user, party_status=PartyStatus.PROBATIONARY, admission_date__isnull=False)
        .exclude(Exists(completed))
        .values_list("admission_date", flat=True)
        .first()
    )
    return add_months(admitted, rules.probation_months) if admitted else None


@dataclass(frozen=True)
class UnionCount:
    union: Union
    count: int
    target: int

    @property
    def met(self) -> bool:
        return self.count >= self.target


def union_nomination_counts(*, unions, year: int, target: int, programme_kind: str = "") -> list[UnionCount]:
    """Nominations each union made in the year (pending, approved or rejected), against the yearly target; with
    `programme_kind`, for that programme only."""
    in_year = Q(nominations__year=year)
    if programme_kind:
        in_year &= Q(nominations__programme_kind=programme_kind)
    counted = unions.select_related("enterprise").annotate(year_count=Count("nominations", filter=in_year))
    return [UnionCount(union, union.year_count, target) for union in counted.order_by("enterprise__name", "name")]


def learner_classes(*, user: User, states=SEAT_STATES) -> list[Enrolment]:
    """The learner's classes in those states (by default their current ones: enrolled or nominated), newest first."""
    return list(
        Enrolment.objects.filter(learner=user, state__in=states)
        .select_related("cohort__course", "cohort__zone", "cohort__organizing_unit")
        .order_by("-cohort__opens_on")
    )


def teaching_classes(*, user: User) -> list[Cohort]:
    """The classes the user teaches, but those that ended more than two months ago (their grading is long done)."""
    recent = timezone.localdate() - timedelta(days=61)
    return list(
        Cohort.objects.filter(instructors=user, closes_on__gte=recent)
        .select_related("course", "zone")
        .order_by("opens_on", "code")
    )


def seats_taken(cohort: Cohort) -> int:
    return Enrolment.objects.filter(cohort=cohort, state__in=SEAT_STATES).count()


def pending_nominations(nominations):
    return nominations.filter(status=NominationStatus.PENDING).order_by("created_at")


def cohorts_for_programme(cohorts, programme_kind: str):
    course_ids = CoursePage.objects.filter(programme_kind=programme_kind).values("pk")
    return cohorts.filter(course_id__in=course_ids).exclude(status="closed").order_by("opens_on")
