"""Notices about the deadlines of assessments.selectors.deadlines, sent through the notice channels (run daily
from cron by `send_deadline_notices`; each notice has a key, so running it again sends nothing twice):

- a probationary member in no class that closes in time hears twice before the probation ends (by default 60 and
  14 days before: EnrolmentSettings);
- each organizer gets, once a week and only when something needs them, the lines of their zones that do.
"""

from datetime import date

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from assessments.selectors.deadlines import (
    Deadlines,
    ProbationSituation,
    Urgency,
    deadlines,
    organizers_to_remind,
    probation_deadlines,
)
from courses.models import EnrolmentSettings, NotificationKind
from courses.notifications import deliver
from lms.models import Zone
from lms.scope import zones_of

DIGEST_LINES = 12  # the digest lists this many lines and points to the page for the rest
NEEDS_ORGANIZER = (ProbationSituation.NO_CLASS, ProbationSituation.CLASS_ENDS_LATE, ProbationSituation.NOMINATED)


def _learner_notices(*, rules: EnrolmentSettings, today: date) -> int:
    sent = 0
    for line in probation_deadlines(zones=Zone.objects.all(), rules=rules, today=today):
        if not line.needs_class or line.days_left < 0:
            continue
        notice_days = (rules.probation_first_notice_days, rules.probation_last_notice_days)
        due = [days for days in notice_days if line.days_left <= days]
        if not due:
            continue
        threshold = min(due)  # the nearest: a notice skipped while the job did not run is not sent late
        ends = line.ends_on.strftime("%d/%m/%Y")
        subject = _("Your probation ends on %(date)s") % {"date": ends}
        text = _(
            "Your probation ends on %(date)s and you are not yet in a new-member class that closes before then. "
            "Its certificate is the first document for recognition as a full member: ask your class organizer or "
            "your party cell for a place. %(url)s"
        ) % {"date": ends, "url": settings.PUBLIC_BASE_URL + reverse("courses:learner_home")}
        notice = deliver(
            key=f"{NotificationKind.PROBATION_ENDING}:{line.profile.pk}:{line.ends_on:%Y%m%d}:{threshold}",
            user=line.profile.user,
            session=None,
            kind=NotificationKind.PROBATION_ENDING,
            subject=subject,
            text=text,
        )
        sent += notice is not None
    return sent


def _digest_lines(report: Deadlines) -> list[str]:
    lines = [
        _("%(date)s, end of probation: %(name)s (%(enterprise)s): %(situation)s")
        % {
            "date": line.ends_on.strftime("%d/%m/%Y"),
            "name": line.profile,
            "enterprise": line.profile.enterprise.name,
            "situation": line.situation_label,
        }
        for line in report.probation
        if line.urgency != Urgency.LATER and line.situation in NEEDS_ORGANIZER
    ]
    lines += [
        _("%(date)s, awareness certificate lapses: %(name)s (%(enterprise)s)")
        % {
            "date": line.valid_until.strftime("%d/%m/%Y"),
            "name": line.profile,
            "enterprise": line.profile.enterprise.name,
        }
        for line in report.expiries
        if line.retaking is None
    ]
    return lines


def _organizer_digests(*, rules: EnrolmentSettings, today: date) -> int:
    sent = 0
    year, week, _weekday = today.isocalendar()
    page = settings.PUBLIC_BASE_URL + reverse("assessments:deadlines")
    for organizer in organizers_to_remind():
        lines = _digest_lines(deadlines(zones=zones_of(organizer), rules=rules, today=today))
        if not lines:
            continue
        shown = "\n".join(f"- {line}" for line in lines[:DIGEST_LINES])
        more = len(lines) - DIGEST_LINES
        if more > 0:
            shown += "\n" + _("… and %(count)d more.") % {"count": more}
        notice = deliver(
            key=f"{NotificationKind.DEADLINE_DIGEST}:{organizer.pk}:{year}-W{week:02d}",
            user=organizer,
            session=None,
            kind=NotificationKind.DEADLINE_DIGEST,
            subject=_("Deadlines to watch: %(count)d") % {"count": len(lines)},
            text=_("Dates your zones' workers need you for:\n%(lines)s\nEvery date and what to do: %(url)s")
            % {"lines": shown, "url": page},
        )
        sent += notice is not None
    return sent


def deadline_notices_send(*, rules: EnrolmentSettings, today: date) -> dict[str, int]:
    """Send what is due today; returns how many notices went to learners and to organizers."""
    with override(settings.LANGUAGE_CODE):
        return {
            "learners": _learner_notices(rules=rules, today=today),
            "organizers": _organizer_digests(rules=rules, today=today),
        }
