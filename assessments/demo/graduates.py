"""A class that ended in October 2026 (as written: lms.demo_calendar moves its dates), closed by its
organizer, whose three graduates hold certificates, so the certificate screens, the learner's download and the public
verification page have something to show. Idempotent."""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from assessments.models import (
    Attempt,
    Certificate,
    CertificateStatus,
    Question,
    Quiz,
    Reflection,
    ReflectionAssignment,
    ReflectionState,
)
from assessments.services.certificates import certificate_issue
from assessments.services.closing import cohort_close
from assessments.services.quizzes import attempt_start, attempt_submit
from courses.models import (
    Attendance,
    Cohort,
    CohortStatus,
    CoursePage,
    DeliveryMode,
    Enrolment,
    ModulePage,
    ModuleProgress,
    ProgrammeKind,
    Session,
    Venue,
)
from courses.services import session_create
from lms.demo_calendar import DemoCalendar, demo_calendar
from lms.models import LearnerProfile, OrganizingUnit, User, Zone

WRITTEN_CODE = "NTĐ-2026-03"
UNIT = "Trung tâm Chính trị huyện Chơn Thành"
ZONE = "Khu công nghiệp Chơn Thành II"
WRITTEN_OPENS, WRITTEN_CLOSES, WRITTEN_ISSUED_ON = date(2026, 9, 7), date(2026, 10, 30), date(2026, 11, 6)


@dataclass(frozen=True)
class Term:
    """The class's code and dates on the demo's calendar."""

    code: str
    opens: date
    closes: date
    issued_on: date

    @classmethod
    def on(cls, calendar: DemoCalendar) -> "Term":
        return cls(
            calendar.code(WRITTEN_CODE),
            calendar.day(WRITTEN_OPENS),
            calendar.day(WRITTEN_CLOSES),
            calendar.day(WRITTEN_ISSUED_ON),
        )


REFLECTION_SCORES = (Decimal("9.25"), Decimal("8.00"), Decimal("7.00"))


def _aware(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _cohort(course: CoursePage, term: Term) -> Cohort:
    fields = {
        "course": course,
        "organizing_unit": OrganizingUnit.objects.get(name=UNIT),
        "zone": Zone.objects.get(name=ZONE),
        "opens_on": term.opens,
        "closes_on": term.closes,
        "capacity": 30,
    }
    # Created running; closed below through the service, as an organizer would, and left closed on later runs.
    cohort, _created = Cohort.objects.update_or_create(
        code=term.code, defaults=fields, create_defaults={**fields, "status": CohortStatus.RUNNING}
    )
    return cohort


def _graduates(course: CoursePage, cohort: Cohort) -> list[User]:
    enrolled = list(User.objects.filter(enrolments__cohort=cohort).order_by("username"))
    if enrolled:
        return enrolled
    profiles = (
        LearnerProfile.objects.filter(enterprise__zone=cohort.zone, user__username__startswith="cn")
        .exclude(user__enrolments__cohort__course=course)
        .select_related("user")
        .order_by("user__username")[:3]
    )
    users = [profile.user for profile in profiles]
    for user in users:
        Enrolment.objects.get_or_create(learner=user, cohort=cohort, defaults={"state": "enrolled"})
    return users


def _attend(cohort: Cohort, users: list[User], modules: list[ModulePage], term: Term) -> None:
    venue = Venue.objects.filter(zone=cohort.zone).order_by("pk").first()
    for n, module in enumerate(m for m in modules if m.delivery_mode != DeliveryMode.ONLINE):
        session = Session.objects.filter(cohort=cohort, module=module).first()
        if session is None:
            day = term.opens + timedelta(days=7 * n + 6)  # Sunday mornings
            session = session_create(
                actor=None,
                cohort=cohort,
                module=module,
                venue=venue,
                instructor=None,
                start=_aware(day, 8),
                end=_aware(day, 11),
            )
        for user in users:
            Attendance.objects.get_or_create(
                session=session, learner=user, defaults={"status": "present", "checked_in_at": session.starts_at}
            )


def _study(course: CoursePage, users: list[User], modules: list[ModulePage], term: Term) -> None:
    for n, module in enumerate(m for m in modules if m.delivery_mode != DeliveryMode.IN_PERSON):
        done = _aware(term.opens + timedelta(days=3 * n + 1), 20)
        for user in users:
            ModuleProgress.objects.get_or_create(
                user=user,
                module=module,
                defaults={
                    "course_id": course.pk,
                    "first_opened_at": done - timedelta(minutes=40),
                    "last_seen_at": done,
                    "seconds_spent": 1800,
                    "completed_at": done,
                },
            )


def _quizzes(users: list[User], modules: list[ModulePage], term: Term) -> None:
    for quiz in Quiz.objects.filter(module__in=modules):
        for index, user in enumerate(users):
            if Attempt.objects.filter(quiz=quiz, learner=user).exists():
                continue
            taken = _aware(term.closes - timedelta(days=10), 20)
            attempt = attempt_start(learner=user, quiz=quiz, now=taken, rng=random.Random(index))
            answers = {}
            for position, item in enumerate(attempt.paper):
                question = Question.objects.get(pk=item["q"])
                wrong = position < index  # the first graduate answers everything right, the others miss a few
                if question.kind == "short":
                    answers[str(question.pk)] = "" if wrong else question.accepted_answers[0]
                else:
                    right = list(question.choices.filter(is_correct=True).values_list("pk", flat=True))
                    others = [o for o in item["o"] if o not in right]
                    answers[str(question.pk)] = others[:1] if wrong and others else right
            attempt_submit(learner=user, attempt=attempt, answers=answers, now=taken + timedelta(minutes=9))


def _reflections(course: CoursePage, cohort: Cohort, users: list[User], term: Term) -> None:
    assignment = ReflectionAssignment.objects.get(course=course)
    criteria = list(assignment.criteria.all())
    grader = User.objects.filter(username="giangvien").first()
    for user, score in zip(users, REFLECTION_SCORES, strict=False):
        share = score / 10
        points = {str(c.pk): str((c.max_points * share).quantize(Decimal("0.25"))) for c in criteria}
        Reflection.objects.get_or_create(
            assignment=assignment,
            learner=user,
            defaults={
                "cohort": cohort,
                "text": "Bài thu hoạch viết tay đã nộp tại lớp (bản chụp lưu ở trung tâm).",
                "state": ReflectionState.GRADED,
                "submitted_at": _aware(term.closes - timedelta(days=5), 21),
                "points": points,
                "score": sum((Decimal(p) for p in points.values()), Decimal(0)),
                "feedback": "Bài viết có liên hệ thực tế ở chuyền sản xuất.",
                "graded_by": grader,
                "graded_at": _aware(term.closes - timedelta(days=2), 10),
            },
        )


@transaction.atomic
def load_graduates() -> None:
    course = CoursePage.objects.get(programme_kind=ProgrammeKind.AWARENESS)
    term = Term.on(demo_calendar())
    cohort = _cohort(course, term)
    users = _graduates(course, cohort)
    modules = list(ModulePage.objects.child_of(course).live().order_by("lesson_number"))
    _attend(cohort, users, modules, term)
    _study(course, users, modules, term)
    _quizzes(users, modules, term)
    _reflections(course, cohort, users, term)
    if not cohort.is_final:
        cohort_close(actor=None, cohort=cohort)  # stores the results and makes the graduates "completed"
    for user in users:
        if not Certificate.objects.filter(learner=user, cohort=cohort, status=CertificateStatus.VALID).exists():
            certificate_issue(actor=None, learner=user, cohort=cohort, today=term.issued_on)
