"""Classes (cohorts), nominations by unions, and enrolments with their history."""

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from courses.models.pages import ProgrammeKind

cohort_code_validator = RegexValidator(
    r"^[A-Za-z0-9ĐđÂÊÔƠƯĂâêôơưă_.\-/]{3,30}$",
    _("A class code has 3–30 letters, digits, '-', '.', '/' or '_', e.g. NTĐ-2026-05."),
)


class CohortStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    OPEN = "open", _("Open for enrolment")
    RUNNING = "running", _("Running")
    CLOSED = "closed", _("Closed")


class Cohort(models.Model):
    """A class (lớp) of a course, run by an organizing unit in a zone."""

    code = models.CharField(_("class code"), max_length=30, unique=True, validators=[cohort_code_validator])
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("course")
    )
    organizing_unit = models.ForeignKey(
        "lms.OrganizingUnit", on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("organizing unit")
    )
    zone = models.ForeignKey("lms.Zone", on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("zone"))
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    capacity = models.PositiveIntegerField(_("capacity"), validators=[MinValueValidator(1)])
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="cohorts_taught", blank=True, verbose_name=_("instructors")
    )
    enrolment_opens_on = models.DateField(_("enrolment opens on"), null=True, blank=True)
    enrolment_closes_on = models.DateField(_("enrolment closes on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=CohortStatus.choices, default=CohortStatus.PLANNED)
    # Set by closing the class (its results become final), cleared by reopening it.
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["-opens_on", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(closes_on__gte=F("opens_on")), name="cohort_closes_after_opening"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="cohort_capacity_positive"),
            models.CheckConstraint(
                condition=Q(enrolment_opens_on__isnull=True)
                | Q(enrolment_closes_on__isnull=True)
                | Q(enrolment_closes_on__gte=F("enrolment_opens_on")),
                name="cohort_enrolment_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(enrolment_closes_on__isnull=True) | Q(enrolment_closes_on__lte=F("closes_on")),
                name="cohort_enrolment_closes_before_class_ends",
            ),
            models.CheckConstraint(condition=Q(status__in=CohortStatus.values), name="cohort_status_valid"),
            models.CheckConstraint(
                condition=Q(closed_at__isnull=True) | Q(status=CohortStatus.CLOSED), name="cohort_closed_at_only_closed"
            ),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_final(self) -> bool:
        """Closed through "close the class": its learners' states and results are final."""
        return self.closed_at is not None


class NominationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Nomination(models.Model):
    """A union proposes a worker for a programme; an organizer approves (placing them in a class) or rejects."""

    learner = models.ForeignKey(
        "lms.LearnerProfile", on_delete=models.CASCADE, related_name="nominations", verbose_name=_("worker")
    )
    programme_kind = models.CharField(_("programme"), max_length=20, choices=ProgrammeKind.choices)
    union = models.ForeignKey(
        "lms.Union", on_delete=models.PROTECT, related_name="nominations", verbose_name=_("union")
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("nominated by")
    )
    recommendation = models.TextField(_("recommendation"), max_length=1000)
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=20, choices=NominationStatus.choices, default=NominationStatus.PENDING
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.PROTECT, null=True, blank=True, related_name="nominations", verbose_name=_("class")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "programme_kind"],
                condition=Q(status="pending"),
                name="nomination_one_pending_per_programme",
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(cohort__isnull=False), name="nomination_approved_has_class"
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""), name="nomination_rejected_has_reason"
            ),
            models.CheckConstraint(condition=Q(status__in=NominationStatus.values), name="nomination_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.get_programme_kind_display()}"


class EnrolmentState(models.TextChoices):
    NOMINATED = "nominated", _("Nominated")
    ENROLLED = "enrolled", _("Enrolled")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")
    NOT_COMPLETED = "not_completed", _("Not completed")


# Which state an organizer may set by hand; everything else is refused by the service. "Completed" and "not
# completed" follow from the learners' results when the class is closed, and reopening the class undoes them.
ENROLMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    EnrolmentState.NOMINATED: frozenset({EnrolmentState.ENROLLED, EnrolmentState.WITHDRAWN}),
    EnrolmentState.ENROLLED: frozenset({EnrolmentState.WITHDRAWN}),
    EnrolmentState.WITHDRAWN: frozenset({EnrolmentState.ENROLLED}),
    EnrolmentState.COMPLETED: frozenset(),
    EnrolmentState.NOT_COMPLETED: frozenset(),
}
# States that hold a seat in the class: the learner studies, books sessions and takes quizzes.
SEAT_STATES = (EnrolmentState.NOMINATED, EnrolmentState.ENROLLED)
# States given when the class closes.
FINAL_STATES = (EnrolmentState.COMPLETED, EnrolmentState.NOT_COMPLETED)
# The class's learners for its gradebook, reflections and figures: everyone but those who withdrew.
MEMBER_STATES = (*SEAT_STATES, *FINAL_STATES)
# A complete, passed result earns a certificate in these states (not after a withdrawal).
CERTIFIABLE_STATES = (*SEAT_STATES, EnrolmentState.COMPLETED)


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("learner")
    )
    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("class"))
    state = models.CharField(_("state"), max_length=20, choices=EnrolmentState.choices)
    nomination = models.OneToOneField(
        Nomination,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolment",
        verbose_name=_("nomination"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["learner", "cohort"], name="enrolment_once_per_class"),
            models.CheckConstraint(condition=Q(state__in=EnrolmentState.values), name="enrolment_state_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.cohort}"


class EnrolmentEvent(models.Model):
    """The enrolment's history: every change of state, who made it and why. Never edited."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="events")
    from_state = models.CharField(_("from"), max_length=20, choices=EnrolmentState.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=20, choices=EnrolmentState.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField(_("at"))
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("enrolment event")
        verbose_name_plural = _("enrolment events")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.from_state or '—'} → {self.to_state}"
