"""Activation codes: issue one-time codes to workers who have no password yet, and redeem them.

A code is 8 characters from an alphabet without look-alikes (no 0/O, 1/I), printed as ABCD-EFGH: 40 random bits.
Guessing is held off three ways: a code dies after ACTIVATION_MAX_ATTEMPTS wrong tries, the redeem form is rate
limited per client address, and a code expires after ACTIVATION_CODE_DAYS. Stored is only an HMAC of the code
keyed with SECRET_KEY (a plain hash of 40 bits could be reversed by brute force from a copy of the database).
"""

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from lms.models import ActivationCode, AuditAction, LearnerProfile, PersonalDataAccess, User
from lms.roles import Role
from lms.scope import any_holds_staff_powers, has_role, zones_of
from lms.services.audit import audit_record
from lms.validators import normalise_phone

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
_HMAC_SALT = "lms.activation-code"


@dataclass(frozen=True)
class IssuedCode:
    """A code as printed on its slip: the only time it exists in the clear."""

    profile_id: int
    full_name: str
    phone: str
    enterprise: str
    code: str
    expires_at: datetime


class ActivationRefused(Exception):
    """The phone number and code do not open an account. One message for every reason, so that the form does not
    tell a stranger which phone numbers are registered or which codes exist."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "This phone number and activation code do not match an account waiting for activation, or the code "
                "has expired or was used. Check both, or ask your class organizer for a new code."
            )
        )


class BatchAlreadyIssued(Exception):
    """This form submission was already carried out (a double tap or a reload)."""


def normalise_code(raw: str) -> str:
    """Upper case, without spaces or dashes: what the worker typed, as it was generated."""
    return "".join(ch for ch in raw.upper() if ch not in " -\u00a0\t")


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def _new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def code_hash(code: str, secret: str | None = None) -> str:
    return salted_hmac(_HMAC_SALT, code, secret=secret, algorithm="sha256").hexdigest()


def _matches(code: str, stored: str) -> bool:
    secrets_to_try = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(code_hash(code, secret), stored) for secret in secrets_to_try)


def _check_organizer_scope(actor: User | None, profiles: list[LearnerProfile]) -> None:
    """Only organizers issue codes, and only for workers of enterprises in their zones (the CLI passes no actor);
    never for an account that holds a staff role, which would let the issuer log in as that staff member."""
    if any_holds_staff_powers([profile.user_id for profile in profiles]):
        raise PermissionDenied
    if actor is None or actor.is_superuser:
        return
    if not has_role(actor, Role.ORGANIZER):
        raise PermissionDenied
    zone_ids = set(zones_of(actor).values_list("pk", flat=True))
    if any(profile.enterprise.zone_id not in zone_ids for profile in profiles):
        raise PermissionDenied


def new_batch() -> str:
    """A token for one issuing form: submitting the same form twice issues codes once."""
    return secrets.token_urlsafe(16)


# What new_batch makes (22 characters), with room to spare; it becomes part of a URL and of cache keys.
BATCH_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,32}")


def is_batch(value: str) -> bool:
    return BATCH_PATTERN.fullmatch(value) is not None


def activation_codes_issue(*, actor: User | None, profiles: Iterable[LearnerProfile], batch: str) -> list[IssuedCode]:
    """Give each worker a new code, replacing any unused one. Returns the codes in the clear, to print once."""
    profiles = list(profiles)
    _check_organizer_scope(actor, profiles)
    if not profiles:
        return []
    expires_at = timezone.now() + timedelta(days=settings.ACTIVATION_CODE_DAYS)
    for _attempt in range(3):
        codes = {profile.pk: _new_code() for profile in profiles}
        try:
            with transaction.atomic():
                if ActivationCode.objects.filter(batch=batch).exists():
                    raise BatchAlreadyIssued
                user_ids = [profile.user_id for profile in profiles]
                ActivationCode.objects.filter(user_id__in=user_ids, used_at__isnull=True).delete()
                ActivationCode.objects.bulk_create(
                    ActivationCode(
                        user_id=profile.user_id,
                        code_hash=code_hash(codes[profile.pk]),
                        issued_by=actor,
                        batch=batch,
                        expires_at=expires_at,
                    )
                    for profile in profiles
                )
                PersonalDataAccess.objects.bulk_create(
                    PersonalDataAccess(
                        actor=actor,
                        subject_id=profile.user_id,
                        subject_name=profile.user.get_full_name()[:150],
                        action=AuditAction.CREATED,
                        detail="activation code",
                    )
                    for profile in profiles
                )
        except IntegrityError:  # two codes hashed alike (about 1 in 10^12): draw again
            continue
        return [
            IssuedCode(
                profile_id=profile.pk,
                full_name=profile.user.get_full_name(),
                phone=profile.phone,
                enterprise=profile.enterprise.name,
                code=format_code(codes[profile.pk]),
                expires_at=expires_at,
            )
            for profile in profiles
        ]
    raise RuntimeError("could not draw distinct activation codes")


def activation_code_redeem(*, phone: str, code: str, password: str) -> User:
    """Set the worker's own password with the code from their slip; the code is then spent.

    Raises ActivationRefused (one message whatever the reason) or ValidationError (the password is too weak; the
    code is kept, so the worker can try another password).
    """
    normalised_phone, normalised_code = normalise_phone(phone), normalise_code(code)
    profile = LearnerProfile.objects.select_related("user").filter(phone=normalised_phone).first()
    if profile is None or len(normalised_code) != CODE_LENGTH:
        raise ActivationRefused
    user = profile.user
    now = timezone.now()
    with transaction.atomic():
        stored = (
            ActivationCode.objects.select_for_update()
            .filter(user=user, used_at__isnull=True, expires_at__gt=now)
            .first()
        )
        usable = stored is not None and stored.failed_attempts < settings.ACTIVATION_MAX_ATTEMPTS and user.is_active
        if usable and _matches(normalised_code, stored.code_hash):
            password_validation.validate_password(password, user)
            stored.used_at = now
            stored.save(update_fields=["used_at"])
            user.set_password(password)
            user.must_change_password = False
            user.save(update_fields=["password", "must_change_password"])
            audit_record(
                actor=user, subject=user, action=AuditAction.CHANGED, detail="password set with an activation code"
            )
            return user
        if stored is not None:
            ActivationCode.objects.filter(pk=stored.pk).update(failed_attempts=F("failed_attempts") + 1)
    raise ActivationRefused
