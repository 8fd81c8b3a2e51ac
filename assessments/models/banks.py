"""Question banks: one per lesson, written by the propaganda board (often in spreadsheets)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    SHORT = "short", _("Short answer")


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class QuestionBank(models.Model):
    module = models.OneToOneField(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="question_bank", verbose_name=_("lesson")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self) -> str:
        return str(self.module.title)


class Question(models.Model):
    bank = models.ForeignKey(QuestionBank, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    text = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"), blank=True, help_text=_("Shown after the quiz is submitted."))
    difficulty = models.CharField(_("difficulty"), max_length=10, choices=Difficulty.choices, default="medium")
    accepted_answers = models.JSONField(_("accepted answers"), default=list, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)
    reference = models.CharField(
        _("reference"), max_length=40, blank=True, help_text=_("The question's code in the spreadsheet.")
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=QuestionKind.values), name="question_kind_valid"),
            models.CheckConstraint(condition=Q(difficulty__in=Difficulty.values), name="question_difficulty_valid"),
            models.UniqueConstraint(
                fields=["bank", "reference"], condition=~Q(reference=""), name="question_reference_unique_in_bank"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("option")
        verbose_name_plural = _("options")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text
