"""Deadlines the organizers keep: the probation (the new-member class passed in time) and the awareness
certificate's validity before admission; the screen, its scope and query count, placing a worker in a class from
it, the learner's own reminder and the command."""

import io
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments.models import Certificate
from assessments.selectors.deadlines import (
    ProbationSituation,
    Urgency,
    certificate_expiries,
    deadline_counts,
    probation_deadlines,
)
from assessments.services.certificates import certificate_issue, certificate_revoke
from courses.models import CohortStatus, Enrolment, EnrolmentSettings, EnrolmentState, Nomination, ProgrammeKind
from lms.dates import add_months
from lms.models import PartyStatus, Zone
from tests.assessments.certificate_fixtures import graduates, passed  # noqa: F401  (fixture)
from tests.factories import CohortFactory, LearnerProfileFactory

pytestmark = pytest.mark.django_db

RULES = EnrolmentSettings()  # 12 months of probation, certificates valid 60 months


def _today():
    return timezone.localdate()


def _probationary(world, key: str, admitted_months_ago: int, name: str = ""):
    profile = world.learners.get(key) or LearnerProfileFactory(
        enterprise=world.enterprises[key[0]], user__full_name=name or f"Học viên {key}"
    )
    profile.party_status = PartyStatus.PROBATIONARY
    profile.admission_date = add_months(_today(), -admitted_months_ago)
    profile.save()
    world.learners[key] = profile
    return profile


def _zones(world, *keys):
    return Zone.objects.filter(pk__in=[world.zones[key].pk for key in keys])


def _new_member_class(world, key: str = "a", closes_in_days: int = 60, code: str = ""):
    return CohortFactory(
        code=code or f"ĐVM-{key.upper()}-{closes_in_days}",
        course=world.new_member_course,
        organizing_unit=world.units[key],
        zone=world.zones[key],
        opens_on=_today() - timedelta(days=10),
        closes_on=_today() + timedelta(days=closes_in_days),
    )


@pytest.fixture
def probation(world):
    """a1: probation ends in a month, no class; a2: ended a month ago, in a class that closes later;
    a3: ends in 10 months, nominated; a4: passed the new-member class; a5: in a class that closes in time;
    b1: another zone."""
    _probationary(world, "a1", 11)
    _probationary(world, "a2", 13)
    _probationary(world, "a3", 2)
    _probationary(world, "a4", 6)
    _probationary(world, "a5", 10)
    _probationary(world, "b1", 11)
    late_class = _new_member_class(world, closes_in_days=120)
    Enrolment.objects.create(learner=world.learners["a2"].user, cohort=late_class, state=EnrolmentState.ENROLLED)
    Nomination.objects.create(
        learner=world.learners["a3"],
        union=world.unions["a"],
        programme_kind=ProgrammeKind.NEW_MEMBER,
        recommendation="Tích cực",
        year=_today().year,
    )
    passed_class = _new_member_class(world, closes_in_days=0, code="ĐVM-A-XONG")
    result = passed(world.learners["a4"].user, passed_class)
    assert result.passed
    timely_class = _new_member_class(world, closes_in_days=30, code="ĐVM-A-KIP")
    Enrolment.objects.create(learner=world.learners["a5"].user, cohort=timely_class, state=EnrolmentState.ENROLLED)
    return world


def test_probation_lines_tell_each_situation_nearest_first_within_the_zones(probation):
    world = probation
    lines = probation_deadlines(zones=_zones(world, "a"), rules=RULES, today=_today())
    assert [line.profile for line in lines] == [world.learners[key] for key in ("a2", "a1", "a5", "a3")]
    by_key = {
        key: next(line for line in lines if line.profile == world.learners[key]) for key in ("a1", "a2", "a3", "a5")
    }
    assert by_key["a1"].situation == ProbationSituation.NO_CLASS and by_key["a1"].needs_class
    assert by_key["a1"].urgency == Urgency.SOON
    assert by_key["a1"].ends_on == add_months(world.learners["a1"].admission_date, 12)
    assert by_key["a2"].urgency == Urgency.OVERDUE and by_key["a2"].days_left < 0 < by_key["a2"].days_late
    assert by_key["a2"].situation == ProbationSituation.CLASS_ENDS_LATE and by_key["a2"].needs_class
    assert by_key["a3"].situation == ProbationSituation.NOMINATED and by_key["a3"].urgency == Urgency.LATER
    assert not by_key["a3"].needs_class
    assert by_key["a5"].situation == ProbationSituation.IN_CLASS and by_key["a5"].cohort.code == "ĐVM-A-KIP"


