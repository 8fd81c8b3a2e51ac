from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from assessments.models import BatchState, Certificate, IssuanceBatch
from assessments.services.certificates import issuance_batch_run, issuance_batch_start
from assessments.services.results import results_refresh_cohort
from courses.models import Cohort


class Command(BaseCommand):
    help = (
        "Issue every eligible learner's certificate in a class (results recomputed first) and print the numbers. "
        "Runs the issuing task here, printing its progress; with --queue, leaves it to the task worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="Class code.")
        parser.add_argument("--queue", action="store_true", help="Only queue the task for the worker.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, cohort: str, queue: bool, lang: str, **options):
        translation.activate(lang)
        klass = Cohort.objects.select_related("course", "organizing_unit").filter(code=cohort.strip()).first()
        if klass is None:
            raise CommandError(_("No class has the code %(code)s.") % {"code": cohort})
        if not klass.organizing_unit.issues_certificates:
            raise CommandError(_("%(unit)s does not issue certificates.") % {"unit": klass.organizing_unit.name})
        results_refresh_cohort(cohort=klass)
        already = set(Certificate.objects.filter(cohort=klass).values_list("pk", flat=True))
        if queue:
            batch = issuance_batch_start(actor=None, cohort=klass)
            self.stdout.write(_("Queued: %(total)d certificates for the task worker.") % {"total": batch.total})
            return
        if IssuanceBatch.objects.filter(cohort=klass, state__in=[BatchState.QUEUED, BatchState.RUNNING]).exists():
            raise CommandError(_("This class's certificates are already being issued."))
        batch = IssuanceBatch.objects.create(cohort=klass)

        def progress(done: int, total: int) -> None:
            self.stdout.write(_("%(done)d / %(total)d") % {"done": done, "total": total})

        batch = issuance_batch_run(batch, progress=progress)
        for certificate in Certificate.objects.filter(cohort=klass).exclude(pk__in=already).order_by("number"):
            self.stdout.write(f"  {certificate.reference}  {certificate.full_name}")
        self.stdout.write(
            self.style.SUCCESS(
                _("%(issued)d certificates issued, %(skipped)d skipped.")
                % {"issued": batch.issued, "skipped": batch.skipped}
            )
        )
