"""Question banks: validating questions, the admin's writes, and importing/exporting banks as spreadsheets.

Editors of the propaganda board write questions in spreadsheets (.xlsx or .csv), one question per row:

    Mã | Loại | Câu hỏi | A | B | C | D | E | F | Đáp án | Giải thích | Độ khó | Đang dùng

Headers are matched without regard to case, accents or punctuation, and English aliases are accepted (see
`COLUMNS`). `Loại`, `Câu hỏi` and `Đáp án` are required. The answer is a letter ("B"), several letters ("A, C"),
"Đúng"/"Sai", or for a short answer every accepted answer separated by "|". A blank `Giải thích`, `Độ khó` or
`Đang dùng` cell keeps what an existing question already has (new questions: no explanation, medium, in use).

A row updates the question with the same code (`Mã`); a row without a code updates the question with the same
text, else adds a new one. Questions that are not in the file are left alone, and the order of existing questions
is kept. An import writes only when no row has an error, all rows in one transaction: editors fix the sheet and
upload it again rather than wonder which half went in. `bank_export` writes the same format, so exporting and
importing again changes nothing.
"""

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessments.answers import normalise_answer
from assessments.models import Choice, Difficulty, Question, QuestionBank, QuestionKind
from courses.models import ModulePage
from lms.models import User
from lms.roster.parsing import fold
from lms.spreadsheets import SpreadsheetError, read_table
from lms.text import nfc

__all__ = [
    "COLUMNS",
    "IMPORT_MAX_BYTES",
    "PERMISSION",
    "BankImportReport",
    "ChoiceData",
    "ImportRow",
    "QuestionData",
    "RowFate",
    "bank_ensure",
    "bank_export",
    "bank_import",
    "can_edit_banks",
    "question_changes",
    "question_create",
    "question_data_clean",
    "question_set_active",
    "question_update",
    "question_validate",
    "true_false_choices",
]

PERMISSION = "assessments.change_questionbank"
IMPORT_MAX_BYTES = 1024 * 1024  # about 5,000 questions; the preview carries the file in the page
OPTION_LETTERS = "ABCDEF"
MAX_OPTIONS = len(OPTION_LETTERS)
TRUE_TEXT = "Đúng"
FALSE_TEXT = "Sai"
ANSWER_SEPARATOR = "|"
CHOICE_MAX_LENGTH = Choice._meta.get_field("text").max_length
REFERENCE_MAX_LENGTH = Question._meta.get_field("reference").max_length

# What the exported sheet writes (and the first name the import accepts).
KIND_WORDS = {
    QuestionKind.SINGLE: "Một lựa chọn",
    QuestionKind.MULTIPLE: "Nhiều lựa chọn",
    QuestionKind.TRUE_FALSE: "Đúng sai",
    QuestionKind.SHORT: "Trả lời ngắn",
}
DIFFICULTY_WORDS = {Difficulty.EASY: "Dễ", Difficulty.MEDIUM: "Trung bình", Difficulty.HARD: "Khó"}
YES_WORD, NO_WORD = "Có", "Không"


# --------------------------------------------------------------------------------------------------------------
# Text


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")


def clean_line(value: Any) -> str:
    """One-line text (options, codes, answers): NFC, no zero-width characters, whitespace collapsed."""
    return " ".join(nfc(_as_text(value)).translate(_INVISIBLE).split())


def clean_text(value: Any) -> str:
    """Text that may span lines (question, explanation): each line cleaned, no blank lines at either end."""
    lines = [" ".join(line.split()) for line in _LINE_BREAKS.split(nfc(_as_text(value)).translate(_INVISIBLE))]
    return "\n".join(lines).strip("\n")


def text_key(text: str) -> str:
    """When two question texts count as the same question (case, tone placement, spacing and edges ignored)."""
    return normalise_answer(text)


