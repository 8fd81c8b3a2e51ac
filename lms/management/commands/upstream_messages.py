from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from lms.upstream_catalogue import catalogue_gaps, catalogue_update


class Command(BaseCommand):
    help = (
        "Report the strings of Wagtail and Django that no Vietnamese catalogue translates (locale_upstream/vi); "
        "--update adds them there for a translator and drops those no package has any more."
    )

    def add_arguments(self, parser):
        parser.add_argument("--update", action="store_true")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, update: bool, lang: str, **options):
        translation.activate(lang)
        if update:
            added, dropped = catalogue_update()
            self.stdout.write(_("%(added)d strings added, %(dropped)d dropped.") % {"added": added, "dropped": dropped})
        gaps = catalogue_gaps()
        for message in gaps.missing[:50]:
            self.stdout.write(f"  [{message.domain}] {message.msgid[:100]!r}")
        if gaps.missing:
            raise CommandError(
                _("%(count)d strings of the admin have no Vietnamese translation in locale_upstream/vi.")
                % {"count": len(gaps.missing)}
            )
        self.stdout.write(_("Every string of the admin has a Vietnamese translation."))
