"""Where learners work and who runs the classes: zones, enterprises, their unions, organizing units."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ZoneKind(models.TextChoices):
    INDUSTRIAL = "industrial", _("Industrial zone")
    ECONOMIC = "economic", _("Economic zone")
    EXPORT_PROCESSING = "export_processing", _("Export-processing zone")


class Ownership(models.TextChoices):
    DOMESTIC = "domestic", _("Domestic")
    FOREIGN = "foreign", _("Foreign-invested")


class Zone(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ZoneKind.choices, default=ZoneKind.INDUSTRIAL)
    province = models.CharField(_("province"), max_length=100)

    class Meta:
        verbose_name = _("zone")
        verbose_name_plural = _("zones")
        ordering = ["name"]
        constraints = [models.CheckConstraint(condition=models.Q(kind__in=ZoneKind.values), name="zone_kind_valid")]

    def __str__(self) -> str:
        return self.name


tax_code_validator = RegexValidator(
    r"^\d{10}(-\d{3})?$", _("A tax code has 10 digits, or 10 digits, a hyphen and 3 digits for a branch.")
)


class Enterprise(models.Model):
    name = models.CharField(_("name"), max_length=255)
    tax_code = models.CharField(_("tax code"), max_length=14, unique=True, validators=[tax_code_validator])
    zone = models.ForeignKey(Zone, on_delete=models.PROTECT, related_name="enterprises", verbose_name=_("zone"))
    ownership = models.CharField(_("ownership"), max_length=20, choices=Ownership.choices, default=Ownership.DOMESTIC)
    investor_country = models.CharField(_("investor country"), max_length=100, blank=True)
    workforce = models.PositiveIntegerField(_("workforce"), default=0)
    travel_buffer_minutes = models.PositiveSmallIntegerField(
        _("travel time before and after a shift (minutes)"), default=60
    )
    night_rest_minutes = models.PositiveSmallIntegerField(_("rest after a night shift (minutes)"), default=480)
    party_cell_founded_on = models.DateField(
        _("party cell founded on"),
        null=True,
        blank=True,
        help_text=_("When the enterprise's own party cell was founded; empty while it has none."),
    )

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ownership__in=Ownership.values), name="enterprise_ownership_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(tax_code__regex=r"^[0-9]{10}(-[0-9]{3})?$"), name="enterprise_tax_code_format"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class UnionKind(models.TextChoices):
    TRADE_UNION = "trade_union", _("Grassroots trade union")
    YOUTH_UNION = "youth_union", _("Youth union branch")


class Union(models.Model):
    """A grassroots trade union (công đoàn cơ sở) or youth union branch of an enterprise."""

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="unions", verbose_name=_("enterprise")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=UnionKind.choices, default=UnionKind.TRADE_UNION)
    name = models.CharField(_("name"), max_length=255)

    class Meta:
        verbose_name = _("union")
        verbose_name_plural = _("unions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "kind"], name="union_one_per_kind_per_enterprise"),
            models.CheckConstraint(condition=models.Q(kind__in=UnionKind.values), name="union_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name


class OrganizingUnitKind(models.TextChoices):
    TRAINING_CENTRE = "training_centre", _("Political training centre")
    BLOC_COMMITTEE = "bloc_committee", _("Party committee of a bloc")
    ZONE_COMMITTEE = "zone_committee", _("Party committee of a zone")


class OrganizingUnit(models.Model):
    """Owns classes; its staff act only inside its zones."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganizingUnitKind.choices, default=OrganizingUnitKind.TRAINING_CENTRE
    )
    zones = models.ManyToManyField(Zone, related_name="organizing_units", verbose_name=_("zones"), blank=True)
    issues_certificates = models.BooleanField(_("issues certificates"), default=False)
    # How the unit appears on its certificates; blank fields fall back to the site's issuing-body settings.
    parent_body = models.CharField(
        _("parent body"), max_length=200, blank=True, help_text=_("Printed above the unit's name on certificates.")
    )
    signer_name = models.CharField(_("signer's name"), max_length=120, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=120, blank=True)
    place = models.CharField(_("place of issue"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("organizing unit")
        verbose_name_plural = _("organizing units")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
