from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from courses.rosters import Change, ChangeKind, Cycle, Rules, Shift, busy_time, is_night, preset, shifts_between

MONDAY = date(2026, 12, 7)
RULES = Rules(travel_buffer=timedelta(minutes=60), night_rest=timedelta(hours=8))


def at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day_offset), time(hour, minute))


def free(cycle, start, end, changes=(), anchor=MONDAY, rules=RULES) -> bool:
    return busy_time(cycle, anchor, start - timedelta(days=3), end + timedelta(days=3), rules, changes).free(start, end)


def test_fixed_day_shift_leaves_evenings_and_sundays():
    cycle = preset("day_mon_sat")
    assert not free(cycle, at(0, 9), at(0, 12))
    assert not free(cycle, at(0, 17, 30), at(0, 20))  # travel buffer after 17:00
    assert free(cycle, at(0, 18), at(0, 21))
    assert free(cycle, at(6, 8), at(6, 17))  # Sunday
    assert not free(cycle, at(7, 6, 30), at(7, 7, 30))  # the buffer before Monday's 08:00 start


def test_three_shift_rotation_changes_every_week():
    cycle = preset("three_shift_weekly")
    assert not free(cycle, at(0, 7), at(0, 9))  # week 1: mornings
    assert free(cycle, at(0, 16), at(0, 19))
    assert not free(cycle, at(7, 16), at(7, 19))  # week 2: afternoons
    assert free(cycle, at(7, 8), at(7, 11))
    assert not free(cycle, at(21, 7), at(21, 9))  # the cycle repeats after three weeks


def test_night_shift_crosses_midnight_and_needs_rest():
    cycle = preset("three_shift_weekly")  # week 3 (days 14–19): 22:00–06:00
    assert shifts_between(cycle, MONDAY, at(14, 23), at(15, 1)) == [(at(14, 22), at(15, 6))]
    assert not free(cycle, at(15, 0, 30), at(15, 2))  # still on the night shift
    assert not free(cycle, at(15, 9), at(15, 12))  # 06:00 + 1 h travel + 8 h rest = 15:00
    assert free(cycle, at(15, 15), at(15, 18))
    assert not free(cycle, at(15, 18), at(15, 21, 30))  # too close to the next 22:00 shift


def test_night_detection():
    assert is_night(at(0, 22), at(1, 6))
    assert is_night(at(0, 18), at(1, 6))
    assert not is_night(at(0, 6), at(0, 18))
    assert not is_night(at(0, 14), at(0, 22))


def test_overtime_leave_and_swapped_shifts():
    cycle = preset("day_mon_sat")
    overtime = Change(ChangeKind.OVERTIME, at(0, 17), at(0, 20))
    assert not free(cycle, at(0, 18), at(0, 21), (overtime,))
    leave = Change(ChangeKind.LEAVE, at(1, 0), at(2, 0))
    assert free(cycle, at(1, 9), at(1, 12), (leave,))
    swap = Change(ChangeKind.SWAP_IN, at(6, 8), at(6, 17))
    assert not free(cycle, at(6, 10), at(6, 12), (swap,))


def test_four_crews_two_two_three_and_four_on_four_off():
    crews = [preset("two_two_three")] * 4
    anchors = [MONDAY + timedelta(days=7 * crew) for crew in range(4)]
    on_duty = [
        not free(cycle, at(0, 10), at(0, 11), anchor=anchor) for cycle, anchor in zip(crews, anchors, strict=True)
    ]
    assert any(on_duty) and not all(on_duty)
    cycle = preset("four_on_four_off")
    assert [free(cycle, at(d, 12), at(d, 13)) for d in range(8)] == [False] * 4 + [True] * 4


@given(
    start_hour=st.integers(min_value=0, max_value=23),
    minutes=st.integers(min_value=60, max_value=16 * 60),
    probe=st.integers(min_value=0, max_value=3 * 24 * 60),
)
def test_a_slot_during_any_shift_is_never_free(start_hour, minutes, probe):
    cycle = Cycle(7, (Shift(0, time(start_hour), minutes),))
    shift_start = at(0, start_hour)
    moment = shift_start + timedelta(minutes=probe)
    slot_free = free(cycle, moment, moment + timedelta(minutes=30), rules=Rules(timedelta(0), timedelta(0)))
    overlaps = moment < shift_start + timedelta(minutes=minutes) and moment + timedelta(minutes=30) > shift_start
    assert slot_free == (not overlaps)
