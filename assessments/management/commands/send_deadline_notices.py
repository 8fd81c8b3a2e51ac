from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from assessments.tasks import send_deadline_notices


class Command(BaseCommand):
    help = (
        "Queue the day's deadline notices: probationary members in no class that closes in time (twice before the "
        "probation ends, 60 and 14 days by default: the enrolment rules) and each organizer's weekly list. Run "
        "daily from cron; nothing is sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Send in this process instead of queueing.")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, now: bool, lang: str, **options):
        translation.activate(lang)
        if now:
            sent = send_deadline_notices.call()
            self.stdout.write(_("Notices sent: %(learners)d to learners, %(organizers)d to organizers.") % sent)
        else:
            result = send_deadline_notices.enqueue()
            self.stdout.write(_("Deadline notice task queued: %(id)s") % {"id": result.id})
