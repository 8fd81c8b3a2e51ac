"""Arguments shared by the commands."""

from django.core.management.base import CommandError
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from lms.models import Zone
from lms.text import nfc


def zones_named(names: list[str]) -> QuerySet[Zone]:
    """The zones with these exact names (every zone when none is given), or a CommandError naming the unknown."""
    names = [nfc(name.strip()) for name in names]
    zones = Zone.objects.filter(name__in=names) if names else Zone.objects.all()
    unknown = sorted(set(names) - set(zones.values_list("name", flat=True)))
    if unknown:
        raise CommandError(_("No zone is named %(names)s.") % {"names": ", ".join(unknown)})
    return zones
