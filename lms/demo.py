"""Demo data for the core: role groups, one user per role, zones and enterprises. Idempotent."""

import os
from dataclasses import dataclass

from django.db import transaction

from lms.models import Enterprise, Ownership, User, Zone, ZoneKind
from lms.roles import Role
from lms.services import role_groups_sync, user_ensure

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
        "Công ty TNHH Giày da Phước Thành",
        "3801234571",
        "Khu công nghiệp Chơn Thành II",
        Ownership.FOREIGN,
        "Đài Loan (Trung Quốc)",
        3100,
    ),
    (
        "Công ty Cổ phần Chế biến Điều Đồng Phú",
        "3801234582",
        "Khu công nghiệp Bắc Đồng Phú",
        Ownership.DOMESTIC,
        "",
        650,
    ),
    (
        "Công ty TNHH Linh kiện Điện tử Hikari",
        "3801234593",
        "Khu công nghiệp Becamex - Bình Phước",
        Ownership.FOREIGN,
        "Nhật Bản",
        1800,
    ),
    ("Công ty TNHH Gỗ nội thất Đồng Xoài", "3801234604", "Khu công nghiệp Đồng Xoài II", Ownership.DOMESTIC, "", 420),
    ("Công ty TNHH Logistics Hoa Lư", "3801234615", "Khu kinh tế Cửa khẩu Hoa Lư", Ownership.DOMESTIC, "", 120),
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
            },
        )
    return DEMO_USERS
