import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from courses import scheduling
from courses.models import DeliveryMode, Enrolment, RosterChange, Session, ShiftGroup, ShiftMembership, ShiftPattern
from courses.rosters import preset
from courses.selectors.scheduling import Candidate, fits_matrix
from courses.services import plan_accept, plan_propose, session_create, venue_create
from tests.clock import monday_in

pytestmark = pytest.mark.django_db
MONDAY = monday_in(weeks=2)


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    naive = dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))
    return timezone.make_aware(naive)


@pytest.fixture
def setup(world):
    module = world.curriculum.modules[0]
    module.delivery_mode = DeliveryMode.IN_PERSON
    module.save_revision().publish()
    venue = venue_create(name="Hội trường Ban quản lý KCN", zone=world.zones["a"], capacity=2)
    day = ShiftPattern.objects.create(
        name="Hành chính", cycle_days=7, shifts=[s.as_dict() for s in preset("day_mon_sat").shifts]
    )
    night = ShiftPattern.objects.create(
        name="Ba ca", cycle_days=21, shifts=[s.as_dict() for s in preset("three_shift_weekly").shifts]
    )
    enterprise = world.enterprises["a"]
    day_group = ShiftGroup.objects.create(enterprise=enterprise, name="Tổ hành chính", pattern=day, anchor_date=MONDAY)
    # This crew is on nights (22:00–06:00) in MONDAY's week: cycle day 14 is that Monday.
    night_group = ShiftGroup.objects.create(
        enterprise=enterprise, name="Ca 3", pattern=night, anchor_date=MONDAY - dt.timedelta(days=14)
    )
    ShiftMembership.objects.create(learner=world.learners["a1"], group=day_group)
    ShiftMembership.objects.create(learner=world.learners["a2"], group=night_group)
    for key in ("a1", "a2"):
        Enrolment.objects.create(learner=world.learners[key].user, cohort=world.cohorts["a"], state="enrolled")
    return module, venue


def test_fit_follows_each_learners_roster(world, setup):
    evening, afternoon = Candidate(local(1, 18, 30), local(1, 21, 30)), Candidate(local(1, 15), local(1, 18))
    fits = fits_matrix([world.learners["a1"], world.learners["a2"]], [evening, afternoon])
    assert fits.tolist() == [[True, False], [False, True]]
    RosterChange.objects.create(
        learner=world.learners["a1"], kind="overtime", starts_at=local(1, 17), ends_at=local(1, 20)
    )
    assert not fits_matrix([world.learners["a1"]], [evening])[0, 0]


def _propose(world, module, venue, *, k: int, days: int):
    """Three-hour sessions of class A with its instructor, from Monday to Monday + `days`."""
    return plan_propose(
        cohort=world.cohorts["a"],
        module=module,
        date_from=MONDAY,
        date_to=MONDAY + dt.timedelta(days=days),
        k=k,
        venue=venue,
        instructor=world.instructors["a"],
        length=dt.timedelta(hours=3),
    )


def test_planner_proposes_times_that_fit_and_explains_the_rest(world, setup):
    module, venue = setup
    proposal = _propose(world, module, venue, k=2, days=0)
    assert proposal.coverage == 2
    # With overtime on Monday evening, no single time fits both: one session leaves someone out, with the reason.
    RosterChange.objects.create(
        learner=world.learners["a1"], kind="overtime", starts_at=local(0, 17), ends_at=local(0, 21)
    )
    one = _propose(world, module, venue, k=1, days=0)
    assert one.coverage == 1 and len(one.reasons) == 1
    proposal = _propose(world, module, venue, k=2, days=1)
    assert proposal.coverage == 2
    sessions = plan_accept(
        actor=world.organizers["a"],
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        proposal=proposal,
    )
    assert len(sessions) == len(proposal.chosen) == Session.objects.count() >= 1
    # The sessions are events on the venue's calendar, read through the occurrence API.
    event = sessions[0].event
    assert event.calendar_id == venue.calendar_id
    assert len(scheduling.occurrences(event, local(0, 0), local(7, 0))) == 1


