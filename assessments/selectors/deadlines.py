"""Dates the rules set for each person, for the organizers of their zones to keep:

- a probationary member must pass the new-member class before the probation ends (its certificate is the first
  document for recognition as a full member);
- an outstanding non-member's awareness certificate is valid for admission for a number of months; the party cell
  has to admit them before it lapses, or they study the class again.

Both lists are read in a fixed number of queries, however many learners the zones hold.
"""

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from assessments.models import Certificate, CertificateStatus, Result
from courses.models import (
    SEAT_STATES,
    Cohort,
    Enrolment,
    EnrolmentSettings,
    EnrolmentState,
    Nomination,
    NominationStatus,
    ProgrammeKind,
)
from lms.dates import add_months
from lms.models import LearnerProfile, PartyStatus, User, Zone
from lms.roles import Role

# How near is "soon", and how far ahead certificates are watched: EnrolmentSettings (probation_soon_days,
# certificate_watch_months), which the propaganda board may change as the regulations do.
LAPSED_MONTHS = 12  # and those that lapsed within this many months (older ones are long settled, one way or another)


class Urgency(models.TextChoices):
    OVERDUE = "overdue", _("Past the date")
    SOON = "soon", _("Soon")
    LATER = "later", _("Later")


class ProbationSituation(models.TextChoices):
    NO_CLASS = "no_class", _("Not in a new-member class")
    NOMINATED = "nominated", _("Nominated, waiting for a class")
    IN_CLASS = "in_class", _("In a class that closes in time")
    CLASS_ENDS_LATE = "class_ends_late", _("In a class that closes after the probation ends")


def _urgency(deadline: date, today: date, soon_days: int) -> str:
    if deadline < today:
        return Urgency.OVERDUE
    return Urgency.SOON if (deadline - today).days <= soon_days else Urgency.LATER


class _Countdown:
    days_left: int  # negative once the date has passed

    @property
    def days_late(self) -> int:
        return -self.days_left

    @property
    def when(self) -> str:
        if self.days_left < 0:
            return gettext("%(days)d days late") % {"days": self.days_late}
        return gettext("%(days)d days left") % {"days": self.days_left}


@dataclass
class ProbationLine(_Countdown):
    """A probationary member who has not yet passed the new-member class."""

    profile: LearnerProfile
    ends_on: date
    days_left: int
    urgency: str
    situation: str
    cohort: Cohort | None = None  # the class they sit in now, if any
    not_completed: Cohort | None = None  # the last class they did not complete, if any

    @property
    def situation_label(self) -> str:
        return str(ProbationSituation(self.situation).label)

    @property
    def needs_class(self) -> bool:
        return self.situation in (ProbationSituation.NO_CLASS, ProbationSituation.CLASS_ENDS_LATE)


@dataclass
class ExpiryLine(_Countdown):
    """An outstanding non-member whose awareness certificate lapses soon (or has lapsed) before admission."""

    profile: LearnerProfile
    valid_until: date
    days_left: int
    urgency: str
    reference: str  # the certificate's number, or "" for a paper certificate recorded on the profile
    retaking: Cohort | None = None  # an awareness class they sit in now


@dataclass
class Deadlines:
    probation: list[ProbationLine]
    expiries: list[ExpiryLine]
    today: date
    expiry_months: int

    @property
    def overdue(self) -> int:
        return sum(line.urgency == Urgency.OVERDUE for line in [*self.probation, *self.expiries])


def _profiles(zones: QuerySet[Zone], status: str, only: LearnerProfile | None) -> QuerySet[LearnerProfile]:
    profiles = LearnerProfile.objects.filter(enterprise__zone__in=zones, party_status=status)
    if only is not None:
        profiles = profiles.filter(pk=only.pk)
    return profiles.select_related("user", "enterprise")


def _seats(user_ids: list[int], programme_kind: str) -> dict[int, Cohort]:
    """Each learner's current class of the programme (the one closing last, if several; the newest of a tie)."""
    seats: dict[int, Cohort] = {}
    enrolments = Enrolment.objects.filter(
        learner_id__in=user_ids, state__in=SEAT_STATES, cohort__course__programme_kind=programme_kind
    ).select_related("cohort")
    for enrolment in enrolments.order_by("cohort__closes_on", "cohort__pk"):  # a tie: the newer class
        seats[enrolment.learner_id] = enrolment.cohort
    return seats


def probation_deadlines(
    *, zones: QuerySet[Zone], rules: EnrolmentSettings, today: date, only: LearnerProfile | None = None
) -> list[ProbationLine]:
    """Probationary members of the zones (or `only` that one) who have not passed the new-member class, the nearest
    deadline first."""
    profiles = list(_profiles(zones, PartyStatus.PROBATIONARY, only).filter(admission_date__isnull=False))
    user_ids = [profile.user_id for profile in profiles]
    kind = ProgrammeKind.NEW_MEMBER
    passed = set(
        Result.objects.filter(
            learner_id__in=user_ids, cohort__course__programme_kind=kind, complete=True, passed=True
        ).values_list("learner_id", flat=True)
    ) | set(
        Certificate.objects.filter(
            learner_id__in=user_ids, programme_kind=kind, status=CertificateStatus.VALID
        ).values_list("learner_id", flat=True)
    )
    seats = _seats(user_ids, kind)
    not_completed = {
        enrolment.learner_id: enrolment.cohort
        for enrolment in Enrolment.objects.filter(
            learner_id__in=user_ids, state=EnrolmentState.NOT_COMPLETED, cohort__course__programme_kind=kind
        )
        .select_related("cohort")
        .order_by("cohort__closes_on")
    }
    nominated = set(
        Nomination.objects.filter(
            learner__in=[profile.pk for profile in profiles], programme_kind=kind, status=NominationStatus.PENDING
        ).values_list("learner_id", flat=True)
    )
    lines = []
    for profile in profiles:
        if profile.user_id in passed:
            continue
        ends_on = add_months(profile.admission_date, rules.probation_months)
        cohort = seats.get(profile.user_id)
        if cohort is not None:
            situation = (
                ProbationSituation.IN_CLASS if cohort.closes_on <= ends_on else ProbationSituation.CLASS_ENDS_LATE
            )
        else:
            situation = ProbationSituation.NOMINATED if profile.pk in nominated else ProbationSituation.NO_CLASS
        lines.append(
            ProbationLine(
                profile=profile,
                ends_on=ends_on,
                days_left=(ends_on - today).days,
                urgency=_urgency(ends_on, today, rules.probation_soon_days),
                situation=situation,
                cohort=cohort,
                not_completed=not_completed.get(profile.user_id),
            )
        )
    return sorted(lines, key=lambda line: (line.ends_on, line.profile.user.get_full_name()))


