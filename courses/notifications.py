"""Sending notices to learners: e-mail by default; other channels (SMS gateways, Zalo-style webhooks) plug in
through settings.NOTIFICATION_SENDERS, each a dotted path to a class with `channel` and `send(user, subject, text)`.
"""

import json
import urllib.request

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from courses.models import Notification, NotificationStatus


class EmailSender:
    channel = "email"

    def send(self, user, subject: str, text: str) -> bool:
        if not user.email:
            return False
        send_mail(subject, text, None, [user.email])
        return True


class WebhookSender:
    """POSTs JSON {phone, text} to settings.NOTIFICATION_WEBHOOK_URL (an SMS or chat gateway)."""

    channel = "webhook"

    def send(self, user, subject: str, text: str) -> bool:
        url = getattr(settings, "NOTIFICATION_WEBHOOK_URL", "")
        profile = getattr(user, "learner_profile", None)
        if not url.startswith(("https://", "http://")) or profile is None:
            return False
        body = json.dumps({"phone": profile.phone, "text": f"{subject}: {text}"}).encode()
        request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=10):  # noqa: S310 - the URL comes from the settings
            return True


def senders() -> list:
    return [import_string(path)() for path in settings.NOTIFICATION_SENDERS]


def deliver(*, key: str, user, session, kind: str, subject: str, text: str) -> Notification | None:
    """Send once per key. The log row is committed before sending: a crash after sending never leads to a resend."""
    sender_list = senders()
    channel = ",".join(sender.channel for sender in sender_list)
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                key=key,
                user=user,
                session=session,
                kind=kind,
                channel=channel,
                status=NotificationStatus.SENDING,
                message=f"{subject}\n{text}",
            )
    except IntegrityError:
        return None  # already sent (or being sent) by an earlier run
    errors = []
    delivered = False
    for sender in sender_list:
        try:
            delivered = sender.send(user, subject, text) or delivered
        except Exception as error:  # noqa: BLE001 - one failing channel must not stop the others
            errors.append(f"{sender.channel}: {error}"[:150])
    notification.status = NotificationStatus.SENT if delivered or not errors else NotificationStatus.FAILED
    notification.error = "; ".join(errors)[:300]
    notification.sent_at = timezone.now()
    notification.save(update_fields=["status", "error", "sent_at"])
    return notification
