"""A learner on a night-shift week sees only the sessions that fit and books one; the instructor opens the
check-in screen and the learner's phone check-in marks them present."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import Attendance, Booking, BookingState, DeliveryMode
from courses.services import check_in_code, current_window, session_create
from tests.browser.helpers import PASSWORD, PHONE, login
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_night_worker_books_a_fitting_session_and_checks_in(browser, live_server, world, setup, screenshot):  # noqa: F811
    module, venue = setup
    night_worker = world.learners["a2"].user  # on 22:00–06:00 shifts this week
    night_worker.set_password(PASSWORD)
    night_worker.save()
    evening = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=local(1, 18, 30),
        end=local(1, 21, 30),
    )
    afternoon = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=local(1, 15),
        end=local(1, 18),
    )
    base = live_server.url

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    phone = context.new_page()
    login(phone, base, night_worker.username)
    phone.goto(f"{base}{reverse('courses:my_sessions')}")
    cards = phone.locator(".session-card")
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("15:00")
    screenshot(phone, "1-only-fitting-sessions")
    cards.first.get_by_role("button").click()
    expect(phone.locator(".msg").first).to_be_visible()
    assert Booking.objects.get(learner=night_worker).session_id == afternoon.pk
    assert not Booking.objects.filter(session=evening).exists()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # A session happening now, for another in-person lesson, which the worker has booked.
    other = world.curriculum.modules[2]
    other.delivery_mode = DeliveryMode.IN_PERSON
    other.save_revision().publish()
    now = timezone.now()
    running = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=other,
        venue=venue,
        instructor=world.instructors["a"],
        start=now - timedelta(minutes=5),
        end=now + timedelta(hours=2),
    )
    Booking.objects.create(session=running, module=other, learner=night_worker, state=BookingState.BOOKED)

    staff = browser.new_context(locale="vi-VN")
    screen = staff.new_page()
    login(screen, base, world.instructors["a"].username)
    screen.goto(f"{base}{reverse('courses:check_in_screen', args=[running.pk])}")
    expect(screen.locator("#check-in-qr")).to_be_visible()
    expect(screen.locator(f"tr[data-learner='{night_worker.pk}'] select")).to_have_value("")  # not yet checked in
    screenshot(screen, "2-check-in-screen")

    window = current_window()  # the code on screen now (it stays good in the next 30 s window too)
    phone.goto(f"{base}{reverse('courses:check_in', args=[running.pk, window, check_in_code(running.pk, window)])}")
    expect(phone.locator("h1")).to_contain_text("Đã điểm danh")
    screenshot(phone, "3-checked-in")
    assert Attendance.objects.get(session=running, learner=night_worker).by_qr
    screen.reload()
    expect(screen.locator(f"tr[data-learner='{night_worker.pk}'] select")).to_have_value("present")
    context.close()
    staff.close()
