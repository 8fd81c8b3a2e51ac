"""Shift-roster maths: when a worker is on shift, and when they can come to a session.

A roster is a cycle of days anchored on a date (cycle day 0). Each shift starts on a cycle day at a local time and
lasts some minutes, so a night shift simply runs past midnight. Vietnam has no daylight saving, so local naive
datetimes are exact here; callers convert at the edges.

Availability for a session = no blocked interval overlaps it, where each shift blocks
[start − travel buffer, end + travel buffer (+ rest period if it is a night shift)].
One-off changes: overtime and swapped-in shifts add busy time; leave frees the shifts that start inside it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

NIGHT_START = time(22, 0)
NIGHT_END = time(6, 0)
NIGHT_MIN_OVERLAP = timedelta(hours=3)  # a shift with at least this much of 22:00–06:00 is a night shift


@dataclass(frozen=True)
class Shift:
    day: int  # cycle day on which the shift starts
    start: time
    minutes: int

    def as_dict(self) -> dict:
        return {"day": self.day, "start": self.start.strftime("%H:%M"), "minutes": self.minutes}

    @classmethod
    def from_dict(cls, data: dict) -> Shift:
        hours, minutes = map(int, data["start"].split(":"))
        return cls(day=int(data["day"]), start=time(hours, minutes), minutes=int(data["minutes"]))


@dataclass(frozen=True)
class Cycle:
    """A repeating roster: `days` long, with its shifts; anchored on a date by the shift group."""

    days: int
    shifts: tuple[Shift, ...]

    def __post_init__(self):
        if self.days < 1:
            raise ValueError("a cycle lasts at least one day")
        for shift in self.shifts:
            if not 0 <= shift.day < self.days or not 0 < shift.minutes <= 24 * 60:
                raise ValueError(f"invalid shift {shift}")


class ChangeKind(StrEnum):
    OVERTIME = "overtime"  # extra busy time
    SWAP_IN = "swap_in"  # a shift taken over from a colleague (busy)
    LEAVE = "leave"  # shifts starting inside the period are not worked


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Rules:
    travel_buffer: timedelta = timedelta(minutes=60)
    night_rest: timedelta = timedelta(hours=8)


def _night_overlap(start: datetime, end: datetime) -> timedelta:
    total = timedelta(0)
    day = start.date() - timedelta(days=1)
    while datetime.combine(day, NIGHT_START) < end:
        window_start = datetime.combine(day, NIGHT_START)
        window_end = datetime.combine(day + timedelta(days=1), NIGHT_END)
        overlap = min(end, window_end) - max(start, window_start)
        if overlap > timedelta(0):
            total += overlap
        day += timedelta(days=1)
    return total


def is_night(start: datetime, end: datetime) -> bool:
    return _night_overlap(start, end) >= NIGHT_MIN_OVERLAP


def shifts_between(cycle: Cycle, anchor: date, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """Every shift of the cycle that overlaps [start, end), as (start, end) local datetimes, sorted."""
    found = []
    first_day = start.date() - timedelta(days=2)  # shifts that began before `start` may still be running
    day = first_day
    while day <= end.date():
        cycle_day = (day - anchor).days % cycle.days
        for shift in cycle.shifts:
            if shift.day == cycle_day:
                shift_start = datetime.combine(day, shift.start)
                shift_end = shift_start + timedelta(minutes=shift.minutes)
                if shift_start < end and shift_end > start:
                    found.append((shift_start, shift_end))
        day += timedelta(days=1)
    return sorted(found)


@dataclass
class Busy:
    """The blocked intervals of one worker over a window, ready for fast overlap queries."""

    starts: list[datetime] = field(default_factory=list)
    ends: list[datetime] = field(default_factory=list)
    max_length: timedelta = timedelta(0)

    def add(self, start: datetime, end: datetime) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.max_length = max(self.max_length, end - start)

    def sort(self) -> Busy:
        order = sorted(range(len(self.starts)), key=self.starts.__getitem__)
        self.starts = [self.starts[i] for i in order]
        self.ends = [self.ends[i] for i in order]
        return self

    def free(self, start: datetime, end: datetime) -> bool:
        """True when no blocked interval overlaps [start, end)."""
        # Only intervals that start before `end` and no earlier than `start - max_length` can overlap.
        low = bisect_left(self.starts, start - self.max_length)
        high = bisect_left(self.starts, end)
        return all(self.ends[i] <= start for i in range(low, high))


def busy_time(
    cycle: Cycle | None,
    anchor: date | None,
    window_start: datetime,
    window_end: datetime,
    rules: Rules,
    changes: tuple[Change, ...] = (),
) -> Busy:
    """Blocked intervals over the window: shifts and changes, widened by travel and night rest."""
    margin = rules.travel_buffer + rules.night_rest + timedelta(days=1)
    shifts = []
    if cycle is not None and anchor is not None:
        shifts = shifts_between(cycle, anchor, window_start - margin, window_end + margin)
    leaves = [(c.start, c.end) for c in changes if c.kind == ChangeKind.LEAVE]
    worked = [s for s in shifts if not any(leave_start <= s[0] < leave_end for leave_start, leave_end in leaves)]
    worked += [(c.start, c.end) for c in changes if c.kind != ChangeKind.LEAVE]
    busy = Busy()
    for start, end in worked:
        rest = rules.night_rest if is_night(start, end) else timedelta(0)
        busy.add(start - rules.travel_buffer, end + rules.travel_buffer + rest)
    return busy.sort()


# Common rosters in industrial zones (used by the demo and offered as presets).
def preset(name: str) -> Cycle:
    if name == "day_mon_sat":  # fixed day shift 08:00–17:00, Monday–Saturday (anchor on a Monday)
        return Cycle(7, tuple(Shift(d, time(8), 9 * 60) for d in range(6)))
    if name == "three_shift_weekly":  # 06–14 / 14–22 / 22–06, rotating every week (anchor on a Monday)
        shifts = []
        for week, (hour, _label) in enumerate(((6, "morning"), (14, "afternoon"), (22, "night"))):
            shifts += [Shift(week * 7 + d, time(hour), 8 * 60) for d in range(6)]
        return Cycle(21, tuple(shifts))
    if name == "two_two_three":  # four crews, 12-hour shifts, 2-2-3 ("Panama") over 28 days, days then nights
        on_days = [0, 1, 4, 5, 6, 9, 10]
        shifts = [Shift(d, time(6), 12 * 60) for d in on_days] + [Shift(14 + d, time(18), 12 * 60) for d in on_days]
        return Cycle(28, tuple(shifts))
    if name == "four_on_four_off":  # 12-hour days, four on, four off
        return Cycle(8, tuple(Shift(d, time(7), 12 * 60) for d in range(4)))
    raise KeyError(name)


PRESETS = ("day_mon_sat", "three_shift_weekly", "two_two_three", "four_on_four_off")
