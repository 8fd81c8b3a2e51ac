"""Demo rosters, venues and planned sessions. Idempotent."""

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from courses.models import (
    SEAT_STATES,
    Booking,
    Cohort,
    DeliveryMode,
    Enrolment,
    ModulePage,
    Session,
    ShiftGroup,
    ShiftMembership,
    ShiftPattern,
    Venue,
)
from courses.rosters import PRESETS, preset
from courses.selectors.scheduling import learner_session_offers
from courses.services import booking_create, plan_accept, plan_propose, venue_create
from courses.services.sessions import session_series_create
from lms.demo_calendar import demo_calendar
from lms.models import Enterprise, LearnerProfile, Zone

PATTERN_NAMES = {
    "day_mon_sat": "Hành chính 08:00–17:00, thứ Hai–thứ Bảy",
    "three_shift_weekly": "Ba ca đảo ca hằng tuần (6–14, 14–22, 22–6)",
    "two_two_three": "Bốn kíp, ca 12 giờ, lịch 2-2-3",
    "four_on_four_off": "Ca 12 giờ, làm 4 nghỉ 4",
}
MONDAY = date(2026, 11, 30)  # the shift rotations' first week, as written (lms.demo_calendar moves it)
VENUES = [
    ("Hội trường Ban quản lý KCN Minh Hưng – Hàn Quốc", "Khu công nghiệp Minh Hưng – Hàn Quốc", 80),
    ("Nhà văn hóa công nhân Chơn Thành", "Khu công nghiệp Chơn Thành II", 120),
    ("Phòng họp Công ty TNHH Gỗ nội thất Đồng Xoài", "Khu công nghiệp Đồng Xoài II", 40),
]


@transaction.atomic
def load_schedule() -> None:
    calendar = demo_calendar()
    patterns = {}
    for key in PRESETS:
        cycle = preset(key)
        patterns[key], _created = ShiftPattern.objects.update_or_create(
            name=PATTERN_NAMES[key],
            defaults={"cycle_days": cycle.days, "shifts": [shift.as_dict() for shift in cycle.shifts]},
        )
    for enterprise in Enterprise.objects.order_by("tax_code"):
        crews = [("Tổ hành chính", "day_mon_sat", 0)]
        if enterprise.workforce >= 1000:
            crews += [(f"Ca {n + 1}", "three_shift_weekly", 7 * n) for n in range(3)]
        elif enterprise.workforce >= 400:
            crews += [(f"Kíp {'ABCD'[n]}", "two_two_three", 7 * n) for n in range(4)]
        groups = []
        for name, key, offset in crews:
            group, _created = ShiftGroup.objects.update_or_create(
                enterprise=enterprise,
                name=name,
                defaults={"pattern": patterns[key], "anchor_date": calendar.day(MONDAY) - timedelta(days=offset)},
            )
            groups.append(group)
        for index, profile in enumerate(LearnerProfile.objects.filter(enterprise=enterprise).order_by("pk")):
            ShiftMembership.objects.update_or_create(learner=profile, defaults={"group": groups[index % len(groups)]})
    venues = {}
    for name, zone, seats in VENUES:
        venue = Venue.objects.filter(name=name).first()
        venues[zone] = venue or venue_create(name=name, zone=Zone.objects.get(name=zone), capacity=seats)
    cohort = Cohort.objects.get(code=calendar.code("NTĐ-2026-05"))
    for module in ModulePage.objects.child_of(cohort.course).exclude(delivery_mode=DeliveryMode.ONLINE):
        if Session.objects.filter(cohort=cohort, module=module).exists():
            continue
        first_day = _first_bookable_day(cohort.opens_on)
        proposal = plan_propose(
            cohort=cohort,
            module=module,
            date_from=first_day,
            date_to=first_day + timedelta(days=13),
            k=2,
            venue=venues[cohort.zone.name],
            instructor=cohort.instructors.order_by("pk").first(),
            length=timedelta(hours=3),
        )
        plan_accept(
            actor=None,
            cohort=cohort,
            module=module,
            venue=venues[cohort.zone.name],
            instructor=cohort.instructors.order_by("pk").first(),
            proposal=proposal,
        )
    _weekly_series(Cohort.objects.get(code=calendar.code("ĐVM-2026-02")), venues)
    # The demo learners book the first session of each in-person lesson that fits them.
    for enrolment in Enrolment.objects.filter(cohort=cohort, state__in=SEAT_STATES).select_related("learner"):
        learner = enrolment.learner
        for offer in learner_session_offers(user=learner):
            already = Booking.objects.filter(
                learner=learner, module=offer.session.module_id, state__in=["booked", "waitlisted"]
            ).exists()
            if offer.booking is None and not already:
                try:
                    booking_create(actor=learner, learner=learner, session=offer.session)
                except ValidationError:
                    continue  # overlaps another booked lesson: left to the learner


def _weekly_series(cohort: Cohort, venues: dict) -> None:
    """The new-member class meets on Sunday mornings, when no crew of the zone works a day shift: a weekly series."""
    module = ModulePage.objects.child_of(cohort.course).exclude(delivery_mode=DeliveryMode.ONLINE).first()
    if module is None or Session.objects.filter(cohort=cohort, module=module).exists():
        return
    first_day = _first_bookable_day(cohort.opens_on)
    sunday = first_day + timedelta(days=(6 - first_day.weekday()) % 7)
    start = timezone.make_aware(datetime.combine(sunday, time(8)))
    session_series_create(
        actor=None,
        cohort=cohort,
        module=module,
        venue=venues[cohort.zone.name],
        instructor=cohort.instructors.order_by("pk").first(),
        start=start,
        end=start + timedelta(hours=3),
        weeks=4,
    )


def _first_bookable_day(opens_on: date) -> date:
    """The first day the demo plans sessions on: the class's first day, or the day after tomorrow once that has come.

    Sessions in the past could not be booked (bookings close BOOKING_DEADLINE_HOURS before the start), so a demo
    loaded after its classes opened still shows its learners sessions to book.
    """
    return max(opens_on, timezone.localdate() + timedelta(days=2))