def test_a_class_not_completed_is_shown_and_a_new_one_is_needed(world):
    profile = _probationary(world, "a1", 11)
    failed = _new_member_class(world, closes_in_days=0)
    Enrolment.objects.create(learner=profile.user, cohort=failed, state=EnrolmentState.NOT_COMPLETED)
    [line] = probation_deadlines(zones=_zones(world, "a"), rules=RULES, today=_today())
    assert line.not_completed == failed and line.situation == ProbationSituation.NO_CLASS


def _paper_certificate(profile, months_ago: int):
    profile.awareness_certificate_date = add_months(_today(), -months_ago)
    profile.save()
    return profile


def test_certificates_lapsing_within_the_window_or_lately_are_listed(world):
    soon = _paper_certificate(world.learners["a1"], 58)  # lapses in two months
    lapsed = _paper_certificate(world.learners["a2"], 63)  # lapsed three months ago
    _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 90)  # long settled
    _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 30)  # valid for years
    member = _paper_certificate(_probationary(world, "a9", 3), 58)  # admitted: the certificate did its job
    _paper_certificate(world.learners["b1"], 58)  # another zone
    lines = certificate_expiries(zones=_zones(world, "a"), rules=RULES, today=_today())
    assert [line.profile for line in lines] == [lapsed, soon]
    assert lines[0].urgency == Urgency.OVERDUE and lines[1].urgency == Urgency.SOON
    assert lines[1].valid_until == add_months(soon.awareness_certificate_date, 60) and lines[1].reference == ""
    assert member not in [line.profile for line in lines]
    assert certificate_expiries(zones=_zones(world, "a"), rules=RULES, today=_today(), months=1) == [lines[0]]


def test_the_latest_certificate_counts_and_a_retake_is_shown(world, graduates):  # noqa: F811
    a1, a2 = world.learners["a1"], world.learners["a2"]
    _paper_certificate(a1, 58)
    certificate_issue(actor=None, learner=a1.user, cohort=world.cohorts["a"])  # valid for 60 months from now
    certificate = certificate_issue(actor=None, learner=a2.user, cohort=world.cohorts["a"])
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=_today() + timedelta(days=20))
    retake = CohortFactory(
        code="NTĐ-A-LAI", course=world.curriculum.course, organizing_unit=world.units["a"], zone=world.zones["a"]
    )
    Enrolment.objects.create(learner=a2.user, cohort=retake, state=EnrolmentState.ENROLLED)
    [line] = certificate_expiries(zones=_zones(world, "a"), rules=RULES, today=_today())
    assert line.profile == a2 and line.reference == certificate.reference and line.retaking == retake
    certificate_revoke(actor=None, certificate=certificate, reason="Cấp nhầm")
    assert certificate_expiries(zones=_zones(world, "a"), rules=RULES, today=_today()) == []


def test_the_page_shows_only_the_organizers_zones(client, probation):
    world = probation
    _paper_certificate(world.learners["b1"], 58)
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:deadlines")).content.decode()
    for key in ("a1", "a2", "a3", "a5"):
        assert world.learners[key].user.full_name in page
    assert world.learners["a4"].user.full_name not in page  # passed
    assert world.learners["b1"].user.full_name not in page
    assert add_months(world.learners["a1"].admission_date, 12).strftime("%d/%m/%Y") in page
    assert "ĐVM-A-KIP" in page
    client.force_login(world.organizers["b"])
    page = client.get(reverse("assessments:deadlines")).content.decode()
    assert world.learners["b1"].user.full_name in page and world.learners["a1"].user.full_name not in page
    for role in ("nominators", "instructors"):
        client.force_login(getattr(world, role)["a"])
        assert client.get(reverse("assessments:deadlines")).status_code == 403
    client.force_login(world.learners["a1"].user)
    assert client.get(reverse("assessments:deadlines")).status_code == 403
    client.force_login(world.report_viewer)  # figures only, never names
    assert client.get(reverse("assessments:deadlines")).status_code == 403


