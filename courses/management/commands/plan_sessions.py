from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from courses.models import Cohort, ModulePage, Venue
from courses.services import plan_accept, plan_propose
from lms.models import User


def _date(value: str):
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise CommandError(_("Not a date (dd/mm/yyyy): %(value)s") % {"value": value})


class Command(BaseCommand):
    help = "Propose the k session slots that let the most learners of a class attend; --accept creates them."

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="Class code.")
        parser.add_argument("--module", required=True, type=int, help="Lesson page id.")
        parser.add_argument("--from", dest="date_from", required=True, help="dd/mm/yyyy")
        parser.add_argument("--to", dest="date_to", required=True, help="dd/mm/yyyy")
        parser.add_argument("-k", type=int, default=3, help="How many sessions.")
        parser.add_argument("--venue", type=int, help="Venue id (default: the first venue of the class's zone).")
        parser.add_argument("--instructor", help="Instructor's username (default: the class's first instructor).")
        parser.add_argument("--minutes", type=int, default=180, help="Length of a session.")
        parser.add_argument("--accept", action="store_true", help="Create the proposed sessions.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, cohort, module, date_from, date_to, k, venue, instructor, minutes, accept, lang, **_o):
        translation.activate(lang)
        klass = Cohort.objects.filter(code=cohort).first()
        if klass is None:
            raise CommandError(_("No class has the code %(code)s.") % {"code": cohort})
        lesson = ModulePage.objects.filter(pk=module).first()
        if lesson is None:
            raise CommandError(_("No lesson has the id %(id)s.") % {"id": module})
        place = Venue.objects.filter(pk=venue).first() if venue else Venue.objects.filter(zone=klass.zone).first()
        if place is None:
            raise CommandError(_("No venue: create one for zone %(zone)s first.") % {"zone": klass.zone})
        teacher = (
            User.objects.filter(username=instructor).first() if instructor else klass.instructors.order_by("pk").first()
        )
        if instructor and teacher is None:
            raise CommandError(_("No user %(name)s.") % {"name": instructor})
        start, end = _date(date_from), _date(date_to)
        if end < start or k < 1 or minutes < 30:
            raise CommandError(_("Check the dates, -k (at least 1) and --minutes (at least 30)."))
        try:
            proposal = plan_propose(
                cohort=klass,
                module=lesson,
                date_from=start,
                date_to=end,
                k=k,
                venue=place,
                instructor=teacher,
                length=timedelta(minutes=minutes),
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        total = len(proposal.learners)
        self.stdout.write(
            _("%(candidates)d candidate times; %(covered)d of %(total)d learners can attend a proposed session.")
            % {"candidates": len(proposal.candidates), "covered": proposal.coverage, "total": total}
        )
        counts = [0] * len(proposal.chosen)
        for index in proposal.covered_by.values():
            counts[index] += 1
        for index, slot in enumerate(proposal.chosen):
            when = formats.date_format(timezone.localtime(slot.start), "SHORT_DATETIME_FORMAT")
            self.stdout.write(f"  {when} – {timezone.localtime(slot.end):%H:%M}  ({counts[index]})")
        for learner in proposal.learners:
            if learner.pk in proposal.reasons:
                self.stdout.write(f"  - {learner}: {proposal.reasons[learner.pk]}")
        if accept:
            sessions = plan_accept(
                actor=None, cohort=klass, module=lesson, venue=place, instructor=teacher, proposal=proposal
            )
            self.stdout.write(self.style.SUCCESS(_("%(count)d sessions created.") % {"count": len(sessions)}))
