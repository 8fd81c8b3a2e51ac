"""The completion policy of a course and each learner's computed result in a class."""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class AssessmentMode(models.TextChoices):
    REFLECTION = "reflection", _("Written reflection")
    FINAL_TEST = "final_test", _("Final online test")
    BOTH = "both", _("Reflection and final test")


class Band(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")  # xuất sắc
    GOOD = "good", _("Good")  # giỏi
    FAIR = "fair", _("Fair")  # khá
    PASS = "pass", _("Pass")  # đạt
    FAIL = "fail", _("Not passed")  # không đạt


def _score_field(label, default):
    return models.DecimalField(label, max_digits=4, decimal_places=2, default=Decimal(default))


class CompletionPolicy(models.Model):
    """How a course's result is made; edited by organizers. Weights are percentages that add up to 100."""

    course = models.OneToOneField(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="completion_policy", verbose_name=_("course")
    )
    require_attendance = models.BooleanField(_("attend every in-person lesson (make-up counts)"), default=True)
    require_online = models.BooleanField(_("complete every online lesson"), default=True)
    mode = models.CharField(
        _("written assessment"), max_length=20, choices=AssessmentMode.choices, default="reflection"
    )
    quiz_threshold = _score_field(_("quiz average at least"), "5")
    reflection_threshold = _score_field(_("reflection at least"), "5")
    final_test_threshold = _score_field(_("final test at least"), "5")
    weight_quizzes = models.PositiveSmallIntegerField(_("weight of the quizzes (%)"), default=30)
    weight_reflection = models.PositiveSmallIntegerField(_("weight of the reflection (%)"), default=70)
    weight_final_test = models.PositiveSmallIntegerField(_("weight of the final test (%)"), default=0)
    band_excellent = _score_field(_("excellent from"), "9")
    band_good = _score_field(_("good from"), "8")
    band_fair = _score_field(_("fair from"), "6.5")
    band_pass = _score_field(_("pass from"), "5")
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("completion policy")
        verbose_name_plural = _("completion policies")
        constraints = [
            models.CheckConstraint(
                condition=Q(weight_quizzes__lte=100, weight_reflection__lte=100, weight_final_test__lte=100),
                name="policy_weights_percent",
            ),
            models.CheckConstraint(
                condition=Q(weight_quizzes=100 - F("weight_reflection") - F("weight_final_test")),
                name="policy_weights_add_up_to_100",
            ),
            models.CheckConstraint(
                condition=Q(band_excellent__lte=10)
                & Q(band_excellent__gte=F("band_good"))
                & Q(band_good__gte=F("band_fair"))
                & Q(band_fair__gte=F("band_pass"))
                & Q(band_pass__gte=0),
                name="policy_bands_descending",
            ),
            models.CheckConstraint(condition=Q(mode__in=AssessmentMode.values), name="policy_mode_valid"),
        ]

    def __str__(self) -> str:
        return str(self.course.title)


class PolicyChange(models.Model):
    """One save of a course's completion policy that changed it: who, when, why, and each field's old and new value.

    A course is province-wide, so a change made by one unit's organizer moves the results of every unit's open
    classes; this history is what the other units read to learn why.
    """

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="policy_changes", verbose_name=_("course")
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    actor_name = models.CharField(_("by (name)"), max_length=150)
    at = models.DateTimeField(_("at"), auto_now_add=True)
    first = models.BooleanField(_("first setting"), default=False)  # the policy did not exist before
    reason = models.TextField(_("reason"), blank=True)
    changes = models.JSONField(default=list)  # [{"field": ..., "old": str, "new": str}], in POLICY_FIELDS order

    class Meta:
        verbose_name = _("completion policy change")
        verbose_name_plural = _("completion policy changes")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["course", "-at"], name="policy_change_course_at")]
        constraints = [
            # Changing a policy already in force always says why; only the first setting may go without.
            models.CheckConstraint(condition=Q(first=True) | ~Q(reason=""), name="policy_change_has_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor_name}"


class Result(models.Model):
    """A learner's result in a class, as the policy computed it, with the inputs it used."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.CASCADE, related_name="results")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="results")
    complete = models.BooleanField(_("complete"), default=False)  # nothing is missing any more
    passed = models.BooleanField(_("passed"), default=False)
    score = models.DecimalField(_("score"), max_digits=4, decimal_places=2, null=True, blank=True)
    band = models.CharField(_("band"), max_length=20, choices=Band.choices, blank=True)
    missing = models.JSONField(default=list, blank=True)  # [{"code": ..., "params": {...}}]
    inputs = models.JSONField(default=dict, blank=True)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("result")
        verbose_name_plural = _("results")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "learner"], name="result_once_per_class"),
            models.CheckConstraint(condition=Q(band__in=[*Band.values, ""]), name="result_band_valid"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=10), name="result_score_0_10"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.cohort} · {self.get_band_display()}"
