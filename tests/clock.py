"""Dates and durations for tests that meet the real clock.

A fixed date turns into the past one day and the test starts failing at some hours and not others; a fixed
allowance for the time between two calls fails the day the machine stalls. These are counted from the clock
instead.
"""

import datetime as dt
import math
import time

from django.utils import timezone


def monday_in(weeks: int) -> dt.date:
    """The Monday `weeks` weeks after this week's Monday, in the site's time zone.

    Two weeks on, every hour of that week is more than a week away: past any booking deadline, and still ahead
    when a test run crosses midnight.
    """
    today = timezone.localdate()
    return today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks)


class Stopwatch:
    """Real time since it was made, in whole seconds rounded up: the most a service can have counted meanwhile."""

    def __init__(self) -> None:
        self._started = time.monotonic()

    @property
    def seconds(self) -> int:
        return math.ceil(time.monotonic() - self._started)
