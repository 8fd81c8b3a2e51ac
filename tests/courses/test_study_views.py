"""The home page's links and lists for staff who also land on it: instructors, report readers."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import CohortFactory

pytestmark = pytest.mark.django_db


def test_an_instructor_sees_the_classes_they_teach_and_not_others(client, world):
    today = timezone.localdate()
    running = world.cohorts["a"]  # running today, whenever the test runs (the factory's dates are fixed)
    running.opens_on, running.closes_on = today - timedelta(days=10), today + timedelta(days=50)
    running.save()
    ended_long_ago = CohortFactory(
        code="NTĐ-CU", course=world.curriculum.course, opens_on=date(2024, 1, 5), closes_on=date(2024, 3, 1)
    )
    ended_long_ago.instructors.add(world.instructors["a"])
    just_ended = CohortFactory(
        code="NTĐ-VUA",
        course=world.curriculum.course,
        opens_on=today - timedelta(days=60),
        closes_on=today - timedelta(days=20),
    )
    just_ended.instructors.add(world.instructors["a"])
    client.force_login(world.instructors["a"])
    page = client.get(reverse("courses:learner_home")).content.decode()
    assert "Lớp tôi giảng dạy" in page
    assert reverse("courses:cohort_detail", args=[world.cohorts["a"].pk]) in page
    assert reverse("assessments:cohort_reflections", args=[world.cohorts["a"].pk]) in page
    assert reverse("courses:week_view") in page
    assert "NTĐ-VUA" in page  # grading may still be going on
    assert "NTĐ-B" not in page and "NTĐ-CU" not in page


def test_learners_see_no_staff_links(client, world):
    client.force_login(world.learners["a1"].user)
    page = client.get(reverse("courses:learner_home")).content.decode()
    assert "Lớp tôi giảng dạy" not in page
    for url in (reverse("courses:week_view"), reverse("assessments:report"), reverse("courses:organizer_home")):
        assert url not in page


def test_report_viewers_and_organizers_find_the_report(client, world):
    for user in (world.report_viewer, world.organizers["a"]):
        client.force_login(user)
        assert reverse("assessments:report") in client.get(reverse("courses:learner_home")).content.decode()
