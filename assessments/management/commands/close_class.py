from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from assessments.selectors.closing import closing_preview
from assessments.services.closing import cohort_close
from courses.models import Cohort, EnrolmentState


class Command(BaseCommand):
    help = (
        "Close a class: print who would complete it and who would not (and why), and anything still pending; "
        "with --commit, close it, which makes the learners' states and results final."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="Class code.")
        parser.add_argument("--commit", action="store_true", help="Close the class (without it: a dry run).")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, cohort: str, commit: bool, lang: str, **options):
        translation.activate(lang)
        klass = Cohort.objects.select_related("course").filter(code=cohort.strip()).first()
        if klass is None:
            raise CommandError(_("No class has the code %(code)s.") % {"code": cohort})
        preview = closing_preview(cohort=klass)
        completed, not_completed = EnrolmentState.COMPLETED.label, EnrolmentState.NOT_COMPLETED.label
        for line in preview.completing:
            self.stdout.write(f"  {completed}: {line.learner.get_full_name()} · {line.band_label}")
        for line in preview.not_completing:
            self.stdout.write(f"  {not_completed}: {line.learner.get_full_name()} · {'; '.join(line.reasons)}")
        if preview.blockers:
            raise CommandError(" ".join(preview.blockers))
        if not commit:
            counts = {"completed": len(preview.completing), "not_completed": len(preview.not_completing)}
            self.stdout.write(
                _("Dry run: %(completed)d would complete, %(not_completed)d would not. Add --commit to close.") % counts
            )
            return
        try:
            outcome = cohort_close(actor=None, cohort=klass)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            self.style.SUCCESS(
                _("Class %(code)s is closed. Completed: %(completed)d; not completed: %(not_completed)d.")
                % {"code": klass.code, **outcome}
            )
        )
