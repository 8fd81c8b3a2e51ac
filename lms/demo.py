"""Demo data for the core: role groups, one user per role, zones and enterprises. Idempotent."""

import os
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lms.demo_calendar import demo_calendar
from lms.models import (
    ActivationCode,
    Enterprise,
    Gender,
    LearnerProfile,
    OrganizingUnit,
    OrganizingUnitKind,
    Ownership,
    StaffAssignment,
    Union,
    UnionKind,
    User,
    Zone,
    ZoneKind,
)
from lms.roles import Role
from lms.services import ProfileData, learner_create, role_groups_sync, user_ensure
from lms.services.activation import code_hash, normalise_code

PROVINCE = "Bình Phước"

# The zones named in the provincial project (seeds); the enterprises are fictional.
ZONES = [
    ("Khu công nghiệp Đồng Xoài II", ZoneKind.INDUSTRIAL),
    ("Khu công nghiệp Bắc Đồng Phú", ZoneKind.INDUSTRIAL),
    ("Khu công nghiệp Chơn Thành II", ZoneKind.INDUSTRIAL),
    ("Khu công nghiệp Minh Hưng III", ZoneKind.INDUSTRIAL),
    ("Khu công nghiệp Minh Hưng – Hàn Quốc", ZoneKind.INDUSTRIAL),
    ("Khu công nghiệp Becamex - Bình Phước", ZoneKind.INDUSTRIAL),
    ("Khu kinh tế Cửa khẩu Hoa Lư", ZoneKind.ECONOMIC),
]

# Enterprises with their own party cell, and when it was founded (fictional dates, moved by lms.demo_calendar).
PARTY_CELLS = {"3801234560": date(2026, 3, 3), "3801234571": date(2019, 9, 2)}

ENTERPRISES = [
    # name, tax code, zone, ownership, investor country, workforce
    (
        "Công ty TNHH May mặc Sao Mai",
        "3801234560",
        "Khu công nghiệp Minh Hưng – Hàn Quốc",
        Ownership.FOREIGN,
        "Hàn Quốc",
        2400,
    ),
    (
        "Công ty TNHH Điện tử Hanvi",
        "3801234626",
        "Khu công nghiệp Minh Hưng – Hàn Quốc",
        Ownership.FOREIGN,
        "Hàn Quốc",
        1300,
    ),
    (
        "Công ty TNHH Giày da Phước Thành",
        "3801234571",
        "Khu công nghiệp Chơn Thành II",
        Ownership.FOREIGN,
        "Đài Loan (Trung Quốc)",
        3100,
    ),
    ("Công ty Cổ phần Bao bì Chơn Thành", "3801234637", "Khu công nghiệp Chơn Thành II", Ownership.DOMESTIC, "", 380),
    (
        "Công ty Cổ phần Chế biến Điều Đồng Phú",
        "3801234582",
        "Khu công nghiệp Bắc Đồng Phú",
        Ownership.DOMESTIC,
        "",
        650,
    ),
    (
        "Công ty TNHH Sợi Bắc Đồng Phú",
        "3801234648",
        "Khu công nghiệp Bắc Đồng Phú",
        Ownership.FOREIGN,
        "Trung Quốc",
        900,
    ),
    (
        "Công ty TNHH Linh kiện Điện tử Hikari",
        "3801234593",
        "Khu công nghiệp Becamex - Bình Phước",
        Ownership.FOREIGN,
        "Nhật Bản",
        1800,
    ),
    (
        "Công ty TNHH Thực phẩm Becamex Xanh",
        "3801234659",
        "Khu công nghiệp Becamex - Bình Phước",
        Ownership.DOMESTIC,
        "",
        520,
    ),
    ("Công ty TNHH Gỗ nội thất Đồng Xoài", "3801234604", "Khu công nghiệp Đồng Xoài II", Ownership.DOMESTIC, "", 420),
    ("Công ty TNHH Cơ khí Tân Đồng Xoài", "3801234660", "Khu công nghiệp Đồng Xoài II", Ownership.DOMESTIC, "", 210),
    ("Công ty TNHH Nhựa Minh Hưng", "3801234671", "Khu công nghiệp Minh Hưng III", Ownership.FOREIGN, "Singapore", 760),
    ("Công ty Cổ phần Cao su Minh Hưng", "3801234682", "Khu công nghiệp Minh Hưng III", Ownership.DOMESTIC, "", 450),
    ("Công ty TNHH Logistics Hoa Lư", "3801234615", "Khu kinh tế Cửa khẩu Hoa Lư", Ownership.DOMESTIC, "", 120),
    ("Công ty TNHH Kho vận Lộc Ninh", "3801234693", "Khu kinh tế Cửa khẩu Hoa Lư", Ownership.DOMESTIC, "", 90),
]

# Organizing units, how they sign certificates, and the zones they cover (fictional names; kinds as in the brief).
ORGANIZING_UNITS = [
    (
        "Trung tâm Chính trị huyện Chơn Thành",
        OrganizingUnitKind.TRAINING_CENTRE,
        True,
        ("HUYỆN ỦY CHƠN THÀNH", "Nguyễn Văn Khải", "Giám đốc", "Chơn Thành"),
        [
            "Khu công nghiệp Chơn Thành II",
            "Khu công nghiệp Minh Hưng III",
            "Khu công nghiệp Minh Hưng – Hàn Quốc",
            "Khu công nghiệp Becamex - Bình Phước",
        ],
    ),
    (
        "Trung tâm Chính trị thành phố Đồng Xoài",
        OrganizingUnitKind.TRAINING_CENTRE,
        True,
        ("THÀNH ỦY ĐỒNG XOÀI", "Trần Thị Thu Hà", "Phó Giám đốc", "Đồng Xoài"),
        ["Khu công nghiệp Đồng Xoài II", "Khu công nghiệp Bắc Đồng Phú", "Khu kinh tế Cửa khẩu Hoa Lư"],
    ),
]


