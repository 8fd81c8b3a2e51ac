"""Quizzes after each lesson (and an optional final test of a course) and learners' attempts."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ScoringRule(models.TextChoices):
    BEST = "best", _("Best attempt counts")
    LAST = "last", _("Last attempt counts")


class Quiz(models.Model):
    """A lesson's quiz, or (without a lesson) the final online test of a course drawing from all its banks."""

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="quizzes", verbose_name=_("course")
    )
    module = models.OneToOneField(
        "courses.ModulePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="quiz",
        verbose_name=_("lesson"),
        help_text=_("Empty for the course's final test."),
    )
    question_count = models.PositiveSmallIntegerField(_("questions drawn"), default=10)
    attempts_allowed = models.PositiveSmallIntegerField(_("attempts allowed"), default=2)
    scoring = models.CharField(_("which attempt counts"), max_length=10, choices=ScoringRule.choices, default="best")
    pass_mark = models.DecimalField(_("pass mark (out of 10)"), max_digits=4, decimal_places=2, default=5)
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), null=True, blank=True)
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.UniqueConstraint(fields=["course"], condition=Q(module__isnull=True), name="quiz_one_final_test"),
            models.CheckConstraint(condition=Q(question_count__gte=1), name="quiz_draws_a_question"),
            models.CheckConstraint(condition=Q(attempts_allowed__gte=1), name="quiz_allows_an_attempt"),
            models.CheckConstraint(condition=Q(scoring__in=ScoringRule.values), name="quiz_scoring_valid"),
            models.CheckConstraint(condition=Q(pass_mark__gte=0, pass_mark__lte=10), name="quiz_pass_mark_0_10"),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True) | Q(closes_at__isnull=True) | Q(closes_at__gt=F("opens_at")),
                name="quiz_closes_after_opening",
            ),
        ]

    def __str__(self) -> str:
        return str(self.module.title) if self.module_id else f"{self.course.title} · final"

    @property
    def is_final(self) -> bool:
        return self.module_id is None


class QuizWindow(models.Model):
    """When one shift group may take the quiz, so each shift takes it at a sane hour."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="windows")
    shift_group = models.ForeignKey(
        "courses.ShiftGroup", on_delete=models.CASCADE, related_name="quiz_windows", verbose_name=_("shift group")
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))

    class Meta:
        verbose_name = _("quiz window")
        verbose_name_plural = _("quiz windows")
        constraints = [
            models.UniqueConstraint(fields=["quiz", "shift_group"], name="quiz_window_once_per_group"),
            models.CheckConstraint(condition=Q(closes_at__gt=F("opens_at")), name="quiz_window_closes_after_opening"),
        ]

    def __str__(self) -> str:
        return f"{self.quiz} · {self.shift_group}"


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", pgettext_lazy("quiz attempt", "In progress")
    SUBMITTED = "submitted", _("Submitted")


class Attempt(models.Model):
    """One sitting of a quiz. The drawn questions and option order are frozen in `paper` when it starts."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    number = models.PositiveSmallIntegerField()
    state = models.CharField(max_length=20, choices=AttemptState.choices, default="in_progress")
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    paper = models.JSONField(default=list)  # [{"q": question id, "o": [option ids in the order shown]}]
    answers = models.JSONField(default=dict)  # {"<question id>": [option ids] or "text"}
    correct = models.PositiveSmallIntegerField(default=0)
    score = models.DecimalField(max_digits=4, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["quiz", "learner", "number"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "learner", "number"], name="attempt_number_unique"),
            models.UniqueConstraint(
                fields=["quiz", "learner"], condition=Q(state="in_progress"), name="attempt_one_open_at_a_time"
            ),
            models.CheckConstraint(condition=Q(state__in=AttemptState.values), name="attempt_state_valid"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=10), name="attempt_score_0_10"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.quiz} · {self.number}"
