"""Demo workers, classes, nominations and enrolments, written through the same services as the web. Idempotent.
Dates and class codes are written as on lms.demo_calendar.WRITTEN_ON and moved by the demo's calendar."""

from datetime import date

from django.db import transaction

from courses.models import Cohort, CohortStatus, CoursePage, Enrolment, Nomination, ProgrammeKind
from courses.services import enrolment_create, nomination_approve, nomination_create, nomination_reject
from lms.demo import demo_password
from lms.demo_calendar import DemoCalendar, demo_calendar
from lms.models import EducationLevel, Enterprise, Gender, LearnerProfile, OrganizingUnit, PartyStatus, User, Zone
from lms.services import ProfileData, learner_create, learner_update

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE_F, MIDDLE_M = ["Thị", "Ngọc", "Thu", "Thanh"], ["Văn", "Minh", "Quốc", "Đức"]
GIVEN_F = ["Lan", "Hạnh", "Mai", "Hương", "Trang", "Nhung", "Thảo", "Yến", "Loan", "Phương", "Ngân", "Hoa"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Nam", "Khoa", "Long", "Phúc", "Thắng", "Sơn", "Hải", "Tài", "Lộc"]
JOBS = ["Công nhân may", "Tổ trưởng chuyền", "Công nhân đóng gói", "Kỹ thuật viên", "Công nhân kiểm hàng", "Thủ kho"]
EDUCATION = [
    EducationLevel.UPPER_SECONDARY,
    EducationLevel.LOWER_SECONDARY,
    EducationLevel.VOCATIONAL,
    EducationLevel.COLLEGE,
]

# (username, phone, full name, female, born, tax code of enterprise, party status, admitted)
NAMED_WORKERS = [
    (
        "hocvien",
        "0912345678",
        "Nguyễn Thị Lan",
        True,
        date(1996, 4, 12),
        "3801234560",
        PartyStatus.OUTSTANDING_NON_MEMBER,
        None,
    ),
    (
        "hocvien2",
        "0987654321",
        "Trần Văn Hùng",
        False,
        date(1992, 9, 3),
        "3801234560",
        PartyStatus.PROBATIONARY,
        date(2026, 6, 15),
    ),
]

# Workers of the Chơn Thành unit's zones with a date to keep (the organizer's "Deadlines to watch"), dates as written:
# username, party status, admitted, awareness certificate issued on paper before the platform
DEADLINE_CASES = [
    ("cn018", PartyStatus.PROBATIONARY, date(2025, 12, 29), None),  # probation ends 29/12/2026, in no class yet
    ("cn021", PartyStatus.PROBATIONARY, date(2025, 11, 10), None),  # probation ended 10/11/2026
    ("cn035", PartyStatus.OUTSTANDING_NON_MEMBER, None, date(2022, 3, 15)),  # valid until 15/03/2027
    ("cn034", PartyStatus.OUTSTANDING_NON_MEMBER, None, date(2021, 10, 5)),  # lapsed on 05/10/2026
]

DEADLINES_BY_USERNAME = {username: (status, admitted, paper) for username, status, admitted, paper in DEADLINE_CASES}

COHORTS = [
    # code, programme, unit, zone, opens, closes, capacity
    (
        "NTĐ-2026-05",
        ProgrammeKind.AWARENESS,
        "Trung tâm Chính trị huyện Chơn Thành",
        "Khu công nghiệp Minh Hưng – Hàn Quốc",
        date(2026, 12, 7),
        date(2027, 1, 29),
        40,
    ),
    (
        "NTĐ-2026-06",
        ProgrammeKind.AWARENESS,
        "Trung tâm Chính trị thành phố Đồng Xoài",
        "Khu công nghiệp Đồng Xoài II",
        date(2026, 12, 14),
        date(2027, 2, 5),
        30,
    ),
    (
        "ĐVM-2026-02",
        ProgrammeKind.NEW_MEMBER,
        "Trung tâm Chính trị huyện Chơn Thành",
        "Khu công nghiệp Chơn Thành II",
        date(2026, 12, 10),
        date(2027, 3, 31),
        25,
    ),
]


def _national_id(born: date, female: bool, serial: int) -> str:
    century_digit = (0 if born.year < 2000 else 2) + (1 if female else 0)
    return f"070{century_digit}{born.year % 100:02d}{serial:06d}"


def _ensure_worker(username: str, data: ProfileData, enterprise: Enterprise) -> LearnerProfile:
    profile = LearnerProfile.objects.filter(phone=data.phone).select_related("user").first()
    if profile is None:
        profile = learner_create(actor=None, enterprise=enterprise, data=data)
    else:
        learner_update(actor=None, profile=profile, data=data)
    user = profile.user
    if user.username != username or not user.check_password(demo_password()):
        existing = User.objects.filter(username=username).exclude(pk=user.pk).first()
        if existing is not None:  # the named demo learner from lms.demo: keep that account, attach the profile
            LearnerProfile.objects.filter(pk=profile.pk).update(user=existing)
            user.delete()
            profile.refresh_from_db()
            user = existing
        user.username = username
        user.set_password(demo_password())
        user.save()
    return profile


def _workers(calendar: DemoCalendar) -> list[LearnerProfile]:
    profiles = []
    for username, phone, name, female, born, tax_code, status, admitted in NAMED_WORKERS:
        data = ProfileData(
            full_name=name,
            date_of_birth=born,
            gender=Gender.FEMALE if female else Gender.MALE,
            phone=phone,
            national_id=_national_id(born, female, 100 + len(profiles)),
            job="Công nhân may",
            education_level=EducationLevel.UPPER_SECONDARY,
            party_status=status,
            admission_date=calendar.optional_day(admitted),
            union_member=True,
            youth_union_member=True,
        )
        profiles.append(_ensure_worker(username, data, Enterprise.objects.get(tax_code=tax_code)))
    for index, enterprise in enumerate(Enterprise.objects.order_by("tax_code")):
        for slot in range(3):
            n = index * 3 + slot
            female = n % 3 != 1
            born = date(1985 + n % 17, 1 + n % 12, 1 + n % 27)
            middle, given = (MIDDLE_F, GIVEN_F) if female else (MIDDLE_M, GIVEN_M)
            status, admitted, paper_certificate = DEADLINES_BY_USERNAME.get(
                f"cn{n:03d}", (PartyStatus.OUTSTANDING_NON_MEMBER, None, None)
            )
            data = ProfileData(
                full_name=f"{FAMILY[n % len(FAMILY)]} {middle[n % len(middle)]} {given[(n * 5) % len(given)]}",
                date_of_birth=born,
                gender=Gender.FEMALE if female else Gender.MALE,
                phone=f"0356{n:06d}",
                national_id=_national_id(born, female, 1000 + n),
                job=JOBS[n % len(JOBS)],
                education_level=EDUCATION[n % len(EDUCATION)],
                union_member=n % 4 != 0,
                youth_union_member=born.year >= 1996,
                party_status=status,
                admission_date=calendar.optional_day(admitted),
                awareness_certificate_date=calendar.optional_day(paper_certificate),
            )
            profiles.append(_ensure_worker(f"cn{n:03d}", data, enterprise))
    return profiles


def _cohorts(instructor: User, calendar: DemoCalendar) -> dict[str, Cohort]:
    """The demo's classes by their code as written."""
    cohorts = {}
    for code, kind, unit, zone, opens, closes, capacity in COHORTS:
        cohort, _created = Cohort.objects.update_or_create(
            code=calendar.code(code),
            defaults={
                "course": CoursePage.objects.get(programme_kind=kind),
                "organizing_unit": OrganizingUnit.objects.get(name=unit),
                "zone": Zone.objects.get(name=zone),
                "opens_on": calendar.day(opens),
                "closes_on": calendar.day(closes),
                "capacity": capacity,
                "enrolment_opens_on": calendar.day(date(2026, 11, 1)),
                "enrolment_closes_on": calendar.day(opens),
                "status": CohortStatus.OPEN,
            },
        )
        if cohort.organizing_unit.name == COHORTS[0][2]:
            cohort.instructors.add(instructor)
        cohorts[code] = cohort
    return cohorts


@transaction.atomic
def load_classes() -> None:
    calendar = demo_calendar()
    workers = _workers(calendar)
    organizer, nominator = User.objects.get(username="tochuc"), User.objects.get(username="congdoan")
    cohorts = _cohorts(User.objects.get(username="giangvien"), calendar)
    sao_mai = [w for w in workers if w.enterprise.tax_code == "3801234560"]
    recommendation = (
        "Hoàn thành tốt nhiệm vụ sản xuất, tích cực tham gia hoạt động công đoàn, được tổ sản xuất tín nhiệm."
    )
    plan = [  # worker, programme, decision
        (sao_mai[0], ProgrammeKind.AWARENESS, "approve"),  # hocvien
        (sao_mai[1], ProgrammeKind.NEW_MEMBER, "approve"),  # hocvien2 (probationary)
        (sao_mai[2], ProgrammeKind.AWARENESS, "approve"),
        (sao_mai[3], ProgrammeKind.AWARENESS, "reject"),
        (sao_mai[4], ProgrammeKind.AWARENESS, "pending"),
    ]
    for worker, kind, decision in plan:
        if Nomination.objects.filter(learner=worker, programme_kind=kind).exists():
            continue
        nomination = nomination_create(
            actor=nominator, learner=worker, programme_kind=kind, recommendation=recommendation
        )
        if decision == "approve":
            code = "NTĐ-2026-05" if kind == ProgrammeKind.AWARENESS else "ĐVM-2026-02"
            nomination_approve(actor=organizer, nomination=nomination, cohort=cohorts[code])
        elif decision == "reject":
            nomination_reject(
                actor=organizer,
                nomination=nomination,
                reason="Chưa đủ 12 tháng làm việc tại doanh nghiệp; đề nghị giới thiệu vào năm sau.",
            )
    # A roster-style direct enrolment in the other zone's class, so both organizing units have learners.
    dong_xoai = [w for w in workers if w.enterprise.zone.name == "Khu công nghiệp Đồng Xoài II"]
    for worker in dong_xoai[:4]:
        if not Enrolment.objects.filter(learner=worker.user, cohort=cohorts["NTĐ-2026-06"]).exists():
            enrolment_create(actor=None, learner=worker.user, cohort=cohorts["NTĐ-2026-06"])
