"""Shift rosters of enterprises and the in-person sessions of classes (events in django-scheduler)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses.rosters import ChangeKind, Cycle, Shift


class ShiftPattern(models.Model):
    """A repeating roster: a cycle of days and the shifts in it (e.g. three shifts rotating weekly)."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    cycle_days = models.PositiveSmallIntegerField(_("cycle length (days)"))
    shifts = models.JSONField(_("shifts"), default=list, help_text=_('[{"day": 0, "start": "06:00", "minutes": 480}]'))

    class Meta:
        verbose_name = _("shift pattern")
        verbose_name_plural = _("shift patterns")
        constraints = [
            models.CheckConstraint(
                condition=Q(cycle_days__gte=1, cycle_days__lte=84), name="shift_pattern_cycle_1_to_84_days"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def cycle(self) -> Cycle:
        return Cycle(self.cycle_days, tuple(Shift.from_dict(item) for item in self.shifts))

    def clean(self):
        try:
            self.cycle()
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValidationError(
                {"shifts": _("Each shift needs a cycle day, a start time HH:MM and minutes.")}
            ) from None


class ShiftGroup(models.Model):
    """A crew (tổ, ca) of an enterprise following a pattern from an anchor date (its cycle day 0)."""

    enterprise = models.ForeignKey(
        "lms.Enterprise", on_delete=models.CASCADE, related_name="shift_groups", verbose_name=_("enterprise")
    )
    name = models.CharField(_("name"), max_length=120)
    pattern = models.ForeignKey(
        ShiftPattern, on_delete=models.PROTECT, related_name="groups", verbose_name=_("pattern")
    )
    anchor_date = models.DateField(_("cycle starts on"))

    class Meta:
        verbose_name = _("shift group")
        verbose_name_plural = _("shift groups")
        constraints = [models.UniqueConstraint(fields=["enterprise", "name"], name="shift_group_name_per_enterprise")]

    def __str__(self) -> str:
        return f"{self.enterprise} · {self.name}"


class ShiftMembership(models.Model):
    learner = models.OneToOneField(
        "lms.LearnerProfile", on_delete=models.CASCADE, related_name="shift_membership", verbose_name=_("learner")
    )
    group = models.ForeignKey(
        ShiftGroup, on_delete=models.CASCADE, related_name="members", verbose_name=pgettext_lazy("shift", "group")
    )

    class Meta:
        verbose_name = _("shift group membership")
        verbose_name_plural = _("shift group memberships")

    def __str__(self) -> str:
        return f"{self.learner} · {self.group.name}"


class RosterChange(models.Model):
    """A one-off change to a learner's roster: overtime, a swapped-in shift, or leave."""

    KIND_CHOICES = [
        (ChangeKind.OVERTIME.value, _("Overtime")),
        (ChangeKind.SWAP_IN.value, _("Swapped shift")),
        (ChangeKind.LEAVE.value, _("Leave")),
    ]
    learner = models.ForeignKey(
        "lms.LearnerProfile", on_delete=models.CASCADE, related_name="roster_changes", verbose_name=_("learner")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("to"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("roster change")
        verbose_name_plural = _("roster changes")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="roster_change_ends_after_start"),
            models.CheckConstraint(
                condition=Q(kind__in=[kind.value for kind in ChangeKind]), name="roster_change_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.get_kind_display()}"


class Venue(models.Model):
    """A hall or room where in-person sessions take place; its sessions live on its own scheduler calendar."""

    name = models.CharField(_("name"), max_length=200)
    zone = models.ForeignKey("lms.Zone", on_delete=models.PROTECT, related_name="venues", verbose_name=_("zone"))
    address = models.CharField(_("address"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(_("seats"), default=50)
    calendar = models.OneToOneField("schedule.Calendar", on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="venue_name_per_zone")]

    def __str__(self) -> str:
        return self.name


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class Session(models.Model):
    """One in-person session (buổi) of a module for a class."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.PROTECT, related_name="sessions")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.PROTECT, related_name="sessions")
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT, related_name="sessions")
    instructor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="sessions_taught"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("places"))
    status = models.CharField(_("status"), max_length=20, choices=SessionStatus.choices, default="scheduled")
    # The scheduler event; a weekly series shares one recurring event, each session being one of its occurrences.
    event = models.ForeignKey("schedule.Event", on_delete=models.PROTECT, related_name="+")
    occurrence_start = models.DateTimeField(null=True, blank=True, help_text="Original start within a series.")

    class Meta:
        verbose_name = pgettext_lazy("class session", "session")
        verbose_name_plural = pgettext_lazy("class session", "sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="session_capacity_positive"),
            models.CheckConstraint(condition=Q(status__in=SessionStatus.values), name="session_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.cohort} · {self.module.title} · {self.starts_at:%d/%m/%Y %H:%M}"


class BookingState(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class BookingFlag(models.TextChoices):
    """Why a booking needs the learner's attention after something changed."""

    NONE = "", _("No change")
    SESSION_MOVED = "session_moved", _("The session was moved")
    SESSION_CANCELLED = "session_cancelled", _("The session was cancelled")
    ROSTER_CLASH = "roster_clash", _("The session now clashes with your shift roster")


class Booking(models.Model):
    """A learner's place in a session (or on its waiting list). One active booking per learner and lesson."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="bookings")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bookings")
    state = models.CharField(_("state"), max_length=20, choices=BookingState.choices)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The organizer who allowed a session that clashes with the roster."),
    )
    flag = models.CharField(_("attention"), max_length=30, choices=BookingFlag.choices, default="", blank=True)
    flagged_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "module"],
                condition=Q(state__in=["booked", "waitlisted"]),
                name="booking_one_active_per_lesson",
            ),
            models.CheckConstraint(condition=Q(state__in=BookingState.values), name="booking_state_valid"),
            models.CheckConstraint(condition=Q(flag__in=BookingFlag.values), name="booking_flag_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.session} · {self.get_state_display()}"


class CalendarFeed(models.Model):
    """A private iCal address for one person's sessions. Rotating the token revokes the old address."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return f"{self.user}"


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    LEFT_EARLY = "left_early", _("Left early")
    ABSENT = "absent", _("Absent")


class Attendance(models.Model):
    """Whether a learner attended a session; what the completion rules read."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("status"), max_length=20, choices=AttendanceStatus.choices)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    by_qr = models.BooleanField(_("by QR code"), default=False)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "learner"], name="attendance_once_per_session"),
            models.CheckConstraint(condition=Q(status__in=AttendanceStatus.values), name="attendance_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.session} · {self.get_status_display()}"
