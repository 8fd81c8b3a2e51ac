"""Numbers for the organisation board: a year's nominations, enrolments, passes, certificates, admissions to the
Party and party cells founded, by zone and enterprise, and the year's classes, against the unions' yearly nomination
target and the zones' yearly targets.

A class belongs to the year in which it opens. Enterprise figures count the enterprise's workers in any class of
the year (wherever it is held); the class list shows the classes held in the reader's zones. Everything is counted
in the database: a fixed number of queries, however many zones, enterprises and learners there are. Only
aggregates leave this module, never a learner's name. Admissions are the workers whose profile's admission date
falls in the year (organizers record it when the party cell admits them).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import TARGET_MEASURES, Band, Certificate, CertificateStatus, Result, TargetMeasure, YearTarget
from courses.models import Cohort, CoursePage, Enrolment, EnrolmentState, Nomination
from courses.selectors import union_nomination_counts
from lms.models import Enterprise, LearnerProfile, Union, User, Zone
from lms.roles import Role
from lms.scope import has_role, zones_of

PASSED_BANDS = (Band.EXCELLENT, Band.GOOD, Band.FAIR, Band.PASS)


@dataclass
class Figures:
    unions: int = 0
    unions_on_target: int = 0
    nominated: int = 0
    enrolled: int = 0  # every enrolment in the year's classes but the withdrawn ones
    withdrawn: int = 0
    passed: int = 0  # complete, passed results (the completion policy's verdict, not a state set by hand)
    certified: int = 0  # valid certificates (revoked and superseded ones do not count)
    admitted: int = 0  # workers admitted to the Party in the year, by the admission date on their profile
    party_cells: int = 0  # enterprises whose party cell was founded in the year

    def add(self, other: "Figures") -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    @property
    def pass_rate(self) -> float | None:
        """Share of the enrolled who passed, or None when nobody was enrolled."""
        return self.passed / self.enrolled if self.enrolled else None


@dataclass
class TargetLine:
    """A yearly target of the board (workers of the zone who pass a programme, or who are admitted to the Party) and
    how far the year has got."""

    measure: str
    target: int
    reached: int = 0

    @property
    def label(self) -> str:
        return str(TargetMeasure(self.measure).label)

    @property
    def reached_label(self) -> str:
        """What the reached number counts: passes, admissions or party cells founded."""
        if self.measure == TargetMeasure.PARTY_CELLS:
            return _("founded")
        return _("admitted") if self.measure == TargetMeasure.ADMITTED else _("passed")

    @property
    def share(self) -> float | None:
        return self.reached / self.target if self.target else None

    @property
    def bar_percent(self) -> int:
        return min(100, round(100 * self.share)) if self.share is not None else 100


@dataclass
class EnterpriseRow:
    enterprise: Enterprise
    figures: Figures


@dataclass
class ZoneBlock:
    zone: Zone
    rows: list[EnterpriseRow] = field(default_factory=list)
    total: Figures = field(default_factory=Figures)
    targets: list[TargetLine] = field(default_factory=list)


@dataclass
class ClassRow:
    cohort: Cohort | None
    enrolled: int = 0
    withdrawn: int = 0
    bands: Counter = field(default_factory=Counter)  # passed results by band
    certified: int = 0

    @property
    def passed(self) -> int:
        return sum(self.bands[band] for band in PASSED_BANDS)

    @property
    def band_counts(self) -> list[tuple[str, int]]:
        """(label, count) of each band that someone in the class reached, best band first."""
        return [(Band(band).label, self.bands[band]) for band in PASSED_BANDS if self.bands[band]]


@dataclass
class YearReport:
    year: int
    programme_kind: str  # a ProgrammeKind value, or "" for every programme
    target: int  # nominations asked of each union per year
    zones: list[ZoneBlock]
    total: Figures
    classes: list[ClassRow]
    targets: list[TargetLine] = field(default_factory=list)  # the zones' targets summed, per measure

    @property
    def class_total(self) -> "ClassRow":
        """The classes' figures summed (no cohort)."""
        total = ClassRow(cohort=None)
        for row in self.classes:
            total.enrolled += row.enrolled
            total.withdrawn += row.withdrawn
            total.certified += row.certified
            total.bands.update(row.bands)
        return total


def report_zones(user: User) -> QuerySet[Zone]:
    """The zones whose numbers the user may read: a report viewer's (every zone when assigned to no unit) and an
    organizer's own."""
    if user.is_superuser:
        return Zone.objects.all()
    ids: set[int] = set()
    for role in (Role.REPORT_VIEWER, Role.ORGANIZER):
        if has_role(user, role):
            ids |= set(zones_of(user, role).values_list("pk", flat=True))
    return Zone.objects.filter(pk__in=ids)