def _as_text(value: Any) -> str:
    """A spreadsheet cell as the editor reads it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return TRUE_TEXT if value else FALSE_TEXT
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------------------------------
# Validation


@dataclass(frozen=True)
class ChoiceData:
    text: str
    is_correct: bool = False


@dataclass
class QuestionData:
    """A question as written by an editor. `None` for explanation, difficulty or is_active: keep what the
    question has (a new question gets no explanation, medium difficulty and is in use)."""

    kind: str
    text: str
    choices: list[ChoiceData] = field(default_factory=list)
    accepted_answers: list[str] = field(default_factory=list)
    explanation: str | None = ""
    difficulty: str | None = Difficulty.MEDIUM
    reference: str = ""
    is_active: bool | None = True


def true_false_choices(*, answer: bool) -> list[ChoiceData]:
    """The two options of a true-or-false question, "Đúng" first."""
    return [ChoiceData(TRUE_TEXT, answer), ChoiceData(FALSE_TEXT, not answer)]


def _as_choice(value: ChoiceData | tuple[str, bool]) -> ChoiceData:
    if isinstance(value, ChoiceData):
        return value
    text, is_correct = value
    return ChoiceData(text, bool(is_correct))


def question_validate(
    kind: str, choices: Sequence[ChoiceData | tuple[str, bool]], accepted_answers: Sequence[str]
) -> tuple[list[ChoiceData], list[str]]:
    """Check a question's options and accepted answers against its kind and return them cleaned.

    single: at least two options, exactly one correct; multiple: at least two options, at least one correct;
    true_false: exactly the options "Đúng" and "Sai" (see `true_false_choices`), one correct; short: no options,
    at least one accepted answer. Blank options and answers are dropped; accepted answers are kept only for short
    answers. Raises ValidationError listing every problem.
    """
    given = [_as_choice(choice) for choice in choices]
    errors: list[str] = []
    if any(choice.is_correct and not clean_line(choice.text) for choice in given):
        errors.append(_("An empty option cannot be the correct answer."))
    options = [ChoiceData(clean_line(choice.text), choice.is_correct) for choice in given if clean_line(choice.text)]
    answers: list[str] = []
    seen: set[str] = set()
    for answer in accepted_answers:
        answer = clean_line(answer)
        if answer and normalise_answer(answer) not in seen:
            seen.add(normalise_answer(answer))
            answers.append(answer)
    correct = sum(1 for option in options if option.is_correct)

    if kind not in QuestionKind.values:
        raise ValidationError(_("Unknown kind of question."))
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        answers = []
        if len(options) < 2:
            errors.append(_("A choice question needs at least two options."))
        if len(options) > MAX_OPTIONS:
            errors.append(_("A question has at most %(count)d options.") % {"count": MAX_OPTIONS})
        if kind == QuestionKind.SINGLE and correct != 1 and options:
            errors.append(_("A single-choice question needs exactly one correct option."))
        if kind == QuestionKind.MULTIPLE and correct < 1 and options:
            errors.append(_("A multiple-choice question needs at least one correct option."))
        first_of: dict[str, int] = {}
        for index, option in enumerate(options):
            earlier = first_of.setdefault(normalise_answer(option.text), index)
            if earlier != index:
                errors.append(
                    _("Options %(first)s and %(second)s are the same.")
                    % {"first": _letter(earlier), "second": _letter(index)}
                )
        for index, option in enumerate(options):
            if len(option.text) > CHOICE_MAX_LENGTH:
                errors.append(
                    _("Option %(letter)s is longer than %(max)d characters.")
                    % {"letter": _letter(index), "max": CHOICE_MAX_LENGTH}
                )
    elif kind == QuestionKind.TRUE_FALSE:
        answers = []
        texts = sorted(fold(option.text) for option in options)
        if texts != ["dung", "sai"]:
            errors.append(
                _("A true-or-false question has exactly the two options “%(true)s” and “%(false)s”.")
                % {"true": TRUE_TEXT, "false": FALSE_TEXT}
            )
        elif correct != 1:
            errors.append(
                _("Exactly one of “%(true)s” and “%(false)s” must be correct.")
                % {"true": TRUE_TEXT, "false": FALSE_TEXT}
            )
        else:
            options = true_false_choices(answer=next(o.is_correct for o in options if fold(o.text) == "dung"))
    else:  # short answer
        if options:
            errors.append(_("A short-answer question has no options."))
        if not answers:
            errors.append(_("A short-answer question needs at least one accepted answer."))
        if any(ANSWER_SEPARATOR in answer for answer in answers):
            errors.append(_("An accepted answer cannot contain “%(separator)s”.") % {"separator": ANSWER_SEPARATOR})
    if errors:
        raise ValidationError(errors)
    return options, answers


def _letter(index: int) -> str:
    return OPTION_LETTERS[index] if index < MAX_OPTIONS else str(index + 1)


def question_data_clean(data: QuestionData) -> QuestionData:
    """The question normalised (NFC, trimmed) and validated, except that its code is unique in the bank.

    Raises ValidationError with a dict: "kind", "text", "difficulty", "reference", and NON_FIELD_ERRORS for the
    options and answers.
    """
    errors: dict[str, list[str]] = {}
    text = clean_text(data.text)
    if not text:
        errors["text"] = [_("The question text is missing.")]
    if data.kind not in QuestionKind.values:
        errors["kind"] = [_("Unknown kind of question.")]
    if data.difficulty is not None and data.difficulty not in Difficulty.values:
        errors["difficulty"] = [_("Unknown difficulty.")]
    reference = clean_line(data.reference)
    if len(reference) > REFERENCE_MAX_LENGTH:
        errors["reference"] = [_("The code is longer than %(max)d characters.") % {"max": REFERENCE_MAX_LENGTH}]
    choices, answers = [], []
    if "kind" not in errors:
        try:
            choices, answers = question_validate(data.kind, data.choices, data.accepted_answers)
        except ValidationError as error:
            errors[NON_FIELD_ERRORS] = error.messages
    if errors:
        raise ValidationError(errors)
    return QuestionData(
        kind=data.kind,
        text=text,
        choices=choices,
        accepted_answers=answers,
        explanation=None if data.explanation is None else clean_text(data.explanation),
        difficulty=data.difficulty,
        reference=reference,
        is_active=data.is_active,
    )


# --------------------------------------------------------------------------------------------------------------
# Writes from the admin


def can_edit_banks(user: User | None) -> bool:
    return user is not None and user.is_authenticated and user.is_active and user.has_perm(PERMISSION)


def _check_actor(actor: User | None) -> None:
    """`actor=None` is the system (demo data, commands); a person needs the permission to change question banks."""
    if actor is not None and not can_edit_banks(actor):
        raise PermissionDenied(_("You may not change question banks."))


@transaction.atomic
def bank_ensure(*, actor: User | None, module: ModulePage) -> QuestionBank:
    """The lesson's question bank, created when it has none."""
    _check_actor(actor)
    bank, _created = QuestionBank.objects.get_or_create(module=module)
    return bank


