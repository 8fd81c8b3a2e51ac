from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleProgress(models.Model):
    """One learner's study of one lesson: opened, time spent, where they stopped reading, completion."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress", verbose_name=_("learner")
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="progress", verbose_name=_("lesson")
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )
    first_opened_at = models.DateTimeField(_("first opened"))
    last_seen_at = models.DateTimeField(_("last seen"))
    seconds_spent = models.PositiveIntegerField(_("time spent (seconds)"), default=0)
    position_anchor = models.CharField(_("reading position"), max_length=64, blank=True)
    position_ratio = models.FloatField(_("reading position (share of the page)"), default=0.0)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="progress_one_row_per_learner_and_lesson"),
            models.CheckConstraint(
                condition=models.Q(position_ratio__gte=0.0, position_ratio__lte=1.0),
                name="progress_position_ratio_between_0_and_1",
            ),
            models.CheckConstraint(
                condition=models.Q(last_seen_at__gte=models.F("first_opened_at")),
                name="progress_last_seen_after_first_opened",
            ),
        ]
        indexes = [models.Index(fields=["user", "-last_seen_at"], name="progress_user_recent")]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.module_id}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None
