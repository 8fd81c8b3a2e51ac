from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from assessments.demo import load_assessments
from courses.demo.classes import load_classes
from courses.demo.leaflets import load_leaflets
from courses.demo.loader import load_curriculum
from courses.demo.schedule import load_schedule
from lms.demo import demo_password, load_activation_demo, load_people


class Command(BaseCommand):
    """Lives in the last app of `lms ← courses ← assessments` because it loads the data of all three."""

    help = "Load the demo data for every role (idempotent: running it again changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--lang", choices=["vi", "en"], default="vi", help="Language of the output.")

    def handle(self, *args, lang: str, **options):
        translation.activate(lang)
        logins = load_people()
        courses = load_curriculum()
        leaflets = load_leaflets()
        load_classes()
        activation = load_activation_demo()  # before the schedule, which gives every worker a shift group
        load_schedule()
        load_assessments()
        self.stdout.write(self.style.SUCCESS(_("Demo data loaded: %(count)d courses.") % {"count": len(courses)}))
        self.stdout.write(_("Demo logins (password: %(password)s):") % {"password": demo_password()})
        for login in logins:
            role = login.role.label if login.role else _("Administrator")
            self.stdout.write(f"  {login.username:<10} {role} — {login.full_name}")
        if leaflets:
            self.stdout.write(
                _("Leaflets for enterprise owners, open to anyone: %(url)s") % {"url": leaflets[0].get_parent().url}
            )
        if activation is not None:
            self.stdout.write(
                _("First login with an activation code (/kich-hoat/): phone %(phone)s, code %(code)s — %(name)s")
                % {"phone": activation.phone, "code": activation.code, "name": activation.full_name}
            )