def _check_reference_free(bank: QuestionBank, reference: str, question: Question | None) -> None:
    if not reference:
        return
    taken = bank.questions.filter(reference=reference)
    if question is not None:
        taken = taken.exclude(pk=question.pk)
    if taken.exists():
        raise ValidationError(
            {"reference": [_("Another question of this bank has the code %(code)s.") % {"code": reference}]}
        )


def _sync_choices(question: Question, choices: list[ChoiceData], existing: list[Choice] | None = None) -> None:
    """Make the question's options equal to `choices`, changing rows in place so option ids stay stable."""
    existing = list(question.choices.order_by("position", "pk")) if existing is None else existing
    for position, data in enumerate(choices):
        if position < len(existing):
            choice = existing[position]
            if (choice.text, choice.is_correct, choice.position) != (data.text, data.is_correct, position):
                choice.text, choice.is_correct, choice.position = data.text, data.is_correct, position
                choice.save(update_fields=["text", "is_correct", "position"])
        else:
            Choice.objects.create(question=question, text=data.text, is_correct=data.is_correct, position=position)
    surplus = [choice.pk for choice in existing[len(choices) :]]
    if surplus:
        Choice.objects.filter(pk__in=surplus).delete()


def _next_position(bank: QuestionBank) -> int:
    highest = bank.questions.aggregate(highest=Max("position"))["highest"]
    return 0 if highest is None else highest + 1


def _create(bank: QuestionBank, data: QuestionData, position: int) -> Question:
    question = Question.objects.create(
        bank=bank,
        kind=data.kind,
        text=data.text,
        explanation=data.explanation or "",
        difficulty=data.difficulty or Difficulty.MEDIUM,
        accepted_answers=data.accepted_answers,
        reference=data.reference,
        is_active=True if data.is_active is None else data.is_active,
        position=position,
    )
    Choice.objects.bulk_create(
        [
            Choice(question=question, text=choice.text, is_correct=choice.is_correct, position=position)
            for position, choice in enumerate(data.choices)
        ]
    )
    return question


def _apply(question: Question, data: QuestionData, existing_choices: list[Choice] | None = None) -> None:
    question.kind = data.kind
    question.text = data.text
    question.accepted_answers = data.accepted_answers
    if data.explanation is not None:
        question.explanation = data.explanation
    if data.difficulty is not None:
        question.difficulty = data.difficulty
    if data.reference:
        question.reference = data.reference
    if data.is_active is not None:
        question.is_active = data.is_active
    question.save()
    _sync_choices(question, data.choices, existing_choices)


def _touch(bank: QuestionBank) -> None:
    bank.save(update_fields=["updated_at"])


@transaction.atomic
def question_create(*, actor: User | None, bank: QuestionBank, data: QuestionData) -> Question:
    """Add a question at the end of the bank. Raises ValidationError (see `question_data_clean`)."""
    _check_actor(actor)
    data = question_data_clean(data)
    bank = QuestionBank.objects.select_for_update().get(pk=bank.pk)
    _check_reference_free(bank, data.reference, None)
    question = _create(bank, data, _next_position(bank))
    _touch(bank)
    return question


