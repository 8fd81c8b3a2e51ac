"""The demo's calendar moves the dates it was written with by whole weeks, to the week it is first loaded."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from lms.demo_calendar import WRITTEN_ON, DemoCalendar, demo_calendar
from tests.factories import UserFactory


def test_loaded_on_the_day_it_was_written_nothing_moves():
    calendar = DemoCalendar(loaded_on=WRITTEN_ON + timedelta(days=6))
    assert calendar.weeks == 0
    assert calendar.day(date(2027, 1, 29)) == date(2027, 1, 29)
    assert calendar.code("NTĐ-2026-05") == "NTĐ-2026-05"
    assert calendar.optional_day(None) is None


def test_loaded_later_dates_move_by_whole_weeks_and_keep_their_weekday():
    calendar = DemoCalendar(loaded_on=date(2028, 5, 17))  # a Wednesday, 75 weeks and 2 days after WRITTEN_ON
    assert calendar.weeks == 75
    assert calendar.day(WRITTEN_ON) == date(2028, 5, 15)
    moved = calendar.day(date(2026, 12, 13))  # a Sunday
    assert moved == date(2028, 5, 21) and moved.weekday() == 6


def test_class_codes_take_the_demo_years_number():
    calendar = DemoCalendar(loaded_on=date(2028, 5, 15))
    assert calendar.year == 2028
    assert calendar.code("ĐVM-2026-02") == "ĐVM-2028-02"
    assert calendar.code("BENCH-1") == "BENCH-1"


def test_a_demo_loaded_before_it_was_written_keeps_the_dates_as_written():
    # Demo databases made by earlier versions, whose dates were fixed: loading the demo again must not move them.
    calendar = DemoCalendar(loaded_on=WRITTEN_ON - timedelta(days=20))
    assert calendar.weeks == 0 and calendar.day(WRITTEN_ON) == WRITTEN_ON


@pytest.mark.django_db
def test_the_week_is_the_one_the_demo_organizer_account_was_made():
    assert demo_calendar() == DemoCalendar(loaded_on=timezone.localdate())
    UserFactory(username="tochuc", date_joined=timezone.make_aware(datetime(2027, 3, 3, 10)))
    assert demo_calendar().day(WRITTEN_ON) == date(2027, 3, 1)
