from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessments.management.arguments import zones_named
from assessments.selectors.deadlines import deadlines
from courses.selectors import default_enrolment_rules


class Command(BaseCommand):
    help = (
        "List the deadlines the organizers keep (the screen /to-chuc/thoi-han/): probationary members yet to pass the "
        "new-member class, and non-members whose awareness certificate lapses before admission."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--zone", action="append", default=[], help="A zone's exact name (repeat for several); every zone if none."
        )
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="List awareness certificates lapsing within this many months (default: the enrolment rules').",
        )
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, zone: list[str], months: int | None, lang: str, **options):
        translation.activate(lang)
        if months is not None and not 0 <= months <= 60:
            raise CommandError(_("--months must be between 0 and 60."))
        report = deadlines(
            zones=zones_named(zone), rules=default_enrolment_rules(), today=timezone.localdate(), expiry_months=months
        )
        self.stdout.write(
            _("Probationary members yet to pass the new-member class: %(count)d") % {"count": len(report.probation)}
        )
        for line in report.probation:
            where = f" · {line.cohort.code}" if line.cohort else ""
            self.stdout.write(
                f"  {line.ends_on:%d/%m/%Y} ({line.when}) · {line.profile} · {line.profile.enterprise.name}"
                f" · {line.situation_label}{where}"
            )
        self.stdout.write(
            _("Awareness certificates lapsing before admission: %(count)d") % {"count": len(report.expiries)}
        )
        for line in report.expiries:
            reference = line.reference or _("on paper")
            self.stdout.write(
                f"  {line.valid_until:%d/%m/%Y} ({line.when}) · {line.profile} · {line.profile.enterprise.name}"
                f" · {reference}"
            )
        if report.overdue:
            passed = _("%(count)d of these dates have passed.") % {"count": report.overdue}
            self.stdout.write(self.style.WARNING(passed))