@transaction.atomic
def question_update(*, actor: User | None, question: Question, data: QuestionData) -> Question:
    """Change a question and its options (changed in place, so the option ids of past attempts stay valid).
    Unlike the import, every field is set as given: a blank code or explanation clears it."""
    _check_actor(actor)
    data = question_data_clean(data)
    question = Question.objects.select_for_update().select_related("bank").get(pk=question.pk)
    _check_reference_free(question.bank, data.reference, question)
    question.reference = data.reference
    _apply(question, data)
    _touch(question.bank)
    return question


@transaction.atomic
def question_set_active(*, actor: User | None, question: Question, is_active: bool) -> Question:
    """Take a question out of use (quizzes stop drawing it; past attempts keep it) or put it back."""
    _check_actor(actor)
    question = Question.objects.select_for_update().select_related("bank").get(pk=question.pk)
    if question.is_active != is_active:
        question.is_active = is_active
        question.save(update_fields=["is_active"])
        _touch(question.bank)
    return question


# --------------------------------------------------------------------------------------------------------------
# Spreadsheet format


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # the Vietnamese header editors use, written by the export
    required: bool
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("reference", "Mã", False, ("Mã câu hỏi", "Mã số", "Code", "Question code", "Reference", "Ref")),
    Column("kind", "Loại", True, ("Loại câu hỏi", "Dạng", "Dạng câu hỏi", "Kind", "Type", "Question type")),
    Column("text", "Câu hỏi", True, ("Nội dung", "Nội dung câu hỏi", "Question", "Question text", "Text")),
    *(
        Column(
            f"option_{letter}",
            letter,
            False,
            (f"Phương án {letter}", f"Lựa chọn {letter}", f"Đáp án {letter}", f"Option {letter}", f"Choice {letter}"),
        )
        for letter in OPTION_LETTERS
    ),
    Column("answer", "Đáp án", True, ("Đáp án đúng", "Trả lời", "Câu trả lời", "Answer", "Answers", "Correct answer")),
    Column("explanation", "Giải thích", False, ("Giải thích đáp án", "Explanation")),
    Column("difficulty", "Độ khó", False, ("Mức độ", "Mức độ khó", "Difficulty", "Level")),
    Column("active", "Đang dùng", False, ("Sử dụng", "Còn dùng", "In use", "Active")),
)
OPTION_KEYS = tuple(f"option_{letter}" for letter in OPTION_LETTERS)
_HEADER_KEYS = {fold(name): column.key for column in COLUMNS for name in (column.label, *column.aliases)}
_HEADER_SCAN_ROWS = 10  # look this far for the header row below a title such as "NGÂN HÀNG CÂU HỎI BÀI 1"

_KINDS = {
    **{fold(word): kind for kind, word in KIND_WORDS.items()},
    **{
        fold(word): kind
        for kind, words in {
            QuestionKind.SINGLE: ("một đáp án", "1 lựa chọn", "1 đáp án", "chọn một", "single", "single choice"),
            QuestionKind.MULTIPLE: ("nhiều đáp án", "chọn nhiều", "multiple", "multiple choice", "multi"),
            QuestionKind.TRUE_FALSE: ("đúng hoặc sai", "đ/s", "true_false", "true or false", "true/false", "tf"),
            QuestionKind.SHORT: ("ngắn", "điền từ", "điền khuyết", "short", "short answer"),
        }.items()
        for word in words
    },
}
_DIFFICULTIES = {
    **{fold(word): level for level, word in DIFFICULTY_WORDS.items()},
    **{level.value: level for level in Difficulty},  # easy, medium, hard
    "tb": Difficulty.MEDIUM,
    "vua": Difficulty.MEDIUM,
    **{str(number): level for number, level in enumerate(Difficulty.values, start=1)},  # 1 easy … 3 hard
}
_YES = frozenset({"co", "x", "1", "yes", "y", "true", "dung", "dang dung", "su dung", "con dung"})
_NO = frozenset({"khong", "0", "no", "n", "false", "sai", "ngung", "ngung dung", "khong dung"})
_TRUE_WORDS = frozenset({"dung", "d", "true", "t", "yes", "y", "co"})
_FALSE_WORDS = frozenset({"sai", "s", "false", "f", "no", "n", "khong"})
_LETTER_FILLERS = frozenset({"va", "and", "dap", "an", "phuong", "la"})


def _kind_choices() -> str:
    return ", ".join(KIND_WORDS.values())


def _difficulty_choices() -> str:
    return ", ".join(DIFFICULTY_WORDS.values())


class _FileError(Exception):
    pass


@dataclass
class _ParsedFile:
    rows: list[tuple[int, dict[str, Any]]]  # (line, cells by column key), blank rows left out
    missing_headers: list[str]
    unknown_headers: list[str]
    encoding: str | None


