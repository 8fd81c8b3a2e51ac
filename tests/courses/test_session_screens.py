"""The screens around sessions: learners' shifts and changes, organizers' session and shift-group screens."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import Booking, BookingFlag, RosterChange, Session, SessionStatus, ShiftGroup, ShiftMembership
from courses.services import booking_create
from tests.courses.test_bookings import evening  # noqa: F401  (fixture)
from tests.courses.test_sessions import MONDAY, local, setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _change(kind, start, end, note=""):
    return {
        "kind": kind,
        "start_day": f"{start:%d/%m/%Y}",
        "start_time": f"{start:%H:%M}",
        "end_day": f"{end:%d/%m/%Y}",
        "end_time": f"{end:%H:%M}",
        "note": note,
    }


def test_a_learner_records_overtime_sees_the_clash_and_keeps_or_cancels(world, evening):
    profile = world.learners["a1"]
    booking_create(actor=profile.user, learner=profile.user, session=evening)
    client = _client(profile.user)
    page = client.get(reverse("courses:my_roster"))
    assert page.status_code == 200 and "Tổ hành chính" in page.content.decode()
    bad = client.post(reverse("courses:my_roster"), _change("overtime", local(1, 20), local(1, 17)))
    assert bad.status_code == 200 and "phải kết thúc sau" in bad.content.decode()
    assert not RosterChange.objects.exists()
    response = client.post(
        reverse("courses:my_roster"), _change("overtime", local(1, 17), local(1, 20), "Tăng ca"), follow=True
    )
    assert "trùng với ca làm việc" in response.content.decode()
    sessions_page = client.get(reverse("courses:my_sessions")).content.decode()
    assert 'data-flag="roster_clash"' in sessions_page
    booking = Booking.objects.get(learner=profile.user)
    assert booking.flag == BookingFlag.ROSTER_CLASH
    client.post(reverse("courses:acknowledge_booking", args=[booking.pk]))
    assert Booking.objects.get(pk=booking.pk).flag == BookingFlag.NONE
    change = RosterChange.objects.get()
    assert (
        _client(world.learners["a2"].user).post(reverse("courses:roster_change_delete", args=[change.pk])).status_code
        == 404
    )
    client.post(reverse("courses:roster_change_delete", args=[change.pk]))
    assert not RosterChange.objects.exists()


def test_the_learner_roster_lists_the_coming_shifts(world, setup, settings):
    client = _client(world.learners["a2"].user)  # three shifts rotating weekly
    html = client.get(reverse("courses:my_roster")).content.decode()
    assert "Ca 3" in html and html.count("<li><strong>") >= 10


def test_an_organizer_adds_a_weekly_series_then_moves_and_cancels_one(world, setup):
    module, venue = setup
    client = _client(world.organizers["a"])
    form = {
        "module": module.pk,
        "day": f"{MONDAY + dt.timedelta(days=2):%d/%m/%Y}",
        "start": "19:00",
        "minutes": 150,
        "venue": venue.pk,
        "instructor": world.instructors["a"].pk,
        "capacity": "",
        "weeks": 3,
    }
    assert client.post(reverse("courses:session_add", args=[world.cohorts["a"].pk]), form).status_code == 302
    sessions = list(Session.objects.order_by("starts_at"))
    assert [s.starts_at for s in sessions] == [local(2 + 7 * n, 19) for n in range(3)]
    again = client.post(reverse("courses:session_add", args=[world.cohorts["a"].pk]), form)
    assert again.status_code == 200 and "đã có lịch" in again.content.decode()
    assert Session.objects.count() == 3
    detail = reverse("courses:session_detail", args=[sessions[1].pk])
    # Wednesday 19:00–21:30: the day-shift worker fits; the night crew (22:00 start, 60 min travel) only when
    # its rotation is on mornings.
    first_week = client.get(reverse("courses:session_detail", args=[sessions[0].pk])).content.decode()
    assert "1 trong số 2 học viên" in first_week  # the night crew is on nights that week
    assert "2 trong số 2 học viên" in client.get(detail).content.decode()  # and on mornings the next
    assert _client(world.organizers["b"]).get(detail).status_code == 404
    moved = client.post(detail, {"day": f"{MONDAY + dt.timedelta(days=10):%d/%m/%Y}", "start": "18:00", "minutes": 120})
    assert moved.status_code == 302
    sessions[1].refresh_from_db()
    assert (sessions[1].starts_at, sessions[1].ends_at) == (local(10, 18), local(10, 20))
    assert (
        _client(world.organizers["b"]).post(reverse("courses:session_cancel", args=[sessions[1].pk])).status_code == 404
    )
    client.post(reverse("courses:session_cancel", args=[sessions[1].pk]))
    sessions[1].refresh_from_db()
    assert sessions[1].status == SessionStatus.CANCELLED
    assert (
        "Buổi học đã bị hủy" in client.get(detail).content.decode() or "Đã hủy" in client.get(detail).content.decode()
    )


def test_shift_groups_are_created_and_filled_within_scope(world, setup):
    client = _client(world.organizers["a"])
    pattern = ShiftGroup.objects.get(name="Ca 3").pattern
    response = client.post(
        reverse("courses:shift_groups"),
        {
            "enterprise": world.enterprises["a"].pk,
            "name": "Tổ 5",
            "pattern": pattern.pk,
            "anchor_date": f"{MONDAY:%d/%m/%Y}",
        },
    )
    group = ShiftGroup.objects.get(name="Tổ 5")
    assert response.status_code == 302
    duplicate = client.post(
        reverse("courses:shift_groups"),
        {
            "enterprise": world.enterprises["a"].pk,
            "name": "Tổ 5",
            "pattern": pattern.pk,
            "anchor_date": f"{MONDAY:%d/%m/%Y}",
        },
    )
    assert "đã có" in duplicate.content.decode()
    url = reverse("courses:shift_group", args=[group.pk])
    page = client.get(url).content.decode()
    assert world.learners["a1"].user.get_full_name() in page
    assert world.learners["b1"].user.get_full_name() not in page  # another enterprise's worker
    client.post(url, {"members": [world.learners["a1"].pk]})
    assert ShiftMembership.objects.get(learner=world.learners["a1"]).group == group
    assert ShiftMembership.objects.get(learner=world.learners["a2"]).group.name == "Ca 3"
    assert _client(world.organizers["b"]).get(url).status_code == 404
    foreign = _client(world.organizers["b"]).post(
        reverse("courses:shift_groups"),
        {
            "enterprise": world.enterprises["a"].pk,
            "name": "Tổ 6",
            "pattern": pattern.pk,
            "anchor_date": f"{MONDAY:%d/%m/%Y}",
        },
    )
    assert foreign.status_code == 404 and not ShiftGroup.objects.filter(name="Tổ 6").exists()
