"""The demo's sessions are planned where its learners can still book them, whenever the demo is loaded."""

from datetime import date, timedelta

from django.utils import timezone

from courses.demo.schedule import _first_bookable_day


def test_a_class_that_has_not_opened_is_planned_from_its_first_day():
    opens_on = timezone.localdate() + timedelta(days=30)
    assert _first_bookable_day(opens_on) == opens_on


def test_a_class_that_opened_before_the_demo_was_loaded_is_planned_from_the_day_after_tomorrow():
    assert _first_bookable_day(date(2026, 12, 7) - timedelta(days=400)) == timezone.localdate() + timedelta(days=2)