def test_the_page_reads_in_a_fixed_number_of_queries(client, probation):
    world = probation
    _new_member_class(world, closes_in_days=300, code="ĐVM-A-MOI")
    _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 58)
    client.force_login(world.organizers["a"])
    url = reverse("assessments:deadlines")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for n in range(6):
        _paper_certificate(_probationary(world, f"a{20 + n}", 11 - n), 1)
        _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 58)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert page.count('class="card deadline') == 5 + 6 + 6
    assert len(many) == len(few) <= 16, "\n".join(query["sql"][:150] for query in many)


def test_a_worker_is_placed_in_a_class_from_the_page(client, probation):
    world = probation
    klass = _new_member_class(world, closes_in_days=20, code="ĐVM-A-MOI")
    a1 = world.learners["a1"]
    client.force_login(world.organizers["a"])
    page = client.get(reverse("assessments:deadlines")).content.decode()
    assert f'name="p{a1.pk}-cohort"' in page and "ĐVM-A-MOI" in page
    back = reverse("assessments:deadlines") + f"#probation-{a1.pk}"
    url = reverse("courses:learner_enrol", args=[a1.pk])
    response = client.post(url, {f"p{a1.pk}-cohort": klass.pk, "next": back})
    assert response.status_code == 302 and response["Location"] == back
    assert Enrolment.objects.get(learner=a1.user, cohort=klass).state == EnrolmentState.ENROLLED
    response = client.post(url, {f"p{a1.pk}-cohort": klass.pk, "next": back}, follow=True)  # sent twice: one seat
    assert Enrolment.objects.filter(learner=a1.user, cohort=klass).count() == 1
    [line] = [
        line
        for line in probation_deadlines(zones=_zones(world, "a"), rules=RULES, today=_today())
        if line.profile == a1
    ]
    assert line.situation == ProbationSituation.IN_CLASS


def test_placing_refuses_other_zones_other_units_closed_classes_and_foreign_addresses(client, probation):
    world = probation
    a1, b1 = world.learners["a1"], world.learners["b1"]
    own = _new_member_class(world, closes_in_days=20, code="ĐVM-A-MOI")
    theirs = _new_member_class(world, "b", closes_in_days=20, code="ĐVM-B-MOI")
    client.force_login(world.organizers["a"])
    assert client.post(reverse("courses:learner_enrol", args=[b1.pk]), {f"p{b1.pk}-cohort": own.pk}).status_code == 404
    url = reverse("courses:learner_enrol", args=[a1.pk])
    page = client.post(url, {f"p{a1.pk}-cohort": theirs.pk}, follow=True).content.decode()
    assert "Hãy chọn một lớp đang mở của bạn." in page
    own.status = CohortStatus.CLOSED
    own.save()
    client.post(url, {f"p{a1.pk}-cohort": own.pk})
    assert not Enrolment.objects.filter(learner=a1.user, cohort__in=[own, theirs]).exists()
    response = client.post(url, {f"p{a1.pk}-cohort": "x", "next": "https://example.com/"})
    assert response["Location"] == reverse("lms:learner_detail", args=[a1.pk])
    assert client.get(url).status_code == 405


def test_the_probationary_learner_is_reminded_until_the_class_is_completed(client, world):
    a1 = _probationary(world, "a1", 11)
    ends = add_months(a1.admission_date, 12).strftime("%d/%m/%Y")
    client.force_login(a1.user)
    assert (
        f"Thời gian dự bị của bạn kết thúc ngày {ends}" in client.get(reverse("courses:learner_home")).content.decode()
    )
    a1.admission_date = add_months(_today(), -13)
    a1.save()
    assert "Thời gian dự bị của bạn đã kết thúc ngày" in client.get(reverse("courses:learner_home")).content.decode()
    done = _new_member_class(world, closes_in_days=0)
    Enrolment.objects.create(learner=a1.user, cohort=done, state=EnrolmentState.COMPLETED)
    assert "Thời gian dự bị" not in client.get(reverse("courses:learner_home")).content.decode()
    client.force_login(world.learners["a2"].user)  # not a member
    assert "Thời gian dự bị" not in client.get(reverse("courses:learner_home")).content.decode()


