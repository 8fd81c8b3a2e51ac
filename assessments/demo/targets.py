"""The organisation board's targets for the demo year, so the report shows progress against them. Idempotent:
a target edited on the screen is kept."""

from assessments.demo.graduates import Term
from assessments.models import TargetMeasure, YearTarget
from lms.demo_calendar import demo_calendar
from lms.models import Zone

# Workers of the zone who should pass each programme or be admitted to the Party, and enterprises of the zone that
# should found a party cell, in the year (fictional figures).
TARGETS = {
    "Khu công nghiệp Chơn Thành II": {TargetMeasure.AWARENESS: 10, TargetMeasure.NEW_MEMBER: 4},
    "Khu công nghiệp Minh Hưng – Hàn Quốc": {
        TargetMeasure.AWARENESS: 12,
        TargetMeasure.ADMITTED: 3,
        TargetMeasure.PARTY_CELLS: 2,
    },
    "Khu công nghiệp Đồng Xoài II": {TargetMeasure.AWARENESS: 8},
}


def load_targets() -> None:
    calendar = demo_calendar()
    # The year the demo was loaded in, the year its first class opens and the year its graduates were certified:
    # one year, unless the demo was first loaded in the first weeks of a year.
    years = {calendar.loaded_on.year, calendar.year, Term.on(calendar).issued_on.year}
    for zone_name, targets in TARGETS.items():
        zone = Zone.objects.get(name=zone_name)
        for measure, number in targets.items():
            for year in years:
                YearTarget.objects.get_or_create(zone=zone, year=year, measure=measure, defaults={"number": number})
