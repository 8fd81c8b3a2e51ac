from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from lms.services import role_groups_sync


class Command(BaseCommand):
    help = "Create the group of every role and set the permissions the code gives it (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args, lang: str, **options):
        translation.activate(lang)
        for role, group in role_groups_sync().items():
            self.stdout.write(
                _("%(role)s: group “%(group)s”, %(count)d permissions")
                % {"role": role.label, "group": group.name, "count": group.permissions.count()}
            )
