from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from courses.tasks import send_due_reminders


class Command(BaseCommand):
    help = "Queue the reminder task (run from cron every few minutes; sending twice is impossible)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Send in this process instead of queueing.")

    def handle(self, *args, now: bool, **options):
        if now:
            count = send_due_reminders.call()
            self.stdout.write(_("%(count)d reminders sent.") % {"count": count})
        else:
            result = send_due_reminders.enqueue()
            self.stdout.write(_("Reminder task queued: %(id)s") % {"id": result.id})