def target_zones(user: User) -> QuerySet[Zone]:
    """The zones whose yearly targets the user sets: the organisation board's report viewers, for their zones."""
    if user.is_superuser:
        return Zone.objects.all()
    if not has_role(user, Role.REPORT_VIEWER):
        return Zone.objects.none()
    return zones_of(user, Role.REPORT_VIEWER)


def report_years(zones: QuerySet[Zone]) -> list[int]:
    """The years that have classes or nominations in these zones, and the current year; newest first."""
    years = {timezone.localdate().year}
    years |= {d.year for d in Cohort.objects.filter(zone__in=zones).dates("opens_on", "year")}
    years |= set(
        Nomination.objects.filter(union__enterprise__zone__in=zones)
        .order_by()
        .values_list("year", flat=True)
        .distinct()
    )
    return sorted(years, reverse=True)


def _year_classes(year: int, programme_kind: str) -> Q:
    condition = Q(opens_on__gte=date(year, 1, 1), opens_on__lte=date(year, 12, 31))
    if programme_kind:
        condition &= Q(course__in=CoursePage.objects.filter(programme_kind=programme_kind))
    return condition


def _passed_results() -> QuerySet[Result]:
    """Complete, passed results of learners still in their class (a learner who withdrew does not count)."""
    seated = Enrolment.objects.filter(cohort=OuterRef("cohort"), learner=OuterRef("learner")).exclude(
        state=EnrolmentState.WITHDRAWN
    )
    return Result.objects.filter(Exists(seated), complete=True, passed=True)


def _per_enterprise(
    zones: QuerySet[Zone], year_cohorts: QuerySet[Cohort], year: int, programme_kind: str, target: int
) -> dict[int, Figures]:
    figures: dict[int, Figures] = defaultdict(Figures)

    unions = Union.objects.filter(enterprise__zone__in=zones)
    for counted in union_nomination_counts(unions=unions, year=year, target=target, programme_kind=programme_kind):
        row = figures[counted.union.enterprise_id]
        row.unions += 1
        row.unions_on_target += counted.met
        row.nominated += counted.count

    workers = Q(cohort__in=year_cohorts, learner__learner_profile__enterprise__zone__in=zones)
    enterprise = "learner__learner_profile__enterprise_id"
    enrolments = (
        Enrolment.objects.filter(workers)
        .values(enterprise)
        .annotate(
            enrolled=Count("pk", filter=~Q(state=EnrolmentState.WITHDRAWN)),
            withdrawn=Count("pk", filter=Q(state=EnrolmentState.WITHDRAWN)),
        )
    )
    for counts in enrolments:
        figures[counts[enterprise]].enrolled = counts["enrolled"]  # one group per enterprise
        figures[counts[enterprise]].withdrawn = counts["withdrawn"]
    passed = _passed_results().filter(workers).values(enterprise).annotate(n=Count("pk"))
    for counts in passed:
        figures[counts[enterprise]].passed = counts["n"]
    certificates = (
        Certificate.objects.filter(workers, status=CertificateStatus.VALID).values(enterprise).annotate(n=Count("pk"))
    )
    for counts in certificates:
        figures[counts[enterprise]].certified = counts["n"]
    admitted = _year_admissions(zones.values("pk"), year).values("enterprise_id").annotate(n=Count("pk"))
    for counts in admitted:
        figures[counts["enterprise_id"]].admitted = counts["n"]
    for enterprise_id in _year_party_cells(zones.values("pk"), year).values_list("pk", flat=True):
        figures[enterprise_id].party_cells = 1
    return figures


def _zone_blocks(zones: QuerySet[Zone], figures: dict[int, Figures]) -> tuple[list[ZoneBlock], Figures]:
    blocks: dict[int, ZoneBlock] = {}
    total = Figures()
    enterprises = Enterprise.objects.filter(zone__in=zones).select_related("zone").order_by("zone__name", "name")
    for enterprise in enterprises:
        block = blocks.setdefault(enterprise.zone_id, ZoneBlock(zone=enterprise.zone))
        row = EnterpriseRow(enterprise=enterprise, figures=figures.get(enterprise.pk, Figures()))
        block.rows.append(row)
        block.total.add(row.figures)
        total.add(row.figures)
    return list(blocks.values()), total


