import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from courses.models import Booking, BookingState, Enrolment
from courses.services import booking_cancel, booking_create, session_create
from tests.courses.test_sessions import local, setup  # noqa: F401  (fixture)
from tests.factories import CohortFactory, LearnerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def evening(world, setup):  # noqa: F811
    module, venue = setup  # venue capacity 2; a1 day shift, a2 night crew this week
    return session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=local(1, 18, 30),
        end=local(1, 21, 30),
    )


def test_capacity_waiting_list_and_promotion(world, evening):
    third = LearnerProfileFactory(enterprise=world.enterprises["a"])
    Enrolment.objects.create(learner=third.user, cohort=world.cohorts["a"], state="enrolled")
    extra = LearnerProfileFactory(enterprise=world.enterprises["a"])
    Enrolment.objects.create(learner=extra.user, cohort=world.cohorts["a"], state="enrolled")
    first = booking_create(actor=world.learners["a1"].user, learner=world.learners["a1"].user, session=evening)
    booking_create(actor=third.user, learner=third.user, session=evening)
    waiting = booking_create(actor=extra.user, learner=extra.user, session=evening)
    assert [first.state, waiting.state] == [BookingState.BOOKED, BookingState.WAITLISTED]
    assert (
        booking_create(actor=world.learners["a1"].user, learner=world.learners["a1"].user, session=evening).pk
        == first.pk
    )  # double tap
    promoted = booking_cancel(actor=world.learners["a1"].user, booking=first)
    assert promoted.pk == waiting.pk and promoted.state == BookingState.BOOKED


def test_roster_clash_needs_the_organizers_override(world, evening):
    night_worker = world.learners["a2"].user  # on nights this week: 18:30–21:30 runs into the 22:00 shift's buffer
    with pytest.raises(ValidationError, match="roster|lịch ca"):
        booking_create(actor=night_worker, learner=night_worker, session=evening)
    booking = booking_create(actor=world.organizers["a"], learner=night_worker, session=evening)
    assert booking.overridden_by == world.organizers["a"]
    with pytest.raises(PermissionDenied):
        booking_create(actor=world.organizers["b"], learner=world.learners["a1"].user, session=evening)


def test_one_session_per_lesson_no_overlap_and_a_deadline(world, setup, evening):  # noqa: F811
    module, venue = setup
    learner = world.learners["a1"].user
    booking_create(actor=learner, learner=learner, session=evening)
    later = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=None,
        start=local(2, 18, 30),
        end=local(2, 21, 30),
    )
    with pytest.raises(ValidationError):
        booking_create(actor=learner, learner=learner, session=later)
    other_module = world.curriculum.modules[2]
    other_module.delivery_mode = "in_person"
    other_module.save_revision().publish()
    from courses.services import venue_create

    hall = venue_create(name="Hội trường 2", zone=world.zones["a"])
    overlapping = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=other_module,
        venue=hall,
        instructor=None,
        start=local(1, 19),
        end=local(1, 21),
    )
    with pytest.raises(ValidationError):
        booking_create(actor=learner, learner=learner, session=overlapping)
    past = session_create(
        actor=None,
        cohort=world.cohorts["a"],
        module=other_module,
        venue=hall,
        instructor=None,
        start=local(-400, 18, 30),
        end=local(-400, 21),
    )
    with pytest.raises(ValidationError):
        booking_create(actor=learner, learner=learner, session=past)


def test_make_up_in_another_class_of_the_same_course(world, setup, evening):  # noqa: F811
    module, venue = setup
    other_class = CohortFactory(
        code="NTĐ-BÙ", course=world.curriculum.course, organizing_unit=world.units["a"], zone=world.zones["a"]
    )
    makeup = session_create(
        actor=None, cohort=other_class, module=module, venue=venue, instructor=None, start=local(6, 9), end=local(6, 12)
    )
    learner = world.learners["a1"].user
    assert booking_create(actor=learner, learner=learner, session=makeup).state == BookingState.BOOKED
    stranger = LearnerProfileFactory(enterprise=world.enterprises["b"]).user
    with pytest.raises(ValidationError):
        booking_create(actor=stranger, learner=stranger, session=makeup)


def test_learner_page_shows_only_fitting_sessions_and_books(world, evening):
    client = Client()
    client.force_login(world.learners["a2"].user)  # night crew: the evening session does not fit
    assert "session-card" not in client.get(reverse("courses:my_sessions")).content.decode()
    client.force_login(world.learners["a1"].user)
    page = client.get(reverse("courses:my_sessions")).content.decode()
    assert "session-card" in page
    client.post(reverse("courses:book_session", args=[evening.pk]))
    assert Booking.objects.get(learner=world.learners["a1"].user).state == BookingState.BOOKED
    other = Client()
    other.force_login(world.learners["a2"].user)
    booking = Booking.objects.get()
    assert other.post(reverse("courses:cancel_booking", args=[booking.pk])).status_code == 404
