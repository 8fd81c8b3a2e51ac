"""Reads for closing a class: what each learner's result would be, and what must be settled first."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from assessments.models import Band, Reflection, ReflectionState
from assessments.selectors.results import name_sort_key
from assessments.services.results import results_compute
from courses.models import SEAT_STATES, Cohort, Enrolment, Session, SessionStatus
from lms.models import User


@dataclass
class ClosingLine:
    learner: User
    passed: bool
    band: str
    reasons: list[str]  # why the result is not a pass, in short

    @property
    def band_label(self) -> str:
        return str(Band(self.band).label) if self.band else ""


@dataclass
class ClosingPreview:
    cohort: Cohort
    completing: list[ClosingLine] = field(default_factory=list)
    not_completing: list[ClosingLine] = field(default_factory=list)
    blockers: list[str] = field(default_factory=list)


def missing_summary(missing: list[dict]) -> list[str]:
    """The result's missing items counted by kind, for the organizer's overview (the learner's own checklist names
    every lesson instead)."""
    counts: dict[str, int] = {}
    for item in missing:
        counts[item.get("code", "")] = counts.get(item.get("code", ""), 0) + 1
    parts = []
    for code, count in counts.items():
        if code == "attend":
            text = ngettext("%(count)d in-person lesson missed", "%(count)d in-person lessons missed", count)
        elif code == "online":
            text = ngettext("%(count)d online lesson not finished", "%(count)d online lessons not finished", count)
        elif code == "quiz":
            text = ngettext("%(count)d quiz not taken", "%(count)d quizzes not taken", count)
        elif code == "reflection_submit":
            text = _("reflection not submitted")
        elif code == "reflection_grade":
            text = _("reflection not graded yet")
        elif code == "final_test":
            text = _("final test not taken")
        else:
            text = _("another requirement not met")
        parts.append(text % {"count": count} if "%(count)d" in text else text)
    return parts


def closing_blockers(*, cohort: Cohort) -> list[str]:
    """What must be settled before the results can be final: reflections handed in but not graded (closing would
    fail their writers), and sessions still to come."""
    blockers = []
    seated = Enrolment.objects.filter(cohort=cohort, state__in=SEAT_STATES).values("learner_id")
    ungraded = Reflection.objects.filter(
        assignment__course_id=cohort.course_id, learner_id__in=seated, state=ReflectionState.SUBMITTED
    ).count()
    if ungraded:
        blockers.append(
            ngettext(
                "%(count)d written reflection is waiting for a grade.",
                "%(count)d written reflections are waiting for a grade.",
                ungraded,
            )
            % {"count": ungraded}
        )
    upcoming = Session.objects.filter(cohort=cohort, status=SessionStatus.SCHEDULED, ends_at__gt=timezone.now()).count()
    if upcoming:
        blockers.append(
            ngettext(
                "%(count)d in-person session has not taken place yet: hold or cancel it first.",
                "%(count)d in-person sessions have not taken place yet: hold or cancel them first.",
                upcoming,
            )
            % {"count": upcoming}
        )
    return blockers


def closing_preview(*, cohort: Cohort) -> ClosingPreview:
    """Each learner with a seat and the state closing would give them, from their result as it stands now (the
    same computation the close itself stores), by name."""
    preview = ClosingPreview(cohort=cohort)
    if cohort.is_final:
        preview.blockers.append(_("Class %(code)s is already closed.") % {"code": cohort.code})
        return preview
    preview.blockers += closing_blockers(cohort=cohort)
    learners = list(User.objects.filter(enrolments__cohort=cohort, enrolments__state__in=SEAT_STATES))
    results = results_compute(course=cohort.course, learner_ids=[learner.pk for learner in learners])
    for learner in sorted(learners, key=lambda person: (name_sort_key(person.get_full_name()), person.pk)):
        result = results[learner.pk]
        passed = result["complete"] and result["passed"]
        reasons = [] if passed else missing_summary(result["missing"]) or [_("the result is below the pass mark")]
        line = ClosingLine(learner=learner, passed=passed, band=result["band"] if passed else "", reasons=reasons)
        (preview.completing if passed else preview.not_completing).append(line)
    return preview