def _read(data: bytes, filename: str) -> tuple[list[list[Any]], str | None]:
    if len(data) > IMPORT_MAX_BYTES:
        raise _FileError(_("The file is larger than %(size)d MB.") % {"size": IMPORT_MAX_BYTES // (1024 * 1024)})
    try:
        return read_table(data, filename)
    except SpreadsheetError as error:
        raise _FileError(str(error)) from None


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not clean_line(value))


def _header_key(value: Any) -> str | None:
    return _HEADER_KEYS.get(fold(_as_text(value))) if not _is_blank(value) else None


def _parse_file(data: bytes, filename: str) -> _ParsedFile:
    table, encoding = _read(data, filename)
    non_empty = [i for i, cells in enumerate(table) if not all(_is_blank(c) for c in cells)]
    if not non_empty:
        raise _FileError(_("The file is empty."))
    header_at = next(
        (i for i in non_empty[:_HEADER_SCAN_ROWS] if sum(1 for c in table[i] if _header_key(c)) >= 2), non_empty[0]
    )
    by_key: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(table[header_at]):
        if _is_blank(cell):
            continue
        key = _header_key(cell)
        if key is None or key in by_key:
            unknown.append(clean_line(cell))
        else:
            by_key[key] = index
    missing = [column.label for column in COLUMNS if column.required and column.key not in by_key]
    rows = []
    for line, cells in enumerate(table[header_at + 1 :], start=header_at + 2):
        values = {key: cells[index] if index < len(cells) else None for key, index in by_key.items()}
        if not all(_is_blank(value) for value in values.values()):
            rows.append((line, values))
    return _ParsedFile(rows=rows, missing_headers=missing, unknown_headers=unknown, encoding=encoding)


def _parse_letters(value: Any, filled: dict[str, int]) -> tuple[set[int], list[str]]:
    """Option indexes named by "B", "A, C", "A và C", "AC"; and the errors."""
    errors: list[str] = []
    indexes: set[int] = set()
    for token in fold(_as_text(value)).split():
        if token in _LETTER_FILLERS:
            continue
        if not all(char in "abcdef" for char in token):
            errors.append(_("“%(value)s” is not an option letter (A–F).") % {"value": token.upper()})
            continue
        for char in token:
            letter = char.upper()
            if letter not in filled:
                errors.append(_("Answer %(letter)s points to an empty option.") % {"letter": letter})
            else:
                indexes.add(filled[letter])
    return indexes, errors


def _parse_row(cells: dict[str, Any]) -> tuple[QuestionData | None, list[str]]:
    errors: list[str] = []
    reference = clean_line(cells.get("reference"))
    text = clean_text(cells.get("text"))
    if not text:
        errors.append(_("The question text is missing."))

    kind_cell = clean_line(cells.get("kind"))
    kind = _KINDS.get(fold(kind_cell))
    if not kind_cell:
        errors.append(_("The kind of question is missing. Write one of: %(choices)s.") % {"choices": _kind_choices()})
    elif kind is None:
        errors.append(
            _("Unknown kind “%(value)s”. Write one of: %(choices)s.") % {"value": kind_cell, "choices": _kind_choices()}
        )

    difficulty: str | None = None
    difficulty_cell = clean_line(cells.get("difficulty"))
    if difficulty_cell:
        difficulty = _DIFFICULTIES.get(fold(difficulty_cell))
        if difficulty is None:
            errors.append(
                _("Unknown difficulty “%(value)s”. Write one of: %(choices)s.")
                % {"value": difficulty_cell, "choices": _difficulty_choices()}
            )

    is_active: bool | None = None
    active_cell = cells.get("active")
    if isinstance(active_cell, bool):
        is_active = active_cell
    elif not _is_blank(active_cell):
        folded = fold(_as_text(active_cell))
        if folded in _YES or folded in _NO:
            is_active = folded in _YES
        else:
            errors.append(
                _("Write “%(yes)s” or “%(no)s” in the column “In use”, not “%(value)s”.")
                % {"yes": YES_WORD, "no": NO_WORD, "value": clean_line(active_cell)}
            )

    options = [clean_line(cells.get(key)) for key in OPTION_KEYS]
    filled = {OPTION_LETTERS[i]: position for position, i in enumerate(i for i, o in enumerate(options) if o)}
    option_texts = [option for option in options if option]
    answer_cell = cells.get("answer")
    choices: list[ChoiceData] = []
    accepted: list[str] = []
    if _is_blank(answer_cell):
        errors.append(_("The answer is missing."))
    elif kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        correct, letter_errors = _parse_letters(answer_cell, filled)
        errors.extend(letter_errors)
        if not letter_errors:
            choices = [ChoiceData(text, position in correct) for position, text in enumerate(option_texts)]
    elif kind == QuestionKind.TRUE_FALSE:
        folded_options = [fold(text) for text in option_texts]
        if option_texts and sorted(folded_options) != ["dung", "sai"]:
            errors.append(_("A true-or-false question has no options of its own: leave columns A–F empty."))
        answer = fold(_as_text(answer_cell))
        if option_texts and answer in ("a", "b") and answer.upper() in filled:
            answer = folded_options[filled[answer.upper()]]
        if answer in _TRUE_WORDS or answer in _FALSE_WORDS:
            choices = true_false_choices(answer=answer in _TRUE_WORDS)
        else:
            errors.append(
                _("The answer to a true-or-false question is “%(true)s” or “%(false)s”.")
                % {"true": TRUE_TEXT, "false": FALSE_TEXT}
            )
    elif kind == QuestionKind.SHORT:
        if option_texts:
            errors.append(_("A short-answer question has no options: leave columns A–F empty."))
        accepted = [clean_line(part) for part in _as_text(answer_cell).split(ANSWER_SEPARATOR)]

    if kind is None or errors:
        return None, errors
    data = QuestionData(
        kind=kind,
        text=text,
        choices=choices,
        accepted_answers=accepted,
        explanation=clean_text(cells.get("explanation")) or None,
        difficulty=difficulty,
        reference=reference,
        is_active=is_active,
    )
    try:
        return question_data_clean(data), []
    except ValidationError as error:
        return None, [message for messages in error.message_dict.values() for message in messages]


# --------------------------------------------------------------------------------------------------------------
# Import


class RowFate(models.TextChoices):
    NEW = "new", gettext_lazy("New")
    UPDATED = "updated", gettext_lazy("Updated")
    UNCHANGED = "unchanged", gettext_lazy("Unchanged")
    ERROR = "error", gettext_lazy("Error")


CHANGE_LABELS = {
    "kind": gettext_lazy("kind"),
    "text": gettext_lazy("question"),
    "choices": gettext_lazy("options"),
    "accepted_answers": gettext_lazy("accepted answers"),
    "explanation": gettext_lazy("explanation"),
    "difficulty": gettext_lazy("difficulty"),
    "reference": gettext_lazy("code"),
    "is_active": gettext_lazy("in use"),
}


@dataclass
class ImportRow:
    line: int  # the row number the editor sees in the spreadsheet (header = 1 when it is the first row)
    fate: RowFate
    cells: dict[str, str]  # the cells as written, by column key (for the preview)
    data: QuestionData | None = None
    errors: list[str] = field(default_factory=list)
    question: Question | None = None  # the existing question it updates, or the one created
    changes: list[str] = field(default_factory=list)  # keys of CHANGE_LABELS

    @property
    def change_labels(self) -> list[str]:
        return [str(CHANGE_LABELS[change]) for change in self.changes]

    @property
    def options(self) -> list[tuple[str, str]]:
        """(letter, text) of the options written in the row."""
        return [(letter, self.cells[f"option_{letter}"]) for letter in OPTION_LETTERS if self.cells[f"option_{letter}"]]


@dataclass
class BankImportReport:
    module: ModulePage
    filename: str
    rows: list[ImportRow] = field(default_factory=list)
    error: str | None = None  # a problem with the whole file
    missing_headers: list[str] = field(default_factory=list)
    unknown_headers: list[str] = field(default_factory=list)
    encoding: str | None = None
    committed: bool = False

    def count(self, fate: RowFate) -> int:
        return sum(1 for row in self.rows if row.fate == fate)

    @property
    def counts(self) -> dict[str, int]:
        return {fate.value: self.count(fate) for fate in RowFate}

    @property
    def blocked(self) -> bool:
        """Nothing in the file can be read as questions (unreadable, empty, or a required column missing)."""
        return self.error is not None or bool(self.missing_headers)

    @property
    def has_errors(self) -> bool:
        return self.blocked or any(row.fate == RowFate.ERROR for row in self.rows)

    @property
    def can_commit(self) -> bool:
        return not self.has_errors and bool(self.rows)

    @property
    def changes_anything(self) -> bool:
        return bool(self.count(RowFate.NEW) or self.count(RowFate.UPDATED))


def _differences(question: Question, choices: list[Choice], data: QuestionData) -> list[str]:
    changes = []
    if question.kind != data.kind:
        changes.append("kind")
    if clean_text(question.text) != data.text:
        changes.append("text")
    if [(clean_line(c.text), c.is_correct) for c in choices] != [(c.text, c.is_correct) for c in data.choices]:
        changes.append("choices")
    if [clean_line(answer) for answer in question.accepted_answers or []] != data.accepted_answers:
        changes.append("accepted_answers")
    if data.explanation is not None and clean_text(question.explanation) != data.explanation:
        changes.append("explanation")
    if data.difficulty is not None and question.difficulty != data.difficulty:
        changes.append("difficulty")
    if data.reference and question.reference != data.reference:
        changes.append("reference")
    if data.is_active is not None and question.is_active != data.is_active:
        changes.append("is_active")
    return changes


def question_changes(*, question: Question, data: QuestionData) -> list[str]:
    """What writing `data` over the question would change (keys of `CHANGE_LABELS`); a read, for idempotent
    loaders. Raises ValidationError like `question_data_clean`."""
    return _differences(question, list(question.choices.all()), question_data_clean(data))


def _match(report: BankImportReport, questions: list[Question]) -> None:
    """Give every valid row its fate against the bank's questions (and flag duplicates within the file)."""
    by_reference = {q.reference: q for q in questions if q.reference}
    by_text: dict[str, Question] = {}
    for question in questions:
        by_text.setdefault(text_key(question.text), question)
    choices = {q.pk: list(q.choices.all()) for q in questions}

    valid = [row for row in report.rows if row.fate != RowFate.ERROR and row.data is not None]
    first_with_reference: dict[str, ImportRow] = {}
    rows_by_text: dict[str, list[ImportRow]] = {}
    for row in valid:
        assert row.data is not None
        rows_by_text.setdefault(text_key(row.data.text), []).append(row)
        if row.data.reference:
            earlier = first_with_reference.setdefault(row.data.reference, row)
            if earlier is not row:
                row.errors.append(
                    _("The code %(code)s is already used in row %(line)d.")
                    % {"code": row.data.reference, "line": earlier.line}
                )
    for row in valid:
        assert row.data is not None
        if not row.data.reference and not row.errors:
            other = next((r for r in rows_by_text[text_key(row.data.text)] if r is not row), None)
            if other is not None:
                row.errors.append(_("The same question is already in row %(line)d.") % {"line": other.line})

    claimed: dict[int, ImportRow] = {}
    # Rows with a code first, so that they keep their question when a row without one has the same text.
    for row in sorted(valid, key=lambda r: (not r.data.reference, r.line)):  # type: ignore[union-attr]
        data = row.data
        assert data is not None
        if row.errors:
            continue
        question = None
        if data.reference:
            question = by_reference.get(data.reference)
            if question is None:  # a question written without a code and now given one
                candidate = by_text.get(text_key(data.text))
                if candidate is not None and not candidate.reference and candidate.pk not in claimed:
                    question = candidate
        else:
            question = by_text.get(text_key(data.text))
        if question is not None and question.pk in claimed:
            row.errors.append(
                _("Row %(line)d already changes the question with this text.") % {"line": claimed[question.pk].line}
            )
            continue
        if question is None:
            row.fate = RowFate.NEW
            continue
        claimed[question.pk] = row
        row.question = question
        row.changes = _differences(question, choices[question.pk], data)
        row.fate = RowFate.UPDATED if row.changes else RowFate.UNCHANGED
    for row in valid:
        if row.errors:
            row.fate = RowFate.ERROR


def _report(*, module: ModulePage, bank: QuestionBank | None, data: bytes, filename: str) -> BankImportReport:
    report = BankImportReport(module=module, filename=filename)
    try:
        parsed = _parse_file(data, filename)
    except _FileError as error:
        report.error = str(error)
        return report
    report.encoding = parsed.encoding
    report.missing_headers = parsed.missing_headers
    report.unknown_headers = parsed.unknown_headers
    if parsed.missing_headers:
        return report
    if not parsed.rows:
        report.error = _("The file has column headers but no questions below them.")
        return report
    for line, cells in parsed.rows:
        question, errors = _parse_row(cells)
        shown = {column.key: clean_text(cells.get(column.key)) for column in COLUMNS}
        report.rows.append(
            ImportRow(
                line=line, fate=RowFate.ERROR if errors else RowFate.NEW, cells=shown, data=question, errors=errors
            )
        )
    questions = list(bank.questions.prefetch_related("choices")) if bank is not None else []
    _match(report, questions)
    return report


def bank_import(
    *, actor: User | None, module: ModulePage, data: bytes, filename: str, commit: bool
) -> BankImportReport:
    """Read a spreadsheet of questions for the lesson and report each row's fate (new / updated / unchanged /
    error). With `commit`, write every row in one transaction, and only when no row has an error (the report's
    `committed` says whether it did). Questions not in the file are left alone."""
    _check_actor(actor)
    if not commit:
        bank = QuestionBank.objects.filter(module=module).first()
        return _report(module=module, bank=bank, data=data, filename=filename)
    with transaction.atomic():
        bank = QuestionBank.objects.select_for_update().filter(module=module).first()
        report = _report(module=module, bank=bank, data=data, filename=filename)
        if not report.can_commit:
            return report
        if not report.changes_anything:
            report.committed = True
            return report
        if bank is None:
            bank = QuestionBank.objects.create(module=module)
        position = _next_position(bank)
        for row in report.rows:
            assert row.data is not None
            if row.fate == RowFate.NEW:
                row.question = _create(bank, row.data, position)
                position += 1
            elif row.fate == RowFate.UPDATED:
                assert row.question is not None
                _apply(row.question, row.data, list(row.question.choices.all()))
        _touch(bank)
        report.committed = True
        return report


# --------------------------------------------------------------------------------------------------------------
# Export


def _export_row(question: Question) -> list[str]:
    choices = list(question.choices.all())
    options = [""] * MAX_OPTIONS
    answer = ""
    if question.kind == QuestionKind.TRUE_FALSE:
        correct = next((choice for choice in choices if choice.is_correct), None)
        answer = TRUE_TEXT if correct is not None and fold(correct.text) == "dung" else FALSE_TEXT
    elif question.kind == QuestionKind.SHORT:
        answer = f" {ANSWER_SEPARATOR} ".join(question.accepted_answers or [])
    else:
        for index, choice in enumerate(choices[:MAX_OPTIONS]):
            options[index] = choice.text
        answer = ", ".join(_letter(i) for i, choice in enumerate(choices[:MAX_OPTIONS]) if choice.is_correct)
    return [
        question.reference,
        KIND_WORDS.get(question.kind, question.kind),
        question.text,
        *options,
        answer,
        question.explanation,
        DIFFICULTY_WORDS.get(question.difficulty, question.difficulty),
        YES_WORD if question.is_active else NO_WORD,
    ]


HEADER = [column.label for column in COLUMNS]
_COLUMN_WIDTHS = {"reference": 10, "kind": 16, "text": 60, "answer": 14, "explanation": 50, "difficulty": 12}


def _xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Câu hỏi"
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula stays text
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _COLUMN_WIDTHS.get(column.key, 24)
    sheet.freeze_panes = "A2"
    last = max(len(rows), 500)
    for key, words in (
        ("kind", KIND_WORDS.values()),
        ("difficulty", DIFFICULTY_WORDS.values()),
        ("active", (YES_WORD, NO_WORD)),
    ):
        letter = get_column_letter(1 + [column.key for column in COLUMNS].index(key))
        # A drop-down list, not a check: the import also accepts English and other spellings.
        validation = DataValidation(type="list", formula1=f'"{",".join(words)}"', allow_blank=True)
        validation.showErrorMessage = False
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)

    guide = workbook.create_sheet(_("Guide")[:31])
    guide.append([_("Column"), _("What to write")])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for label, text in _guide_lines():
        guide.append([label, text])
    guide.column_dimensions["A"].width = 14
    guide.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _guide_lines() -> list[tuple[str, str]]:
    return [
        ("Mã", _("Optional code of the question, unique in the lesson. A row with a known code updates it.")),
        ("Loại", _("Kind: %(choices)s.") % {"choices": _kind_choices()}),
        ("Câu hỏi", _("The question.")),
        ("A … F", _("The options of a choice question (at least two). Leave empty for the other kinds.")),
        (
            "Đáp án",
            _(
                "The correct letter (B), or letters (A, C); “%(true)s” or “%(false)s”; for a short answer every "
                "accepted answer separated by “%(separator)s”."
            )
            % {"true": TRUE_TEXT, "false": FALSE_TEXT, "separator": ANSWER_SEPARATOR},
        ),
        ("Giải thích", _("Shown to learners after the quiz. Optional.")),
        ("Độ khó", _("%(choices)s. Blank: medium for a new question.") % {"choices": _difficulty_choices()}),
        ("Đang dùng", _("“%(yes)s” or “%(no)s”. Blank: in use.") % {"yes": YES_WORD, "no": NO_WORD}),
        (
            "",
            _(
                "Only the first sheet is read. Rows in error are listed with their row number, and nothing is "
                "imported until every row is correct."
            ),
        ),
    ]


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n")
    writer.writerows(rows)
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")  # the BOM tells Excel it is UTF-8


def bank_export(*, module: ModulePage | None, fmt: Literal["xlsx", "csv"]) -> bytes:
    """The lesson's questions (in use or not, in bank order) in the import format. Without a lesson, or for a
    lesson without questions, only the header row: a template to fill in."""
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"unknown export format {fmt!r}")
    questions: Iterable[Question] = []
    if module is not None:
        questions = Question.objects.filter(bank__module=module).prefetch_related("choices").order_by("position", "pk")
    rows = [HEADER, *(_export_row(question) for question in questions)]
    return _xlsx(rows) if fmt == "xlsx" else _csv(rows)
