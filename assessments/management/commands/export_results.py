from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from assessments.exports import results_xlsx
from assessments.management.output import write_output, xlsx_output_path
from assessments.selectors.results import gradebook
from assessments.services.results import results_refresh_cohort
from courses.models import Cohort
from lms.models import AuditAction
from lms.services import audit_record


class Command(BaseCommand):
    help = "Write a class's results sheet (XLSX), after recomputing its results."

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="Class code.")
        parser.add_argument("--out", required=True, help="Where to write the .xlsx file.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, cohort: str, out: str, lang: str, **options):
        translation.activate(lang)
        klass = Cohort.objects.select_related("course", "organizing_unit").filter(code=cohort.strip()).first()
        if klass is None:
            raise CommandError(_("No class has the code %(code)s.") % {"code": cohort})
        path = xlsx_output_path(out)
        recomputed = results_refresh_cohort(cohort=klass)
        book = gradebook(cohort=klass)
        write_output(path, results_xlsx(book))
        for row in book.rows:
            audit_record(
                actor=None,
                subject=row.learner,
                action=AuditAction.EXPORTED,
                detail=f"results sheet {klass.code} with date of birth (command)",
            )
        self.stdout.write(_("Results recomputed for %(count)d learners.") % {"count": recomputed})
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)d rows written to %(file)s.") % {"count": len(book.rows), "file": path.resolve()}
            )
        )
