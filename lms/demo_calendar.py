"""The demo's calendar. Its dates are written as they look on WRITTEN_ON; a demo loaded later moves every one of them
by the whole weeks since, so whenever it is loaded its classes are running, its sessions can be booked, its
reflections are not yet due and its deadlines lie ahead (weekdays and shift rotations stay as written). The week
is fixed by the first load, when the demo's accounts are made, so loading the demo again changes nothing."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from lms.models import User

WRITTEN_ON = date(2026, 12, 7)  # a Monday
ANCHOR_USERNAME = "tochuc"  # the demo's organizer: the account's creation day is the day the demo was first loaded


@dataclass(frozen=True)
class DemoCalendar:
    loaded_on: date  # the day the demo was first loaded

    @property
    def weeks(self) -> int:
        # Never back: a demo database made before WRITTEN_ON holds the dates as written.
        return max(0, (self.loaded_on - WRITTEN_ON).days // 7)

    def day(self, written: date) -> date:
        return written + timedelta(weeks=self.weeks)

    def optional_day(self, written: date | None) -> date | None:
        return None if written is None else self.day(written)

    @property
    def year(self) -> int:
        """The demo's current year: the year WRITTEN_ON moves to."""
        return self.day(WRITTEN_ON).year

    def code(self, written: str) -> str:
        """A class code written with WRITTEN_ON's year, with the demo's current year instead."""
        return written.replace(f"-{WRITTEN_ON.year}-", f"-{self.year}-")


def demo_calendar() -> DemoCalendar:
    joined = User.objects.filter(username=ANCHOR_USERNAME).values_list("date_joined", flat=True).first()
    return DemoCalendar(loaded_on=timezone.localdate(joined) if joined else timezone.localdate())
