from urllib.parse import unquote, urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from assessments.selectors.verification import certificate_by_code, certificate_public_facts, date_text

PLACEHOLDER = "CODE"


def code_from_input(value: str) -> str:
    """The code itself, or the code inside a verification address (with or without scheme and host, query or
    fragment): https://lms.example.vn/xac-minh/AbC123/ → AbC123. Empty when an address is not a verification one."""
    value = value.strip()
    if "/" not in value:
        return value
    path = urlsplit(value).path if "://" in value else "/" + urlsplit(value).path.lstrip("/")
    prefix = reverse("assessments:certificate_verify", kwargs={"code": PLACEHOLDER}).split(PLACEHOLDER)[0]
    start = path.find(prefix)
    if start < 0:
        return ""
    return unquote(path[start + len(prefix) :].split("/")[0]).strip()


class Command(BaseCommand):
    help = "Print what the public verification page shows for a certificate, given its code or its QR address."

    def add_arguments(self, parser):
        parser.add_argument("code_or_url", help="The verification code, or the whole address from the QR code.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, code_or_url: str, lang: str, **options):
        translation.activate(lang)
        code = code_from_input(code_or_url)
        if not code:
            raise CommandError(_("Not a certificate verification address: %(value)s") % {"value": code_or_url})
        certificate = certificate_by_code(code)
        if certificate is None:
            raise CommandError(_("No certificate has the verification code %(code)s.") % {"code": code})
        facts = certificate_public_facts(certificate, timezone.localdate())
        style = self.style.SUCCESS if facts.is_valid else self.style.ERROR
        self.stdout.write(style(_("Status: %(status)s") % {"status": facts.status_label}))
        self.stdout.write(facts.status_sentence)
        lines = [
            (_("Full name"), facts.full_name),
            (_("Course"), facts.course_title),
            (_("Certificate number"), facts.reference),
            (_("Issued on"), date_text(facts.issued_on)),
            (_("Issuing body"), facts.issuing_body),
        ]
        if facts.valid_until:
            lines.append((_("Valid until"), date_text(facts.valid_until)))
        if facts.revoked_on:
            lines.append((_("Revoked on"), date_text(facts.revoked_on)))
        for label, value in lines:
            self.stdout.write(f"{label}: {value}")