def _class_rows(zones: QuerySet[Zone], year_cohorts: QuerySet[Cohort]) -> list[ClassRow]:
    held_here = year_cohorts.filter(zone__in=zones).select_related("course", "organizing_unit", "zone")
    rows = {cohort.pk: ClassRow(cohort=cohort) for cohort in held_here.order_by("opens_on", "code")}
    enrolments = (
        Enrolment.objects.filter(cohort_id__in=rows)
        .values("cohort_id")
        .annotate(
            enrolled=Count("pk", filter=~Q(state=EnrolmentState.WITHDRAWN)),
            withdrawn=Count("pk", filter=Q(state=EnrolmentState.WITHDRAWN)),
        )
    )
    for counts in enrolments:
        rows[counts["cohort_id"]].enrolled = counts["enrolled"]
        rows[counts["cohort_id"]].withdrawn = counts["withdrawn"]
    passed = (
        _passed_results()
        .filter(cohort_id__in=rows, band__in=PASSED_BANDS)
        .values("cohort_id", "band")
        .annotate(n=Count("pk"))
    )
    for counts in passed:
        rows[counts["cohort_id"]].bands[counts["band"]] = counts["n"]
    certificates = (
        Certificate.objects.filter(cohort_id__in=rows, status=CertificateStatus.VALID)
        .values("cohort_id")
        .annotate(n=Count("pk"))
    )
    for counts in certificates:
        rows[counts["cohort_id"]].certified = counts["n"]
    return list(rows.values())


def _year_admissions(zone_ids, year: int) -> QuerySet[LearnerProfile]:
    return LearnerProfile.objects.filter(
        enterprise__zone_id__in=zone_ids, admission_date__gte=date(year, 1, 1), admission_date__lte=date(year, 12, 31)
    )


def _year_party_cells(zone_ids, year: int) -> QuerySet[Enterprise]:
    return Enterprise.objects.filter(
        zone_id__in=zone_ids,
        party_cell_founded_on__gte=date(year, 1, 1),
        party_cell_founded_on__lte=date(year, 12, 31),
    )


def _targets(blocks: list[ZoneBlock], year_cohorts: QuerySet[Cohort], year: int, programme_kind: str) -> list:
    """Fill each zone block's targets with how far the zone got (its workers' passes of the programme; when the
    report covers every programme, also their admissions and its enterprises' new party cells); return the sums per
    measure."""
    measures = [programme_kind] if programme_kind else [measure.value for measure in TARGET_MEASURES]
    by_zone = {block.zone.pk: block for block in blocks}
    targets = YearTarget.objects.filter(zone_id__in=by_zone, year=year, measure__in=measures)
    lines = {(t.zone_id, t.measure): TargetLine(t.measure, t.number) for t in targets}
    if not lines:
        return []
    zone, kind = "learner__learner_profile__enterprise__zone_id", "cohort__course__programme_kind"
    passes = (
        _passed_results()
        .filter(cohort__in=year_cohorts, learner__learner_profile__enterprise__zone_id__in=by_zone)
        .values(zone, kind)
        .annotate(n=Count("pk"))
    )
    for counts in passes:
        line = lines.get((counts[zone], counts[kind]))
        if line is not None:
            line.reached = counts["n"]
    counted = (
        (TargetMeasure.ADMITTED, _year_admissions(by_zone, year), "enterprise__zone_id"),
        (TargetMeasure.PARTY_CELLS, _year_party_cells(by_zone, year), "zone_id"),
    )
    for measure, rows, zone_key in counted:
        if measure not in measures:
            continue
        for counts in rows.values(zone_key).annotate(n=Count("pk")):
            line = lines.get((counts[zone_key], measure.value))
            if line is not None:
                line.reached = counts["n"]
    totals = {measure: TargetLine(measure, 0) for measure in measures}
    for (zone_id, measure), line in sorted(lines.items(), key=lambda item: measures.index(item[0][1])):
        by_zone[zone_id].targets.append(line)
        totals[measure].target += line.target
        totals[measure].reached += line.reached
    return [line for line in totals.values() if line.target]


def year_report(*, zones: QuerySet[Zone], year: int, target: int, programme_kind: str = "") -> YearReport:
    """`target`: the nominations asked of each union per year (the enrolment rules' setting). Zones' yearly targets
    (`YearTarget`) are compared with the passes of their workers in the programme, or their admissions."""
    year_cohorts = Cohort.objects.filter(_year_classes(year, programme_kind))
    figures = _per_enterprise(zones, year_cohorts, year, programme_kind, target)
    blocks, total = _zone_blocks(zones, figures)
    return YearReport(
        year=year,
        programme_kind=programme_kind,
        target=target,
        zones=blocks,
        total=total,
        classes=_class_rows(zones, year_cohorts),
        targets=_targets(blocks, year_cohorts, year, programme_kind),
    )