def test_the_command_lists_both_and_refuses_bad_arguments(probation):
    world = probation
    _paper_certificate(LearnerProfileFactory(enterprise=world.enterprises["a"]), 58)
    out = io.StringIO()
    call_command("list_deadlines", "--zone", world.zones["a"].name, "--lang", "en", stdout=out)
    text = out.getvalue()
    assert "Probationary members yet to pass the new-member class: 4" in text
    assert "Awareness certificates lapsing before admission: 1" in text
    assert world.learners["b1"].user.full_name not in text
    assert "1 of these dates have passed." in text  # a2's probation
    out = io.StringIO()
    call_command("list_deadlines", stdout=out)
    assert "Đảng viên dự bị chưa hoàn thành lớp đảng viên mới: 5" in out.getvalue()
    with pytest.raises(CommandError, match="Không có khu vực nào tên Khu không có"):
        call_command("list_deadlines", "--zone", "Khu không có", stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("list_deadlines", "--months", "61", stdout=io.StringIO())


def test_the_thresholds_are_the_enrolment_rules(world):
    """How near is soon and how far ahead certificates are watched: the board changes them in the rules."""
    profile = _probationary(world, "a1", 10)  # about two months of probation left
    _paper_certificate(world.learners["a2"], 56)  # lapses in four months
    assert probation_deadlines(zones=_zones(world, "a"), rules=RULES, today=_today())[0].urgency == Urgency.SOON
    assert certificate_expiries(zones=_zones(world, "a"), rules=RULES, today=_today()) != []
    narrow = EnrolmentSettings(probation_soon_days=30, certificate_watch_months=3)
    [line] = probation_deadlines(zones=_zones(world, "a"), rules=narrow, today=_today())
    assert line.profile == profile and line.urgency == Urgency.LATER
    assert certificate_expiries(zones=_zones(world, "a"), rules=narrow, today=_today()) == []
    assert deadline_counts(zones=_zones(world, "a"), rules=narrow, today=_today()) == []


def test_notice_days_out_of_order_are_refused_in_the_rules(world):
    from django.core.exceptions import ValidationError

    rules = EnrolmentSettings.for_site(world.curriculum.home.get_site())
    rules.probation_first_notice_days, rules.probation_last_notice_days = 14, 60
    with pytest.raises(ValidationError) as refused:
        rules.full_clean()
    assert refused.value.messages == [
        "Thông báo lần đầu phải gửi trước lần hai: cho lần đầu nhiều ngày hơn, và lần hai ít nhất một ngày."
    ]


def test_the_learners_page_tells_the_organizer_the_end_of_the_probation(client, probation):
    world = probation
    client.force_login(world.organizers["a"])
    a1, a5 = world.learners["a1"], world.learners["a5"]
    page = client.get(reverse("lms:learner_detail", args=[a1.pk])).content.decode()
    ends = add_months(a1.admission_date, 12)
    assert "Hết thời gian dự bị" in page
    assert f"{ends:%d/%m/%Y} (còn {(ends - _today()).days} ngày) · Chưa vào lớp đảng viên mới nào" in page
    in_class = client.get(reverse("lms:learner_detail", args=[a5.pk])).content.decode()
    assert "Đang học lớp kết thúc kịp thời hạn" in in_class
    lapsing = _paper_certificate(world.learners["a2"], 58)
    lapsing.party_status = PartyStatus.OUTSTANDING_NON_MEMBER
    lapsing.save()
    page = client.get(reverse("lms:learner_detail", args=[lapsing.pk])).content.decode()
    valid_until = add_months(lapsing.awareness_certificate_date, 60)
    assert f"Giấy chứng nhận lớp nhận thức còn hiệu lực đến</dt><dd>{valid_until:%d/%m/%Y}" in page
