"""Closing a class: results computed one last time, enrolments made final (completed / not completed), nothing
changing them afterwards, what must be settled first, reopening, who may do it, the screens and the command."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import CompletionPolicy, Reflection, Result
from assessments.selectors.closing import closing_preview
from assessments.selectors.results import gradebook, transcript
from assessments.services.certificates import certificate_issue, eligible_results
from assessments.services.closing import cohort_close
from assessments.services.reflections import reflection_grade
from assessments.services.results import results_refresh_cohort
from courses.models import Cohort, CohortStatus, DeliveryMode, Enrolment, EnrolmentState, ModulePage
from courses.services import cohort_reopen, cohort_save, enrolment_create, enrolment_transition, session_create
from courses.services.sessions import venue_create
from tests.assessments.certificate_fixtures import passed
from tests.factories import LearnerProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def klass(world):
    """Class A: a1 passed, a2 failed (reflection 3/10), b1 did nothing, and a withdrawn learner."""
    cohort = world.cohorts["a"]
    cohort.status = CohortStatus.RUNNING
    cohort.save()
    units = world.units["a"]
    units.issues_certificates = True
    units.save()
    assert passed(world.learners["a1"].user, cohort).passed
    assert not passed(world.learners["a2"].user, cohort, score="3.00").passed
    Enrolment.objects.create(learner=world.learners["b1"].user, cohort=cohort, state=EnrolmentState.ENROLLED)
    withdrawn = world.organizers["b"]  # anyone: only the state matters
    Enrolment.objects.create(learner=withdrawn, cohort=cohort, state=EnrolmentState.WITHDRAWN)
    return cohort


def _states(cohort: Cohort) -> dict[str, str]:
    return dict(Enrolment.objects.filter(cohort=cohort).values_list("learner__username", "state"))


def test_closing_makes_every_state_final_from_the_results(world, klass):
    outcome = cohort_close(actor=world.organizers["a"], cohort=klass)
    assert outcome == {"completed": 1, "not_completed": 2}
    assert _states(klass) == {
        "learner_a1": "completed",
        "learner_a2": "not_completed",
        "learner_b1": "not_completed",
        "organizer_b": "withdrawn",
    }
    klass.refresh_from_db()
    assert klass.status == CohortStatus.CLOSED and klass.is_final and klass.closed_by == world.organizers["a"]
    event = Enrolment.objects.get(cohort=klass, learner=world.learners["a1"].user).events.last()
    assert (event.from_state, event.to_state, event.actor) == ("enrolled", "completed", world.organizers["a"])
    assert event.note == "Lớp đã kết thúc"


def test_results_of_a_closed_class_no_longer_follow_later_changes(world, klass):
    cohort_close(actor=world.organizers["a"], cohort=klass)
    before = Result.objects.get(cohort=klass, learner=world.learners["a1"].user)
    # A year later the course demands more: the closed class's results must stay as they were.
    CompletionPolicy.objects.filter(course=klass.course).update(reflection_threshold=Decimal("9.00"))
    assert results_refresh_cohort(cohort=klass) == 0
    after = Result.objects.get(cohort=klass, learner=world.learners["a1"].user)
    assert (after.passed, after.band, after.computed_at) == (True, before.band, before.computed_at)
    record = transcript(learner=world.learners["a1"].user, cohort=klass)
    assert record.result["passed"] and record.result["band"] == before.band  # the stored result, not a new one
    # An open class of the same course follows the new policy as before.
    open_class = world.cohorts["b"]
    assert not passed(world.learners["b1"].user, open_class, score="8.40").passed


def test_a_closed_class_keeps_its_learners_in_the_gradebook_and_certifies_only_who_completed(world, klass):
    cohort_close(actor=world.organizers["a"], cohort=klass)
    names = [row.learner.username for row in gradebook(cohort=klass).rows]
    assert sorted(names) == ["learner_a1", "learner_a2", "learner_b1"]
    assert [result.learner.username for result in eligible_results(cohort=klass)] == ["learner_a1"]
    certificate = certificate_issue(actor=world.organizers["a"], learner=world.learners["a1"].user, cohort=klass)
    assert certificate.band == "good"
    with pytest.raises(ValidationError):
        certificate_issue(actor=world.organizers["a"], learner=world.learners["a2"].user, cohort=klass)


def test_a_closed_class_takes_no_new_learners_grades_or_hand_made_states(world, klass):
    cohort_close(actor=world.organizers["a"], cohort=klass)
    newcomer = LearnerProfileFactory(enterprise=world.enterprises["a"]).user
    with pytest.raises(ValidationError) as error:
        enrolment_create(actor=world.organizers["a"], learner=newcomer, cohort=klass)
    assert error.value.code == "closed"
    withdrawn = Enrolment.objects.get(cohort=klass, state=EnrolmentState.WITHDRAWN)
    with pytest.raises(ValidationError):
        enrolment_transition(actor=world.organizers["a"], enrolment=withdrawn, to_state=EnrolmentState.ENROLLED)
    klass.instructors.add(world.instructors["a"])
    reflection = Reflection.objects.get(learner=world.learners["a2"].user)
    criterion = reflection.assignment.criteria.get()
    with pytest.raises(ValidationError) as error:
        reflection_grade(actor=world.instructors["a"], reflection=reflection, points={str(criterion.pk): "9"})
    assert error.value.code == "closed"
    assert Reflection.objects.get(pk=reflection.pk).score == Decimal("3.00")


def test_closing_waits_for_ungraded_reflections_and_coming_sessions(world, klass):
    Reflection.objects.filter(learner=world.learners["a2"].user).update(state="submitted", score=None)
    module = world.curriculum.modules[0]
    ModulePage.objects.filter(pk=module.pk).update(delivery_mode=DeliveryMode.IN_PERSON)
    module.refresh_from_db()
    venue = venue_create(name="Hội trường A", zone=world.zones["a"])
    start = timezone.now() + timedelta(days=2)
    end = start + timedelta(hours=3)
    session_create(actor=None, cohort=klass, module=module, venue=venue, instructor=None, start=start, end=end)
    preview = closing_preview(cohort=klass)
    assert preview.blockers == [
        "1 bài thu hoạch đang chờ chấm điểm.",
        "1 buổi học tập trung chưa diễn ra: hãy tổ chức hoặc hủy trước.",
    ]
    with pytest.raises(ValidationError) as error:
        cohort_close(actor=world.organizers["a"], cohort=klass)
    assert error.value.messages == preview.blockers
    klass.refresh_from_db()
    assert not klass.is_final and set(_states(klass).values()) == {"enrolled", "withdrawn"}


def test_only_the_classes_organizer_closes_or_reopens_it(world, klass):
    for outsider in (world.organizers["b"], world.instructors["a"], world.learners["a1"].user, world.report_viewer):
        with pytest.raises(PermissionDenied):
            cohort_close(actor=outsider, cohort=klass)
    assert not Cohort.objects.get(pk=klass.pk).is_final
    cohort_close(actor=world.organizers["a"], cohort=klass)
    with pytest.raises(PermissionDenied):
        cohort_reopen(actor=world.organizers["b"], cohort=klass, reason="Nhầm")
    assert Cohort.objects.get(pk=klass.pk).is_final


def test_closing_twice_is_refused_and_changes_nothing(world, klass):
    cohort_close(actor=world.organizers["a"], cohort=klass)
    closed_at = Cohort.objects.get(pk=klass.pk).closed_at
    with pytest.raises(ValidationError) as error:
        cohort_close(actor=world.organizers["a"], cohort=klass)
    assert error.value.code == "closed"
    assert Cohort.objects.get(pk=klass.pk).closed_at == closed_at
    assert Enrolment.objects.get(cohort=klass, learner=world.learners["a1"].user).events.count() == 1  # one close


def test_reopening_needs_a_reason_and_lets_results_follow_the_work_again(world, klass):
    cohort_close(actor=world.organizers["a"], cohort=klass)
    certificate = certificate_issue(actor=None, learner=world.learners["a1"].user, cohort=klass)
    with pytest.raises(ValidationError):
        cohort_reopen(actor=world.organizers["a"], cohort=klass, reason="  ")
    moved = cohort_reopen(actor=world.organizers["a"], cohort=klass, reason="Chấm lại bài thu hoạch của anh Bình")
    assert moved == 3
    assert set(_states(klass).values()) == {"enrolled", "withdrawn"}
    klass.refresh_from_db()
    assert (klass.status, klass.closed_at, klass.closed_by) == (CohortStatus.RUNNING, None, None)
    event = Enrolment.objects.get(cohort=klass, learner=world.learners["a2"].user).events.last()
    assert (event.to_state, event.note) == ("enrolled", "Chấm lại bài thu hoạch của anh Bình")
    certificate.refresh_from_db()
    assert certificate.status == "valid"  # revoking is a separate, deliberate act
    # The grade can be corrected now and the result follows it; closing again makes a2 completed.
    reflection = Reflection.objects.get(learner=world.learners["a2"].user)
    criterion = reflection.assignment.criteria.get()
    reflection_grade(actor=world.organizers["a"], reflection=reflection, points={str(criterion.pk): "7.5"})
    assert cohort_close(actor=world.organizers["a"], cohort=klass) == {"completed": 2, "not_completed": 1}
    cohort_reopen(actor=world.organizers["a"], cohort=klass, reason="Mở lại lần nữa")
    with pytest.raises(ValidationError) as error:
        cohort_reopen(actor=world.organizers["a"], cohort=klass, reason="Bấm hai lần")
    assert error.value.code == "not_closed"


def test_editing_a_class_cannot_close_it_nor_reopen_it(world, klass):
    klass.status = CohortStatus.CLOSED
    with pytest.raises(ValidationError) as error:
        cohort_save(actor=world.organizers["a"], cohort=klass, instructors=[])
    assert "status" in error.value.message_dict
    cohort_close(actor=world.organizers["a"], cohort=Cohort.objects.get(pk=klass.pk))
    closed = Cohort.objects.get(pk=klass.pk)
    closed.status = CohortStatus.RUNNING
    with pytest.raises(ValidationError):
        cohort_save(actor=world.organizers["a"], cohort=closed, instructors=[])
    assert Cohort.objects.get(pk=klass.pk).is_final


def test_the_closing_screens(world, klass):
    client = Client()
    client.force_login(world.organizers["a"])
    url = reverse("assessments:cohort_close", args=[klass.pk])
    page = client.get(url).content.decode()
    assert "1 học viên sẽ hoàn thành lớp" in page and "2 học viên sẽ không hoàn thành lớp" in page
    assert "Lê Thị An" in page and "Đỗ Thị Chi" in page and "Đỗ Thị Chi</strong>: chưa nộp bài thu hoạch" in page
    response = client.post(url, follow=True)
    assert "Lớp NTĐ-A đã kết thúc. Hoàn thành: 1; không hoàn thành: 2." in response.content.decode()
    again = client.post(url, follow=True)  # a double tap
    assert again.status_code == 200 and "Lớp NTĐ-A đã kết thúc rồi." in again.content.decode()
    detail = client.get(reverse("courses:cohort_detail", args=[klass.pk])).content.decode()
    assert "trạng thái và kết quả của học viên đã được chốt" in detail
    first = Enrolment.objects.filter(cohort=klass).first()
    assert reverse("courses:enrolment_transition", args=[first.pk]) not in detail
    book = client.get(reverse("assessments:gradebook", args=[klass.pk])).content.decode()
    assert "Lê Thị An" in book and reverse("assessments:gradebook_recompute", args=[klass.pk]) not in book
    # The learner sees the class among the finished ones, with the certificate link.
    learner = Client()
    learner.force_login(world.learners["a1"].user)
    home = learner.get(reverse("courses:learner_home")).content.decode()
    assert "Lớp đã kết thúc" in home and "Đã hoàn thành" in home
    # Reopening from the page needs a reason.
    reopen = reverse("assessments:cohort_reopen", args=[klass.pk])
    assert "Hãy nêu lý do mở lại lớp." in client.post(reopen, {"reason": ""}, follow=True).content.decode()
    assert Cohort.objects.get(pk=klass.pk).is_final
    client.post(reopen, {"reason": "Chấm lại"})
    assert not Cohort.objects.get(pk=klass.pk).is_final


def test_closing_screens_are_for_the_classes_organizer_only(world, klass):
    url = reverse("assessments:cohort_close", args=[klass.pk])
    for user, status in (
        (world.organizers["b"], 404),
        (world.instructors["a"], 403),
        (world.learners["a1"].user, 403),
        (world.report_viewer, 403),
    ):
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == status
        assert client.post(url).status_code == status
    assert not Cohort.objects.get(pk=klass.pk).is_final


def test_close_class_command(world, klass, capsys):
    with pytest.raises(CommandError):
        call_command("close_class", "--cohort", "KHÔNG-CÓ")
    call_command("close_class", "--cohort", klass.code, "--lang", "en")
    out = capsys.readouterr().out
    assert "Completed: Lê Thị An" in out and "Not completed: Võ Văn Bình · the result is below the pass mark" in out
    assert "Not completed: Đỗ Thị Chi · reflection not submitted" in out and "Dry run" in out
    assert not Cohort.objects.get(pk=klass.pk).is_final
    call_command("close_class", "--cohort", klass.code, "--commit")
    assert "Lớp NTĐ-A đã kết thúc." in capsys.readouterr().out
    assert _states(klass)["learner_a1"] == "completed"
    with pytest.raises(CommandError, match="đã kết thúc rồi"):
        call_command("close_class", "--cohort", klass.code, "--commit")


def test_the_class_form_offers_no_closed_status_and_locks_it_once_closed(world, klass):
    client = Client()
    client.force_login(world.organizers["a"])
    url = reverse("courses:cohort_edit", args=[klass.pk])
    assert 'value="closed"' not in client.get(url).content.decode()
    cohort_close(actor=world.organizers["a"], cohort=klass)
    page = client.get(url).content.decode()
    assert "mở lại lớp ở trang của lớp" in page and 'name="status" disabled' in page
