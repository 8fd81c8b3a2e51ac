"""The organisation board's yearly targets per zone: how many of the zone's workers should pass each programme, how
many should be admitted to the Party, and how many of its enterprises should found a party cell."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import ProgrammeKind

MAX_TARGET = 100_000


class TargetMeasure(models.TextChoices):
    """What a target counts: the zone's workers who pass a programme in the year (the passes of its classes opening
    in the year), those admitted to the Party in the year (the admission date on their profile), or the zone's
    enterprises whose party cell was founded in the year."""

    AWARENESS = ProgrammeKind.AWARENESS.value, ProgrammeKind.AWARENESS.label
    NEW_MEMBER = ProgrammeKind.NEW_MEMBER.value, ProgrammeKind.NEW_MEMBER.label
    ADMITTED = "admitted", _("Admitted to the Party")
    PARTY_CELLS = "party_cells", _("Party cells founded in enterprises")


TARGET_MEASURES = tuple(TargetMeasure)


class YearTarget(models.Model):
    zone = models.ForeignKey("lms.Zone", on_delete=models.CASCADE, related_name="year_targets", verbose_name=_("zone"))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    measure = models.CharField(_("measure"), max_length=20, choices=TargetMeasure.choices)
    number = models.PositiveIntegerField(
        _("number"),
        validators=[MaxValueValidator(MAX_TARGET)],
        help_text=_("Workers of the zone who reach it, or its enterprises for party cells."),
    )
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("yearly target")
        verbose_name_plural = _("yearly targets")
        constraints = [
            models.UniqueConstraint(fields=["zone", "year", "measure"], name="year_target_once"),
            models.CheckConstraint(condition=Q(measure__in=TargetMeasure.values), name="year_target_measure_valid"),
            models.CheckConstraint(condition=Q(year__gte=2000, year__lte=2100), name="year_target_year_range"),
            models.CheckConstraint(condition=Q(number__lte=MAX_TARGET), name="year_target_number_range"),
        ]

    def __str__(self) -> str:
        return f"{self.zone} · {self.year} · {self.get_measure_display()}: {self.number}"
