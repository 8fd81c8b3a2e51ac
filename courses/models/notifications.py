from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    REMINDER_24H = "reminder_24h", _("Reminder 24 hours before")
    REMINDER_2H = "reminder_2h", _("Reminder 2 hours before")
    SESSION_CHANGED = "session_changed", _("Session changed")
    SESSION_CANCELLED = "session_cancelled", _("Session cancelled")
    ROSTER_CLASH = "roster_clash", _("Booking clashes with the roster")
    POLICY_CHANGED = "policy_changed", _("Completion policy changed")
    PROBATION_ENDING = "probation_ending", _("Probation ending before the new-member class")
    DEADLINE_DIGEST = "deadline_digest", _("Deadlines of the week")


class NotificationStatus(models.TextChoices):
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Notification(models.Model):
    """The delivery log. The unique key is written before sending, so a restarted worker never sends twice."""

    key = models.CharField(max_length=120, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    session = models.ForeignKey("courses.Session", on_delete=models.SET_NULL, null=True, related_name="+")
    kind = models.CharField(_("kind"), max_length=30, choices=NotificationKind.choices)
    channel = models.CharField(_("channel"), max_length=30)
    status = models.CharField(_("status"), max_length=20, choices=NotificationStatus.choices)
    message = models.TextField(_("message"))
    error = models.CharField(_("error"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=NotificationStatus.values), name="notification_status_ok")
        ]

    def __str__(self) -> str:
        return self.key