def certificate_expiries(
    *,
    zones: QuerySet[Zone],
    rules: EnrolmentSettings,
    today: date,
    months: int | None = None,
    only: LearnerProfile | None = None,
) -> list[ExpiryLine]:
    """Outstanding non-members of the zones whose awareness certificate (the latest, from this platform or recorded
    on paper) lapses within `months` (by default the rules' certificate_watch_months), or lapsed in the last
    LAPSED_MONTHS, the nearest first. Only the latest certificate counts: someone who holds a newer one that is
    still valid is not listed."""
    months = rules.certificate_watch_months if months is None else months
    horizon, since = add_months(today, months), add_months(today, -LAPSED_MONTHS)
    profiles = {profile.user_id: profile for profile in _profiles(zones, PartyStatus.OUTSTANDING_NON_MEMBER, only)}
    latest: dict[int, tuple[date, str]] = {}
    for profile in profiles.values():
        if profile.awareness_certificate_date:
            latest[profile.user_id] = (
                add_months(profile.awareness_certificate_date, rules.certificate_validity_months),
                "",
            )
    certificates = Certificate.objects.filter(
        learner_id__in=list(profiles),
        programme_kind=ProgrammeKind.AWARENESS,
        status=CertificateStatus.VALID,
        valid_until__isnull=False,
    ).values_list("learner_id", "valid_until", "reference")
    for learner_id, valid_until, reference in certificates:
        if learner_id not in latest or valid_until > latest[learner_id][0]:
            latest[learner_id] = (valid_until, reference)
    lapsing = {learner_id: held for learner_id, held in latest.items() if since <= held[0] <= horizon}
    retaking = _seats(list(lapsing), ProgrammeKind.AWARENESS)
    lines = [
        ExpiryLine(
            profile=profiles[learner_id],
            valid_until=valid_until,
            days_left=(valid_until - today).days,
            urgency=Urgency.OVERDUE if valid_until < today else Urgency.SOON,
            reference=reference,
            retaking=retaking.get(learner_id),
        )
        for learner_id, (valid_until, reference) in lapsing.items()
    ]
    return sorted(lines, key=lambda line: (line.valid_until, line.profile.user.get_full_name()))


DEADLINE_COUNTS = ("probation_past", "probation_at_risk", "certificates_lapsing")


@dataclass
class ZoneDeadlines:
    """How many of a zone's workers have a date to keep, for the organisation board (counts, never names)."""

    zone: Zone
    probation_past: int = 0  # the probation ended before the new-member class was passed
    probation_at_risk: int = 0  # it ends within the rules' soon days, and no class they sit in closes in time
    certificates_lapsing: int = 0  # an awareness certificate lapses within the watched months, before admission

    @property
    def has_any(self) -> bool:
        return any(getattr(self, name) for name in DEADLINE_COUNTS)


def deadline_counts(*, zones: QuerySet[Zone], rules: EnrolmentSettings, today: date) -> list[ZoneDeadlines]:
    """Per zone, by name, the zones with anything to count; read in the same fixed number of queries as the lists."""
    report = deadlines(zones=zones, rules=rules, today=today)
    by_zone = {zone.pk: ZoneDeadlines(zone=zone) for zone in zones.order_by("name")}
    for line in report.probation:
        block = by_zone[line.profile.enterprise.zone_id]
        if line.urgency == Urgency.OVERDUE:
            block.probation_past += 1
        elif line.urgency == Urgency.SOON and line.situation != ProbationSituation.IN_CLASS:
            block.probation_at_risk += 1
    for line in report.expiries:
        if line.urgency == Urgency.SOON:
            by_zone[line.profile.enterprise.zone_id].certificates_lapsing += 1
    return [block for block in by_zone.values() if block.has_any]


def organizers_to_remind() -> QuerySet[User]:
    """Active organizers assigned to an organizing unit: the weekly deadlines go to each, for their own zones."""
    return (
        User.objects.filter(
            is_active=True, staff_assignments__role=Role.ORGANIZER, staff_assignments__organizing_unit__isnull=False
        )
        .distinct()
        .order_by("pk")
    )


def deadlines(
    *, zones: QuerySet[Zone], rules: EnrolmentSettings, today: date, expiry_months: int | None = None
) -> Deadlines:
    expiry_months = rules.certificate_watch_months if expiry_months is None else expiry_months
    return Deadlines(
        probation=probation_deadlines(zones=zones, rules=rules, today=today),
        expiries=certificate_expiries(zones=zones, rules=rules, today=today, months=expiry_months),
        today=today,
        expiry_months=expiry_months,
    )