@dataclass(frozen=True)
class DemoLogin:
    role: Role | None
    username: str
    full_name: str


DEMO_USERS = [
    DemoLogin(Role.LEARNER, "hocvien", "Nguyễn Thị Lan"),
    DemoLogin(Role.LEARNER, "hocvien2", "Trần Văn Hùng"),
    DemoLogin(Role.INSTRUCTOR, "giangvien", "Lê Minh Tuấn"),
    DemoLogin(Role.ORGANIZER, "tochuc", "Phạm Thu Hà"),
    DemoLogin(Role.CONTENT_EDITOR, "bientap", "Võ Thanh Bình"),
    DemoLogin(Role.CONTENT_APPROVER, "duyet", "Đỗ Quốc Khánh"),
    DemoLogin(Role.UNION_NOMINATOR, "congdoan", "Hoàng Thị Mai"),
    DemoLogin(Role.REPORT_VIEWER, "baocao", "Bùi Văn Nam"),
    DemoLogin(None, "quantri", "Quản trị hệ thống"),
]


def demo_password() -> str:
    """Demo accounts share one password, from DEMO_PASSWORD; the default is for a local demo only."""
    return os.environ.get("DEMO_PASSWORD", "hoctap2026")


@transaction.atomic
def load_people() -> list[DemoLogin]:
    role_groups_sync()
    password = demo_password()
    for login in DEMO_USERS:
        user, _created = user_ensure(
            username=login.username,
            password=password,
            full_name=login.full_name,
            roles=(login.role,) if login.role else (),
        )
        if login.role is None and not user.is_superuser:
            User.objects.filter(pk=user.pk).update(is_superuser=True, is_staff=True)
    calendar = demo_calendar()  # after the accounts: the first load's week
    zones = {}
    for name, kind in ZONES:
        zones[name], _created = Zone.objects.update_or_create(name=name, defaults={"kind": kind, "province": PROVINCE})
    for name, tax_code, zone_name, ownership, country, workforce in ENTERPRISES:
        Enterprise.objects.update_or_create(
            tax_code=tax_code,
            defaults={
                "name": name,
                "zone": zones[zone_name],
                "ownership": ownership,
                "investor_country": country,
                "workforce": workforce,
                "party_cell_founded_on": calendar.optional_day(PARTY_CELLS.get(tax_code)),
            },
        )
    units = {}
    for name, kind, issues, (parent, signer, title, place), zone_names in ORGANIZING_UNITS:
        units[name], _created = OrganizingUnit.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "issues_certificates": issues,
                "parent_body": parent,
                "signer_name": signer,
                "signer_title": title,
                "place": place,
            },
        )
        units[name].zones.set([zones[zone_name] for zone_name in zone_names])
    for enterprise in Enterprise.objects.all():
        Union.objects.update_or_create(
            enterprise=enterprise,
            kind=UnionKind.TRADE_UNION,
            defaults={"name": f"Công đoàn cơ sở {enterprise.name.removeprefix('Công ty ')}"},
        )
        if enterprise.workforce >= 1000:
            Union.objects.update_or_create(
                enterprise=enterprise,
                kind=UnionKind.YOUTH_UNION,
                defaults={"name": f"Chi đoàn {enterprise.name.removeprefix('Công ty ')}"},
            )
    first_unit = units[ORGANIZING_UNITS[0][0]]
    users = {login.username: User.objects.get(username=login.username) for login in DEMO_USERS}
    assignments = [
        (users["tochuc"], Role.ORGANIZER, first_unit, None),
        (users["giangvien"], Role.INSTRUCTOR, first_unit, None),
        (users["baocao"], Role.REPORT_VIEWER, None, None),
        (
            users["congdoan"],
            Role.UNION_NOMINATOR,
            None,
            Union.objects.get(enterprise__tax_code="3801234560", kind=UnionKind.TRADE_UNION),
        ),
    ]
    for user, role, unit, union in assignments:
        StaffAssignment.objects.get_or_create(user=user, role=role, organizing_unit=unit, union=union)
    return DEMO_USERS


@dataclass(frozen=True)
class DemoActivation:
    phone: str
    full_name: str
    code: str


# A worker imported from a roster who has not activated their account yet, with a code known to the demo.
DEMO_ACTIVATION = DemoActivation("0356999001", "Lý Thị Ngọc Ánh", "KHTN-2468")


@transaction.atomic
def load_activation_demo() -> DemoActivation | None:
    """The not-yet-activated worker and their code; None once the demo worker has activated the account."""
    profile = LearnerProfile.objects.filter(phone=DEMO_ACTIVATION.phone).select_related("user").first()
    if profile is None:
        data = ProfileData(
            full_name=DEMO_ACTIVATION.full_name,
            date_of_birth=date(1999, 4, 12),
            gender=Gender.FEMALE,
            phone=DEMO_ACTIVATION.phone,
            job="Công nhân đóng gói",
        )
        profile = learner_create(actor=None, enterprise=Enterprise.objects.get(tax_code="3801234560"), data=data)
    if profile.user.has_usable_password():
        return None
    hashed = code_hash(normalise_code(DEMO_ACTIVATION.code))
    ActivationCode.objects.filter(user=profile.user, used_at__isnull=True).exclude(code_hash=hashed).delete()
    ActivationCode.objects.update_or_create(
        code_hash=hashed,
        defaults={
            "user": profile.user,
            "batch": "demo",
            "used_at": None,
            "failed_attempts": 0,
            "expires_at": timezone.now() + timedelta(days=settings.ACTIVATION_CODE_DAYS),
        },
    )
    return DEMO_ACTIVATION
