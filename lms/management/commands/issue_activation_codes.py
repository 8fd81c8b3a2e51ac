import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.models import Enterprise
from lms.selectors import activation_candidates
from lms.services.activation import activation_codes_issue, new_batch


class Command(BaseCommand):
    help = (
        "Issue one-time activation codes to an enterprise's workers (by default only those not yet activated) and "
        "write them to a CSV file for printing. A new code replaces a worker's unused one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enterprise", required=True, help="The enterprise's tax code.")
        parser.add_argument("--out", required=True, help="CSV file to write (UTF-8); must not exist yet.")
        parser.add_argument("--all", action="store_true", help="Every worker, not only those not yet activated.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, enterprise: str, out: str, all: bool, lang: str, **options):  # noqa: A002
        translation.activate(lang)
        target = Enterprise.objects.filter(tax_code=enterprise.strip()).first()
        if target is None:
            raise CommandError(_("No enterprise has the tax code %(code)s.") % {"code": enterprise})
        path = Path(out)
        if path.exists():
            raise CommandError(_("%(file)s already exists; codes are written only to a new file.") % {"file": out})
        if not path.parent.is_dir():
            raise CommandError(_("Folder not found: %(folder)s") % {"folder": path.parent})
        profiles = activation_candidates(enterprise=target, everyone=all)
        if not profiles:
            self.stdout.write(_("No worker of %(enterprise)s is waiting for activation.") % {"enterprise": target.name})
            return
        issued = activation_codes_issue(actor=None, profiles=profiles, batch=new_batch())
        with path.open("x", newline="", encoding="utf-8-sig") as file:  # a BOM, so that Excel reads UTF-8
            writer = csv.writer(file)
            writer.writerow(
                [_("Full name"), _("Phone number"), _("Enterprise"), _("Activation code"), _("Valid until")]
            )
            for code in issued:
                valid_until = timezone.localtime(code.expires_at).strftime("%d/%m/%Y")
                writer.writerow([code.full_name, code.phone, code.enterprise, code.code, valid_until])
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)d activation codes written to %(file)s. Keep the file safe and delete it after printing.")
                % {"count": len(issued), "file": out}
            )
        )
