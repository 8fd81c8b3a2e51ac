import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from courses.models import SessionStatus
from courses.services import booking_create, calendar_feed_for, calendar_feed_rotate, session_create
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def _feed(client: Client, token: str) -> Calendar:
    response = client.get(reverse("courses:calendar_feed", args=[token]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_private_feed_is_valid_and_holds_only_the_learners_sessions(world, setup):  # noqa: F811
    module, venue = setup
    mine = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        start=local(1, 18, 30),
        end=local(1, 21, 30),
    )
    booking_create(actor=world.learners["a1"].user, learner=world.learners["a1"].user, session=mine)
    feed = calendar_feed_for(user=world.learners["a1"].user)
    calendar = _feed(Client(), feed.token)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["UID"]).startswith(f"session-{mine.pk}@")
    assert event.decoded("DTSTART") == mine.starts_at and str(event["STATUS"]) == "CONFIRMED"
    assert "Bài 1" in str(event["SUMMARY"])
    # Another learner's feed shows nothing of this booking; the instructor's shows the session.
    assert _feed(Client(), calendar_feed_for(user=world.learners["b1"].user).token).walk("VEVENT") == []
    assert len(_feed(Client(), calendar_feed_for(user=world.instructors["a"]).token).walk("VEVENT")) == 1
    # A cancelled session stays in the feed as CANCELLED, so phones remove it.
    mine.status = SessionStatus.CANCELLED
    mine.save()
    assert str(_feed(Client(), feed.token).walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_rotating_the_token_revokes_the_old_address(world):
    user = world.learners["a1"].user
    old = calendar_feed_for(user=user).token
    new = calendar_feed_rotate(user=user).token
    assert old != new
    assert Client().get(reverse("courses:calendar_feed", args=[old])).status_code == 404
    assert Client().get(reverse("courses:calendar_feed", args=[new])).status_code == 200


def test_feed_queries_do_not_grow_with_sessions(world, setup, django_assert_max_num_queries):  # noqa: F811
    module, venue = setup
    learner = world.learners["a1"].user
    from courses.models import Booking

    for day in range(4):
        session = session_create(
            actor=None,
            cohort=world.cohorts["a"],
            module=module,
            venue=venue,
            instructor=None,
            start=local(day, 18, 30),
            end=local(day, 21),
        )
        Booking.objects.create(session=session, module=module, learner=learner, state="cancelled" if day else "booked")
    feed = calendar_feed_for(user=learner)
    with django_assert_max_num_queries(4):
        body = Client().get(reverse("courses:calendar_feed", args=[feed.token])).content
    assert len(Calendar.from_ical(body).walk("VEVENT")) == 4
