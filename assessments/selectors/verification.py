"""Reads for the public verification of a certificate: by the random code in its QR address, or by the printed
number together with the holder's date of birth (a paper copy whose QR code is damaged), and the few facts the
public may see.

Only `PublicCertificate` leaves this module towards the page and the command, so nothing else of the snapshot (date
of birth, workplace, score, reason for a revocation, the newer certificate's code) can reach them by accident.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from assessments.models import Certificate, CertificateStatus
from lms.text import nfc

VALID = "valid"
REVOKED = "revoked"
EXPIRED = "expired"
SUPERSEDED = "superseded"

MAX_CODE_LENGTH = 64  # the column holds 40; longer input cannot match and is not worth a query
MAX_REFERENCE_LENGTH = 80
PUBLIC_FIELDS = (
    "code",
    "status",
    "reference",
    "full_name",
    "course_title",
    "issuing_body",
    "issued_on",
    "valid_until",
    "revoked_at",
)
DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "\\": "/"})


def date_text(value: date) -> str:
    """dd/mm/yyyy, the way dates are written in Vietnam, in every interface language."""
    return value.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class PublicCertificate:
    """What anyone holding the QR code (or the number and date of birth) may learn."""

    status: str  # valid / revoked / expired / superseded
    full_name: str
    course_title: str
    issuing_body: str
    reference: str
    issued_on: date
    valid_until: date | None
    revoked_on: date | None

    @property
    def is_valid(self) -> bool:
        return self.status == VALID

    @property
    def status_label(self) -> str:
        return {
            VALID: _("Valid"),
            REVOKED: _("Revoked"),
            EXPIRED: _("Expired"),
            SUPERSEDED: _("Replaced by a newer certificate"),
        }[self.status]

    @property
    def status_sentence(self) -> str:
        if self.status == REVOKED:
            if self.revoked_on is None:
                return _("This certificate was revoked by the issuing body. It is no longer valid.")
            return _("This certificate was revoked by the issuing body on %(date)s. It is no longer valid.") % {
                "date": date_text(self.revoked_on)
            }
        if self.status == SUPERSEDED:
            return _(
                "This certificate has been replaced by a newer certificate issued to the same person. "
                "Ask the holder to show the newer certificate."
            )
        if self.status == EXPIRED:
            return _("This certificate is genuine, but it was valid only until %(date)s.") % {
                "date": date_text(self.valid_until)
            }
        if self.valid_until is not None:
            return _("This certificate is genuine and valid until %(date)s.") % {"date": date_text(self.valid_until)}
        return _("This certificate is genuine and valid.")


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate whose QR address holds this code, exactly (codes are case-sensitive); None for anything
    else."""
    code = (code or "").strip()
    if not code or len(code) > MAX_CODE_LENGTH:
        return None
    return Certificate.objects.only(*PUBLIC_FIELDS).filter(code=code).first()


def reference_key(value: str) -> str:
    """A typed or printed certificate number reduced to what identifies it: NFC, no spaces, no case, no accents
    (so "D" matches "Đ"), any dash a hyphen, and no leading zeros in the numeric parts ("123/gcn-ntd/2026" and
    "0123 / GCN-NTĐ / 2026" give the same key)."""
    text = "".join(nfc(value or "").split()).translate(DASHES)
    text = text.upper().replace("Đ", "D")
    text = "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))
    parts = [part.lstrip("0") or "0" if part.isdigit() else part for part in text.split("/")]
    return "/".join(parts)


def _typed_number(key: str) -> int | None:
    """The serial number a reference key starts with ("123/GCN-NTD/2026" → 123), to narrow the query."""
    head = key.split("/", 1)[0]
    if head.isascii() and head.isdigit() and len(head) <= 9:
        return int(head)
    return None


def certificate_by_number(reference: str, date_of_birth: date) -> Certificate | None:
    """The one certificate with this printed number whose holder was born on this date, or None.

    The number is compared loosely (see `reference_key`), the date of birth exactly. Numbers restart with each
    issuing body, so when several bodies' certificates match, the answer is None rather than a guess.

    The same single query runs whether the number exists or not, and whether or not the date of birth is the
    holder's: the date of birth is part of the query, so neither case reads more rows than the other.
    """
    key = reference_key(reference[:MAX_REFERENCE_LENGTH] if reference else "")
    candidates = Certificate.objects.only(*PUBLIC_FIELDS).filter(date_of_birth=date_of_birth)
    number = _typed_number(key)
    if number is not None:
        candidates = candidates.filter(number=number)
    matches = [certificate for certificate in candidates if key and reference_key(certificate.reference) == key]
    return matches[0] if len(matches) == 1 else None


def verification_status(certificate: Certificate, today: date | None = None) -> str:
    """valid, revoked, expired (its "valid until" date has passed) or superseded. A revocation outweighs
    everything; a replaced certificate points to the newer one rather than to its own expiry."""
    today = today or timezone.localdate()
    if certificate.status == CertificateStatus.REVOKED:
        return REVOKED
    if certificate.status == CertificateStatus.SUPERSEDED:
        return SUPERSEDED
    if certificate.valid_until is not None and certificate.valid_until < today:
        return EXPIRED
    return VALID


def certificate_public_facts(certificate: Certificate, today: date | None = None) -> PublicCertificate:
    """The facts the public page and `verify_certificate` show, and nothing more."""
    revoked_on = timezone.localdate(certificate.revoked_at) if certificate.revoked_at else None
    return PublicCertificate(
        status=verification_status(certificate, today),
        full_name=certificate.full_name,
        course_title=certificate.course_title,
        issuing_body=certificate.issuing_body,
        reference=certificate.reference,
        issued_on=certificate.issued_on,
        valid_until=certificate.valid_until,
        revoked_on=revoked_on,
    )