def test_no_double_booking_of_a_venue_or_an_instructor(world, setup):
    module, venue = setup
    session_create(
        actor=world.organizers["a"],
        cohort=world.cohorts["a"],
        module=module,
        venue=venue,
        instructor=world.instructors["a"],
        start=local(2, 18),
        end=local(2, 21),
    )
    with pytest.raises(ValidationError):
        session_create(
            actor=world.organizers["a"],
            cohort=world.cohorts["a"],
            module=module,
            venue=venue,
            instructor=None,
            start=local(2, 20),
            end=local(2, 22),
        )
    other_venue = venue_create(name="Nhà văn hóa công nhân", zone=world.zones["a"])
    with pytest.raises(ValidationError):
        session_create(
            actor=world.organizers["a"],
            cohort=world.cohorts["a"],
            module=module,
            venue=other_venue,
            instructor=world.instructors["a"],
            start=local(2, 19),
            end=local(2, 20),
        )
    with pytest.raises(PermissionDenied):
        session_create(
            actor=world.organizers["b"],
            cohort=world.cohorts["a"],
            module=module,
            venue=other_venue,
            instructor=None,
            start=local(3, 8),
            end=local(3, 9),
        )


def test_online_lessons_have_no_sessions(world, setup):
    _module, venue = setup
    online = world.curriculum.modules[1]
    with pytest.raises(ValidationError):
        session_create(
            actor=None,
            cohort=world.cohorts["a"],
            module=online,
            venue=venue,
            instructor=None,
            start=local(3, 8),
            end=local(3, 9),
        )


def test_plan_sessions_command(world, setup, capsys):
    module, venue = setup
    args = [
        "plan_sessions",
        "--cohort",
        world.cohorts["a"].code,
        "--module",
        str(module.pk),
        "--from",
        f"{MONDAY:%d/%m/%Y}",
        "--to",
        f"{MONDAY:%d/%m/%Y}",
        "-k",
        "2",
        "--venue",
        str(venue.pk),
        "--lang",
        "en",
    ]
    call_command(*args)
    out = capsys.readouterr().out
    assert "2 of 2 learners" in out and Session.objects.count() == 0
    call_command(*args, "--accept")
    assert Session.objects.count() >= 1  # one evening may suit everybody: the planner adds no useless session
    with pytest.raises(CommandError):
        call_command(
            "plan_sessions",
            "--cohort",
            "KHONG-CO",
            "--module",
            "1",
            "--from",
            f"{MONDAY:%d/%m/%Y}",
            "--to",
            f"{MONDAY:%d/%m/%Y}",
        )
    with pytest.raises(CommandError):
        call_command(*args[:7], "31/02/2026", *args[8:])


def test_planner_screen_proposes_then_creates(world, setup):
    from django.test import Client
    from django.urls import reverse

    module, venue = setup
    client = Client()
    client.force_login(world.organizers["a"])
    url = reverse("courses:plan_sessions", args=[world.cohorts["a"].pk])
    form = {
        "module": module.pk,
        "date_from": f"{MONDAY:%d/%m/%Y}",
        "date_to": f"{MONDAY + dt.timedelta(days=1):%d/%m/%Y}",
        "k": "2",
        "minutes": "180",
        "venue": venue.pk,
        "instructor": world.instructors["a"].pk,
    }
    page = client.post(url, form | {"propose": "1"})
    assert page.status_code == 200 and 'class="proposal"' in page.content.decode()
    assert Session.objects.count() == 0
    assert client.post(url, form | {"accept": "1"}).status_code == 302
    assert Session.objects.count() >= 1
    bad = client.post(url, form | {"date_to": f"{MONDAY - dt.timedelta(days=6):%d/%m/%Y}", "propose": "1"})
    assert bad.status_code == 200 and "errors" in bad.content.decode()
