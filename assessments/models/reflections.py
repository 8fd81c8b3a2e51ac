"""The written reflection (bài thu hoạch) of a course, its rubric and learners' submissions."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from assessments.storage import private_storage
from lms.admin_forms import TolerantInlinePanel


class ReflectionAssignment(ClusterableModel):
    """The course's written reflection; its rubric criteria are edited inline with it in the admin."""

    course = models.OneToOneField(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="reflection_assignment", verbose_name=_("course")
    )
    prompt = models.TextField(_("prompt"))
    min_words = models.PositiveIntegerField(_("minimum words"), default=300)
    max_words = models.PositiveIntegerField(_("maximum words"), default=1500)
    due_at = models.DateTimeField(_("due"), null=True, blank=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("prompt"),
        FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
        FieldPanel("due_at"),
        TolerantInlinePanel("criteria", label=_("Rubric (the points add up to 10)"), min_num=1),
    ]

    class Meta:
        verbose_name = _("reflection assignment")
        verbose_name_plural = _("reflection assignments")
        constraints = [
            models.CheckConstraint(condition=Q(max_words__gte=F("min_words")), name="reflection_word_range_valid")
        ]

    def __str__(self) -> str:
        return str(self.course.title)


class RubricCriterion(models.Model):
    """One row of the grading rubric; the points of all rows add up to 10."""

    assignment = ParentalKey(ReflectionAssignment, on_delete=models.CASCADE, related_name="criteria")
    title = models.CharField(_("criterion"), max_length=200)
    description = models.TextField(_("what earns the points"), blank=True)
    max_points = models.DecimalField(_("points"), max_digits=4, decimal_places=2)
    position = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("max_points")]

    class Meta:
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(max_points__gt=0, max_points__lte=10), name="criterion_points_0_10")
        ]

    def __str__(self) -> str:
        return self.title


class ReflectionState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for revision")
    GRADED = "graded", _("Graded")


class Reflection(models.Model):
    assignment = models.ForeignKey(ReflectionAssignment, on_delete=models.CASCADE, related_name="reflections")
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    cohort = models.ForeignKey("courses.Cohort", on_delete=models.PROTECT, related_name="reflections")
    text = models.TextField(_("text"), blank=True)
    upload = models.FileField(
        _("photo or PDF of a handwritten page"), upload_to="reflections/%Y/%m/", storage=private_storage, blank=True
    )
    state = models.CharField(_("state"), max_length=20, choices=ReflectionState.choices, default="draft")
    submitted_at = models.DateTimeField(null=True, blank=True)
    times_returned = models.PositiveSmallIntegerField(default=0)
    return_note = models.TextField(_("what to revise"), blank=True)
    points = models.JSONField(default=dict, blank=True)  # {"<criterion id>": points}
    score = models.DecimalField(_("score"), max_digits=4, decimal_places=2, null=True, blank=True)
    feedback = models.TextField(_("feedback"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(fields=["assignment", "learner"], name="reflection_one_per_learner"),
            models.CheckConstraint(condition=Q(state__in=ReflectionState.values), name="reflection_state_valid"),
            models.CheckConstraint(condition=Q(times_returned__lte=1), name="reflection_returned_at_most_once"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__gte=0, score__lte=10), name="reflection_score_0_10"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.assignment}"
