"""Completion certificates: numbered per issuing body, programme and year, with a snapshot of everything printed,
revoked or superseded but never deleted, verified through a random code."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from assessments.models.results import Band
from assessments.storage import private_storage


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class CertificateCounter(models.Model):
    """The last number given by an issuing body in a series and year. Issuing locks this row, so numbers are
    gap-free and never given twice, however many workers issue at once."""

    organizing_unit = models.ForeignKey("lms.OrganizingUnit", on_delete=models.PROTECT, related_name="+")
    series = models.CharField(max_length=20)  # e.g. "GCN-NTĐ"
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organizing_unit", "series", "year"], name="certificate_counter_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organizing_unit} · {self.series} · {self.year}: {self.last_number}"


class Certificate(models.Model):
    code = models.CharField(max_length=40, unique=True, editable=False)  # random; the QR code's URL holds it
    organizing_unit = models.ForeignKey(
        "lms.OrganizingUnit", on_delete=models.PROTECT, related_name="certificates", verbose_name=_("issuing body")
    )
    series = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveIntegerField()
    reference = models.CharField(_("number"), max_length=40, db_index=True)  # as printed: 0123/GCN-NTĐ/2026
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates")
    cohort = models.ForeignKey("courses.Cohort", on_delete=models.PROTECT, related_name="certificates")
    status = models.CharField(_("status"), max_length=20, choices=CertificateStatus.choices, default="valid")
    issued_at = models.DateTimeField(auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revocation_reason = models.TextField(_("reason"), blank=True)
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by", verbose_name=_("replaces")
    )
    # The snapshot: what the certificate says, fixed at issue time.
    full_name = models.CharField(_("full name"), max_length=200)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    enterprise = models.CharField(_("workplace"), max_length=255, blank=True)
    course_title = models.CharField(_("course"), max_length=255)
    programme_kind = models.CharField(max_length=20)
    cohort_code = models.CharField(_("class"), max_length=40)
    studied_from = models.DateField()
    studied_to = models.DateField()
    score = models.DecimalField(max_digits=4, decimal_places=2, null=True, blank=True)
    band = models.CharField(_("result"), max_length=20)
    parent_body = models.CharField(max_length=200, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=255)
    signer_name = models.CharField(max_length=120, blank=True)
    signer_title = models.CharField(max_length=120, blank=True)
    place = models.CharField(max_length=120, blank=True)
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    pdf = models.FileField(upload_to="certificates/%Y/", storage=private_storage, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organizing_unit", "series", "year", "number"], name="certificate_number_unique"
            ),
            models.UniqueConstraint(
                fields=["learner", "cohort"], condition=Q(status="valid"), name="certificate_one_valid_per_class"
            ),
            models.CheckConstraint(condition=Q(status__in=CertificateStatus.values), name="certificate_status_valid"),
            models.CheckConstraint(condition=Q(number__gte=1), name="certificate_number_positive"),
            models.CheckConstraint(
                condition=Q(status="revoked", revoked_at__isnull=False) | ~Q(status="revoked"),
                name="certificate_revocation_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} · {self.full_name}"

    @property
    def band_label(self) -> str:
        return Band(self.band).label if self.band in Band.values else self.band


class BatchState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Issuing")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class IssuanceBatch(models.Model):
    """A whole class's certificates issued by the background worker; the organizer watches its progress."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.CASCADE, related_name="issuance_batches")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    state = models.CharField(max_length=20, choices=BatchState.choices, default="queued")
    total = models.PositiveIntegerField(default=0)
    issued = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(state__in=BatchState.values), name="batch_state_valid"),
            models.UniqueConstraint(
                fields=["cohort"], condition=Q(state__in=["queued", "running"]), name="batch_one_running_per_class"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.issued}/{self.total}"
