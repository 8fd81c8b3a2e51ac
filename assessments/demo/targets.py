"""The organisation board's targets for the demo year, so the report shows progress against them. Idempotent:
a target edited on the screen is kept."""

from assessments.models import YearTarget
from courses.models import ProgrammeKind
from lms.models import Zone

YEAR = 2026
# Workers of the zone who should pass each programme in the year (fictional figures).
TARGETS = {
    "Khu công nghiệp Chơn Thành II": {ProgrammeKind.AWARENESS: 10, ProgrammeKind.NEW_MEMBER: 4},
    "Khu công nghiệp Minh Hưng – Hàn Quốc": {ProgrammeKind.AWARENESS: 12},
    "Khu công nghiệp Đồng Xoài II": {ProgrammeKind.AWARENESS: 8},
}


def load_targets() -> None:
    for zone_name, targets in TARGETS.items():
        zone = Zone.objects.get(name=zone_name)
        for kind, passed in targets.items():
            YearTarget.objects.get_or_create(
                zone=zone, year=YEAR, programme_kind=kind, defaults={"workers_to_pass": passed}
            )
