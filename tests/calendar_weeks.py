"""Dates for tests that meet the real clock: sessions a learner may still book, rosters for the weeks ahead.

A fixed date turns into the past one day and the test starts failing at some hours and not others; these are
counted from the day the tests run instead.
"""

import datetime as dt

from django.utils import timezone


def monday_in(weeks: int) -> dt.date:
    """The Monday `weeks` weeks after this week's Monday, in the site's time zone.

    Two weeks on, every hour of that week is more than a week away: past any booking deadline, and still ahead
    when a test run crosses midnight.
    """
    today = timezone.localdate()
    return today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=weeks)
