"""One-time activation codes: how a worker imported from a roster (who has no password) first logs in.

The organizer prints a slip per worker; the worker enters their phone number, the code and a password of their
own. Only a keyed hash of each code is stored: the slip is the one place the code exists in the clear.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ActivationCode(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activation_codes", verbose_name=_("user")
    )
    code_hash = models.CharField(_("code hash"), max_length=64, unique=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("issued by")
    )
    batch = models.CharField(_("batch"), max_length=32, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(_("failed attempts"), default=0)

    class Meta:
        verbose_name = _("activation code")
        verbose_name_plural = _("activation codes")
        constraints = [
            # A new code replaces the old one: a worker never holds two codes that both work.
            models.UniqueConstraint(
                fields=["user"], condition=Q(used_at__isnull=True), name="activation_one_open_code"
            ),
            models.CheckConstraint(condition=Q(expires_at__gt=models.F("created_at")), name="activation_expires_later"),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.created_at:%d/%m/%Y})"
