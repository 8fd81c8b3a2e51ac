"""Quiz windows per shift group, set by the class organizer so each shift takes the quiz at a sane hour."""

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from assessments.models import Quiz, QuizWindow
from courses.models import Cohort, ShiftGroup
from courses.scope import cohorts_organizer_may_fill
from lms.models import User


def _check(actor: User, cohort: Cohort, quiz: Quiz, group: ShiftGroup) -> None:
    if not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied
    if quiz.course_id != cohort.course_id:
        raise ValidationError(_("This quiz belongs to another course."))
    if not group.members.filter(learner__user__enrolments__cohort=cohort).exists():
        raise ValidationError(_("No learner of this class is in that shift group."))


@transaction.atomic
def quiz_window_set(
    *, actor: User, cohort: Cohort, quiz: Quiz, group: ShiftGroup, opens_at: datetime, closes_at: datetime
) -> QuizWindow:
    _check(actor, cohort, quiz, group)
    if closes_at <= opens_at:
        raise ValidationError(_("The window must close after it opens."))
    window, _created = QuizWindow.objects.update_or_create(
        quiz=quiz, shift_group=group, defaults={"opens_at": opens_at, "closes_at": closes_at}
    )
    return window


@transaction.atomic
def quiz_window_delete(*, actor: User, cohort: Cohort, window: QuizWindow) -> None:
    _check(actor, cohort, window.quiz, window.shift_group)
    window.delete()
