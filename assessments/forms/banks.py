"""Forms of the question-bank screens in the admin: a bank's lesson, one question with its options, imports."""

import base64
import binascii
from pathlib import PurePath

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from assessments.models import Difficulty, Question, QuestionBank, QuestionKind
from assessments.selectors.banks import course_titles_by_path, lesson_label, lessons_for_banks
from assessments.services.banks import (
    FALSE_TEXT,
    IMPORT_MAX_BYTES,
    MAX_OPTIONS,
    OPTION_LETTERS,
    TRUE_TEXT,
    ChoiceData,
    QuestionData,
    question_data_clean,
    true_false_choices,
)

UPLOAD_SUFFIXES = (".xlsx", ".csv")


class LessonChoiceField(forms.ModelChoiceField):
    """Lessons labelled "Course › 3. Lesson", in tree order."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", lessons_for_banks())
        super().__init__(*args, **kwargs)
        self._course_titles: dict[str, str] | None = None

    def label_from_instance(self, obj) -> str:
        if self._course_titles is None:
            self._course_titles = course_titles_by_path()
        return lesson_label(obj, self._course_titles)


class QuestionBankForm(WagtailAdminModelForm):
    """The admin's "add a question bank": choose a lesson that has none yet."""

    class Meta:
        model = QuestionBank
        fields = ["module"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        taken = QuestionBank.objects.exclude(pk=self.instance.pk).values("module_id")
        self.fields["module"] = LessonChoiceField(label=_("Lesson"), queryset=lessons_for_banks().exclude(pk__in=taken))


def _lines(value: str) -> list[str]:
    return [line for line in (value or "").splitlines() if line.strip()]


class QuestionForm(forms.Form):
    """One question. Options are used by choice questions, the true/false answer by true-or-false questions and
    the accepted answers by short-answer questions; the fields of the other kinds are ignored."""

    kind = forms.ChoiceField(label=_("Kind"), choices=QuestionKind.choices)
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 3}))
    true_false_answer = forms.ChoiceField(
        label=_("Correct answer"),
        choices=[("true", TRUE_TEXT), ("false", FALSE_TEXT)],
        widget=forms.RadioSelect,
        required=False,
    )
    accepted_answers = forms.CharField(
        label=_("Accepted answers"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_(
            "One per line. Capitals, spacing, punctuation at the ends and the place of the tone mark "
            "(hòa/hoà) do not matter; accents do."
        ),
    )
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Shown after the quiz is submitted."),
    )
    difficulty = forms.ChoiceField(label=_("Difficulty"), choices=Difficulty.choices, initial=Difficulty.MEDIUM)
    reference = forms.CharField(
        label=_("Code"), max_length=40, required=False, help_text=_("The question's code in the spreadsheet.")
    )
    is_active = forms.BooleanField(label=_("In use"), required=False, initial=True)

    def __init__(self, *args, question: Question | None = None, **kwargs):
        if question is not None:
            kwargs["initial"] = {**self.initial_for(question), **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)
        for index, letter in enumerate(OPTION_LETTERS[:MAX_OPTIONS], start=1):
            self.fields[f"option_{index}"] = forms.CharField(
                label=_("Option %(letter)s") % {"letter": letter}, max_length=500, required=False
            )
            self.fields[f"correct_{index}"] = forms.BooleanField(
                label=_("%(letter)s is correct") % {"letter": letter}, required=False
            )
        self.data_for_service: QuestionData | None = None

    @staticmethod
    def initial_for(question: Question) -> dict:
        initial = {
            "kind": question.kind,
            "text": question.text,
            "explanation": question.explanation,
            "difficulty": question.difficulty,
            "reference": question.reference,
            "is_active": question.is_active,
            "accepted_answers": "\n".join(question.accepted_answers or []),
        }
        choices = list(question.choices.all())
        if question.kind == QuestionKind.TRUE_FALSE:
            correct = next((choice for choice in choices if choice.is_correct), None)
            initial["true_false_answer"] = "true" if correct is not None and correct.text == TRUE_TEXT else "false"
        else:
            for index, choice in enumerate(choices[:MAX_OPTIONS], start=1):
                initial[f"option_{index}"] = choice.text
                initial[f"correct_{index}"] = choice.is_correct
        return initial

    def option_rows(self):
        """(option field, correct field) pairs for the template."""
        return [(self[f"option_{i}"], self[f"correct_{i}"]) for i in range(1, MAX_OPTIONS + 1)]

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if not kind or "text" not in cleaned:
            return cleaned
        choices: list[ChoiceData] = []
        accepted: list[str] = []
        if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
            choices = [
                ChoiceData(cleaned.get(f"option_{i}") or "", bool(cleaned.get(f"correct_{i}")))
                for i in range(1, MAX_OPTIONS + 1)
            ]
        elif kind == QuestionKind.TRUE_FALSE:
            answer = cleaned.get("true_false_answer")
            if not answer:
                self.add_error(
                    "true_false_answer",
                    _("Choose “%(true)s” or “%(false)s”.") % {"true": TRUE_TEXT, "false": FALSE_TEXT},
                )
                return cleaned
            choices = true_false_choices(answer=answer == "true")
        else:
            accepted = _lines(cleaned.get("accepted_answers", ""))
        data = QuestionData(
            kind=kind,
            text=cleaned["text"],
            choices=choices,
            accepted_answers=accepted,
            explanation=cleaned.get("explanation", ""),
            difficulty=cleaned.get("difficulty") or Difficulty.MEDIUM,
            reference=cleaned.get("reference", ""),
            is_active=bool(cleaned.get("is_active")),
        )
        try:
            self.data_for_service = question_data_clean(data)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.add_error(None if name == NON_FIELD_ERRORS or name not in self.fields else name, messages)
        return cleaned


class BankImportForm(forms.Form):
    module = LessonChoiceField(label=_("Lesson"))
    file = forms.FileField(
        label=_("Spreadsheet"),
        help_text=_("An Excel workbook (.xlsx) or a CSV file, one question per row."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(UPLOAD_SUFFIXES)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if PurePath(upload.name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise ValidationError(_("Upload a CSV file or an Excel workbook (.xlsx)."))
        if upload.size > IMPORT_MAX_BYTES:
            raise ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": IMPORT_MAX_BYTES // (1024 * 1024)}
            )
        return upload


class BankImportConfirmForm(forms.Form):
    """The previewed file, carried in the preview page so that the confirmation imports exactly what was shown."""

    module = LessonChoiceField(widget=forms.HiddenInput)
    filename = forms.CharField(max_length=255, widget=forms.HiddenInput)
    data = forms.CharField(widget=forms.HiddenInput, max_length=IMPORT_MAX_BYTES * 4 // 3 + 8)

    @staticmethod
    def encode(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    def clean_data(self) -> bytes:
        try:
            return base64.b64decode(self.cleaned_data["data"], validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(_("The file could not be read. Upload it again.")) from None
