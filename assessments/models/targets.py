"""The organisation board's yearly targets per zone: how many of the zone's workers should pass each programme."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import ProgrammeKind

TARGET_PROGRAMMES = (ProgrammeKind.AWARENESS, ProgrammeKind.NEW_MEMBER)
MAX_TARGET = 100_000


class YearTarget(models.Model):
    zone = models.ForeignKey("lms.Zone", on_delete=models.CASCADE, related_name="year_targets", verbose_name=_("zone"))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    programme_kind = models.CharField(_("programme"), max_length=20, choices=ProgrammeKind.choices)
    workers_to_pass = models.PositiveIntegerField(
        _("workers passing"), validators=[MaxValueValidator(MAX_TARGET)], help_text=_("Workers of the zone who pass.")
    )
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("yearly target")
        verbose_name_plural = _("yearly targets")
        constraints = [
            models.UniqueConstraint(fields=["zone", "year", "programme_kind"], name="year_target_once"),
            models.CheckConstraint(
                condition=Q(programme_kind__in=[kind.value for kind in TARGET_PROGRAMMES]),
                name="year_target_programme_valid",
            ),
            models.CheckConstraint(condition=Q(year__gte=2000, year__lte=2100), name="year_target_year_range"),
            models.CheckConstraint(condition=Q(workers_to_pass__lte=MAX_TARGET), name="year_target_passed_range"),
        ]

    def __str__(self) -> str:
        return f"{self.zone} · {self.year} · {self.get_programme_kind_display()}: {self.workers_to_pass}"
