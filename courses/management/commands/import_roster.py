from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from courses.models import Cohort
from courses.services import roster_import
from lms.models import Enterprise
from lms.roster.importer import Fate
from lms.roster.parsing import FIELDS_BY_KEY


class Command(BaseCommand):
    help = "Import an enterprise's roster (CSV or XLSX). Dry run by default: prints each row's fate."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--enterprise", required=True, help="The enterprise's tax code.")
        parser.add_argument("--cohort", help="Class code: enrol every imported learner in it.")
        parser.add_argument("--commit", action="store_true", help="Write the valid rows (one transaction).")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, file: str, enterprise: str, cohort: str | None, commit: bool, lang: str, **options):
        translation.activate(lang)
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("File not found: %(file)s") % {"file": file})
        target = Enterprise.objects.filter(tax_code=enterprise.strip()).first()
        if target is None:
            raise CommandError(_("No enterprise has the tax code %(code)s.") % {"code": enterprise})
        klass = None
        if cohort:
            klass = Cohort.objects.filter(code=cohort.strip()).first()
            if klass is None:
                raise CommandError(_("No class has the code %(code)s.") % {"code": cohort})
        try:
            outcome = roster_import(
                actor=None, data=path.read_bytes(), filename=path.name, enterprise=target, cohort=klass, commit=commit
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        preview = outcome.preview
        if preview.parsed.error:
            raise CommandError(preview.parsed.error)
        if preview.parsed.missing_headers:
            raise CommandError(
                _("Missing columns: %(headers)s.") % {"headers": ", ".join(preview.parsed.missing_headers)}
            )
        for row in preview.rows:
            name = row.row.values.get("full_name") or row.row.raw.get("full_name", "")
            line = _("Row %(line)d: %(fate)s — %(name)s") % {"line": row.line, "fate": row.fate.label, "name": name}
            if row.fate == Fate.ERROR:
                reasons = "; ".join(
                    f"{FIELDS_BY_KEY[key].label if key in FIELDS_BY_KEY else _('Row')}: {message}"
                    for key, message in row.errors.items()
                )
                self.stdout.write(self.style.ERROR(f"{line} ({reasons})"))
            elif row.fate == Fate.UPDATED:
                self.stdout.write(f"{line} ({', '.join(row.changes)})")
            else:
                self.stdout.write(line)
        counts = preview.counts
        self.stdout.write(
            _("New: %(new)d, updated: %(updated)d, unchanged: %(unchanged)d, errors: %(error)d.") % counts
        )
        if preview.parsed.unknown_headers:
            self.stdout.write(
                _("Ignored columns: %(headers)s.") % {"headers": ", ".join(preview.parsed.unknown_headers)}
            )
        if commit:
            self.stdout.write(
                self.style.SUCCESS(_("Written. Enrolled in the class: %(count)d.") % {"count": outcome.enrolled})
            )
            if counts["new"]:
                self.stdout.write(
                    _(
                        "New workers have no password yet: print their activation codes with "
                        "issue_activation_codes --enterprise %(code)s --out FILE.csv"
                    )
                    % {"code": target.tax_code}
                )
        else:
            self.stdout.write(_("Dry run: nothing was written. Add --commit to write the valid rows."))
