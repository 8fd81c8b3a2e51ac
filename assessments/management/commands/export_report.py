from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessments.management.arguments import zones_named
from assessments.management.output import write_output, xlsx_output_path
from assessments.report_sheet import report_xlsx
from assessments.selectors.deadlines import deadline_counts
from assessments.selectors.reports import year_report
from courses.models import ProgrammeKind
from courses.selectors import default_enrolment_rules


class Command(BaseCommand):
    help = "Write the organisation board's figures for a year (XLSX): by zone and enterprise, and by class."

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="The year whose classes and nominations count.")
        parser.add_argument("--out", required=True, help="Where to write the .xlsx file.")
        parser.add_argument("--programme", choices=ProgrammeKind.values, default="", help="One programme only.")
        parser.add_argument(
            "--zone", action="append", default=[], help="A zone's exact name (repeat for several); every zone if none."
        )
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, year: int, out: str, programme: str, zone: list[str], lang: str, **options):
        translation.activate(lang)
        if not 2000 <= year <= 2100:
            raise CommandError(_("The year must be between 2000 and 2100."))
        zones = zones_named(zone)
        path = xlsx_output_path(out)
        rules = default_enrolment_rules()
        target = rules.union_yearly_target
        report = year_report(zones=zones, year=year, target=target, programme_kind=programme)
        today = timezone.localdate()
        counts = deadline_counts(zones=zones, rules=rules, today=today)
        write_output(path, report_xlsx(report, counts, today, rules))
        total = report.total
        self.stdout.write(
            _(
                "%(year)s: %(nominated)d nominated, %(enrolled)d enrolled, %(passed)d passed, "
                "%(certified)d valid certificates; %(on_target)d of %(unions)d unions on target."
            )
            % {
                "year": year,
                "nominated": total.nominated,
                "enrolled": total.enrolled,
                "passed": total.passed,
                "certified": total.certified,
                "on_target": total.unions_on_target,
                "unions": total.unions,
            }
        )
        for line in report.targets:
            self.stdout.write(
                _("Target, %(measure)s: %(reached)d of %(target)d (%(what)s).")
                % {"measure": line.label, "reached": line.reached, "target": line.target, "what": line.reached_label}
            )
        if counts:
            self.stdout.write(
                _(
                    "As of %(today)s: %(past)d probations over with the new-member class not passed, %(at_risk)d "
                    "ending soon with no class in time, %(lapsing)d awareness certificates lapsing before admission."
                )
                % {
                    "today": today.strftime("%d/%m/%Y"),
                    "past": sum(block.probation_past for block in counts),
                    "at_risk": sum(block.probation_at_risk for block in counts),
                    "lapsing": sum(block.certificates_lapsing for block in counts),
                }
            )
        self.stdout.write(self.style.SUCCESS(_("Written to %(file)s.") % {"file": path.resolve()}))
