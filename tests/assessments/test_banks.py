"""Question banks: validation rules, spreadsheet import (encodings, headers, errors, fates, all-or-nothing),
export round trips, permissions, and the demo questions."""

import io
import unicodedata

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import override

from assessments.answers import answer_matches
from assessments.demo.questions import AWARENESS, NEW_MEMBER, load_questions
from assessments.models import Choice, Question, QuestionBank
from assessments.services.banks import (
    ChoiceData,
    QuestionData,
    RowFate,
    bank_export,
    bank_import,
    question_create,
    question_set_active,
    question_update,
    question_validate,
    true_false_choices,
)
from tests.lms.test_roster_parsing import cp1258

pytestmark = pytest.mark.django_db

HEADER = ["Mã", "Loại", "Câu hỏi", "A", "B", "C", "D", "Đáp án", "Giải thích", "Độ khó"]
SINGLE = ["B1-01", "Một lựa chọn", "Đảng ra đời năm nào?", "1920", "1930", "1945", "", "B", "Ngày 3/2/1930.", "Dễ"]
MULTIPLE = [
    "B1-02",
    "Nhiều lựa chọn",
    "Những năm nào gắn với giành và giữ độc lập?",
    "1945",
    "1954",
    "1986",
    "1975",
    "A, B, D",
    "",
    "Khó",
]
TRUE_FALSE = ["B1-03", "Đúng sai", "Đại hội VI mở ra công cuộc đổi mới.", "", "", "", "", "Đúng", "", ""]
SHORT = [
    "",
    "Trả lời ngắn",
    "Thời gian dự bị là bao nhiêu tháng?",
    "",
    "",
    "",
    "",
    "12 | mười hai tháng",
    "",
    "trung bình",
]
ROWS = [SINGLE, MULTIPLE, TRUE_FALSE, SHORT]


def csv_bytes(*rows, delimiter=",", encoding="utf-8", bom=False) -> bytes:
    text = "\r\n".join(delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row) for row in rows)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def xlsx_bytes(*rows) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def module(curriculum):
    return curriculum.modules[0]


def run(editor, module, data, filename="cau-hoi.csv", commit=False):
    with override("en"):
        return bank_import(actor=editor, module=module, data=data, filename=filename, commit=commit)


def fates(report) -> list[str]:
    return [row.fate for row in report.rows]


def errors_of(report) -> dict[int, list[str]]:
    return {row.line: row.errors for row in report.rows if row.errors}


def snapshot(module) -> list[tuple]:
    questions = Question.objects.filter(bank__module=module).order_by("pk")
    return [
        (
            q.pk,
            q.reference,
            q.kind,
            q.text,
            q.explanation,
            q.difficulty,
            q.accepted_answers,
            q.is_active,
            q.position,
            [(c.pk, c.text, c.is_correct, c.position) for c in q.choices.order_by("position")],
        )
        for q in questions
    ]


# ------------------------------------------------------------------------------------------------------------
# question_validate


@pytest.mark.parametrize(
    ("kind", "choices", "answers"),
    [
        ("single", [("A", True), ("B", False)], []),
        ("multiple", [("A", True), ("B", True), ("C", False)], []),
        ("multiple", [("A", True), ("B", False)], []),
        ("true_false", [("Đúng", False), ("Sai", True)], []),
        ("true_false", [("sai", True), ("ĐÚNG", False)], []),
        ("short", [], ["12", "mười hai"]),
    ],
)
def test_valid_questions(kind, choices, answers):
    options, accepted = question_validate(kind, choices, answers)
    assert len(options) == len(choices)
    assert accepted == answers


@pytest.mark.parametrize(
    ("kind", "choices", "answers", "message"),
    [
        ("single", [("A", True)], [], "at least two options"),
        ("single", [("A", True), ("B", True)], [], "exactly one correct"),
        ("single", [("A", False), ("B", False)], [], "exactly one correct"),
        ("multiple", [("A", False), ("B", False)], [], "at least one correct"),
        ("multiple", [("A", True)], [], "at least two options"),
        ("single", [("Hà Nội", True), (" hà  nội ", False)], [], "are the same"),
        ("single", [("A", True), ("", True), ("B", False)], [], "empty option"),
        ("true_false", [("Đúng", True)], [], "exactly the two options"),
        ("true_false", [("Có", True), ("Không", False)], [], "exactly the two options"),
        ("true_false", [("Đúng", True), ("Sai", True)], [], "Exactly one of"),
        ("short", [("A", True)], ["x"], "has no options"),
        ("short", [], ["  "], "at least one accepted answer"),
        ("short", [], ["a|b"], "cannot contain"),
        ("essay", [], [], "Unknown kind"),
    ],
)
def test_invalid_questions(kind, choices, answers, message):
    with override("en"), pytest.raises(ValidationError) as caught:
        question_validate(kind, choices, answers)
    assert any(message in text for text in caught.value.messages), caught.value.messages


def test_true_false_options_are_made_from_the_answer():
    options, _answers = question_validate("true_false", true_false_choices(answer=False), [])
    assert options == [ChoiceData("Đúng", False), ChoiceData("Sai", True)]


def test_validation_normalises_and_drops_blanks():
    nfd = unicodedata.normalize("NFD", "Hồ Chí Minh")
    options, answers = question_validate("single", [(f"  {nfd} ", True), ("", False), ("B", False)], ["x"])
    assert options == [ChoiceData("Hồ Chí Minh", True), ChoiceData("B", False)]
    assert answers == []  # accepted answers belong to short answers only
    _options, answers = question_validate("short", [], ["Hoà bình", "hòa  bình", "", "Độc lập"])
    assert answers == ["Hoà bình", "Độc lập"]


# ------------------------------------------------------------------------------------------------------------
# Import: preview, commit, fates


def test_preview_reports_fates_and_writes_nothing(editor, module):
    report = run(editor, module, csv_bytes(HEADER, *ROWS))
    assert report.error is None and not report.missing_headers
    assert fates(report) == [RowFate.NEW] * 4
    assert [row.line for row in report.rows] == [2, 3, 4, 5]
    assert report.can_commit and not report.committed
    assert not QuestionBank.objects.exists() and not Question.objects.exists()


def test_commit_writes_every_kind(editor, module):
    report = run(editor, module, csv_bytes(HEADER, *ROWS), commit=True)
    assert report.committed
    bank = QuestionBank.objects.get(module=module)
    single, multiple, true_false, short = bank.questions.order_by("position")
    assert (single.reference, single.kind, single.difficulty, single.explanation) == (
        "B1-01",
        "single",
        "easy",
        "Ngày 3/2/1930.",
    )
    assert [(c.text, c.is_correct) for c in single.choices.all()] == [("1920", False), ("1930", True), ("1945", False)]
    assert [c.is_correct for c in multiple.choices.all()] == [True, True, False, True]
    assert multiple.difficulty == "hard"
    assert [(c.text, c.is_correct) for c in true_false.choices.all()] == [("Đúng", True), ("Sai", False)]
    assert true_false.difficulty == "medium"  # blank: the default for a new question
    assert short.kind == "short" and short.reference == "" and not short.choices.exists()
    assert short.accepted_answers == ["12", "mười hai tháng"]
    assert answer_matches("Mười hai tháng.", short.accepted_answers)
    assert [q.position for q in (single, multiple, true_false, short)] == [0, 1, 2, 3]


def test_reimporting_the_same_file_changes_nothing(editor, module):
    data = csv_bytes(HEADER, *ROWS)
    run(editor, module, data, commit=True)
    before = snapshot(module)
    updated_at = QuestionBank.objects.get(module=module).updated_at
    report = run(editor, module, data)
    assert fates(report) == [RowFate.UNCHANGED] * 4
    again = run(editor, module, data, commit=True)
    assert again.committed and not again.changes_anything
    assert snapshot(module) == before
    assert QuestionBank.objects.get(module=module).updated_at == updated_at


def test_preview_of_changes_writes_nothing(editor, module):
    run(editor, module, csv_bytes(HEADER, *ROWS), commit=True)
    before = snapshot(module)
    changed = [SINGLE[0], SINGLE[1], "Đảng Cộng sản Việt Nam ra đời năm nào?", *SINGLE[3:]]
    report = run(editor, module, csv_bytes(HEADER, changed, ["B1-09", *SINGLE[1:]]))
    assert fates(report) == [RowFate.UPDATED, RowFate.NEW]
    assert report.rows[0].changes == ["text"]
    assert snapshot(module) == before


def test_update_by_code_keeps_ids_and_leaves_other_questions_alone(editor, module):
    run(editor, module, csv_bytes(HEADER, *ROWS), commit=True)
    single = Question.objects.get(reference="B1-01")
    choice_ids = list(single.choices.values_list("pk", flat=True))
    others = [row for row in snapshot(module) if row[1] != "B1-01"]
    changed = ["B1-01", "Một lựa chọn", "Đảng ra đời vào năm nào?", "1920", "1930", "1945", "", "B", "", "Khó"]
    report = run(editor, module, csv_bytes(HEADER, changed), commit=True)
    assert report.committed and fates(report) == [RowFate.UPDATED]
    assert set(report.rows[0].changes) == {"text", "difficulty"}  # a blank explanation keeps the old one
    single.refresh_from_db()
    assert (single.text, single.difficulty, single.explanation) == (
        "Đảng ra đời vào năm nào?",
        "hard",
        "Ngày 3/2/1930.",
    )
    assert list(single.choices.values_list("pk", flat=True)) == choice_ids
    assert [row for row in snapshot(module) if row[1] != "B1-01"] == others


def test_changed_options_are_updated_in_place(editor, module):
    run(editor, module, csv_bytes(HEADER, SINGLE), commit=True)
    ids = list(Choice.objects.order_by("position").values_list("pk", flat=True))
    changed = ["B1-01", "Một lựa chọn", SINGLE[2], "1920", "1930", "", "", "A", "", ""]
    report = run(editor, module, csv_bytes(HEADER, changed), commit=True)
    assert report.rows[0].changes == ["choices"]
    assert list(Choice.objects.order_by("position").values_list("pk", "text", "is_correct")) == [
        (ids[0], "1920", True),
        (ids[1], "1930", False),
    ]


def test_rows_without_code_match_identical_text(editor, module):
    run(editor, module, csv_bytes(HEADER, SHORT), commit=True)
    same = ["", "trả lời ngắn", "  Thời gian dự bị  là bao nhiêu tháng? ", "", "", "", "", "12|mười hai tháng", "", ""]
    assert fates(run(editor, module, csv_bytes(HEADER, same))) == [RowFate.UNCHANGED]
    recased = [*same[:2], "thời gian dự bị là bao nhiêu THÁNG", *same[3:]]
    report = run(editor, module, csv_bytes(HEADER, recased))
    assert fates(report) == [RowFate.UPDATED] and report.rows[0].changes == ["text"]
    explained = [*SHORT[:8], "Mười hai tháng.", ""]
    report = run(editor, module, csv_bytes(HEADER, explained), commit=True)
    assert fates(report) == [RowFate.UPDATED] and report.rows[0].changes == ["explanation"]
    assert Question.objects.count() == 1
    other = ["", "Trả lời ngắn", "Một câu hỏi khác?", "", "", "", "", "x", "", ""]
    assert fates(run(editor, module, csv_bytes(HEADER, other))) == [RowFate.NEW]


def test_a_code_given_later_is_attached_to_the_question_with_that_text(editor, module):
    run(editor, module, csv_bytes(HEADER, SHORT), commit=True)
    coded = ["B1-04", *SHORT[1:]]
    report = run(editor, module, csv_bytes(HEADER, coded), commit=True)
    assert fates(report) == [RowFate.UPDATED] and report.rows[0].changes == ["reference"]
    assert Question.objects.get().reference == "B1-04"


# ------------------------------------------------------------------------------------------------------------
# Import: files


def test_utf8_bom_and_semicolons(editor, module):
    report = run(editor, module, csv_bytes(HEADER, *ROWS, delimiter=";", bom=True), commit=True)
    assert report.encoding == "utf-8-sig"
    assert report.committed and Question.objects.count() == 4
    assert Question.objects.get(reference="B1-01").text == "Đảng ra đời năm nào?"


def test_windows_1258(editor, module):
    text = "\r\n".join(";".join(row) for row in (HEADER, SINGLE, TRUE_FALSE))
    report = run(editor, module, cp1258(text), commit=True)
    assert report.encoding == "cp1258"
    assert report.committed
    assert Question.objects.get(reference="B1-03").text == "Đại hội VI mở ra công cuộc đổi mới."
    assert Question.objects.get(reference="B1-01").explanation == "Ngày 3/2/1930."


def test_windows_1252_with_english_headers(editor, module):
    rows = [
        ["Code", "Type", "Question", "Option A", "Option B", "Answer", "Explanation", "Difficulty"],
        ["E-1", "single", "Café or thé?", "Café", "Thé", "a", "Both are drinks.", "easy"],
        ["E-2", "True or false", "Crème brûlée is a dessert.", "", "", "true", "", "hard"],
    ]
    report = run(editor, module, csv_bytes(*rows, encoding="cp1252"), commit=True)
    assert report.encoding == "cp1252"
    assert report.committed, errors_of(report)
    question = Question.objects.get(reference="E-1")
    assert question.text == "Café or thé?" and question.difficulty == "easy"
    assert question.choices.get(is_correct=True).text == "Café"
    assert Question.objects.get(reference="E-2").choices.get(is_correct=True).text == "Đúng"


def test_decomposed_text_is_stored_composed(editor, module):
    nfd = [unicodedata.normalize("NFD", cell) for cell in SINGLE]
    run(editor, module, csv_bytes(HEADER, nfd), commit=True)
    question = Question.objects.get()
    assert question.text == "Đảng ra đời năm nào?"
    assert unicodedata.is_normalized("NFC", question.text + question.explanation)
    assert fates(run(editor, module, csv_bytes(HEADER, nfd))) == [RowFate.UNCHANGED]


def test_blank_rows_are_skipped_and_lines_counted(editor, module):
    blank = [""] * len(HEADER)
    report = run(editor, module, csv_bytes(HEADER, blank, SINGLE, blank, blank, ["B1-05", "Loại lạ", "x", *SINGLE[3:]]))
    assert [row.line for row in report.rows] == [3, 6]
    assert fates(report) == [RowFate.NEW, RowFate.ERROR]


def test_a_title_above_the_header_is_skipped(editor, module):
    data = xlsx_bytes(["NGÂN HÀNG CÂU HỎI BÀI 1"], [], HEADER, SINGLE)
    report = run(editor, module, data, filename="bai-1.xlsx")
    assert fates(report) == [RowFate.NEW] and report.rows[0].line == 4


def test_missing_headers_are_named(editor, module):
    report = run(editor, module, csv_bytes(["Mã", "Câu hỏi", "A", "B"], ["X", "Câu?", "a", "b"]), commit=True)
    assert report.missing_headers == ["Loại", "Đáp án"]
    assert report.blocked and not report.committed and not report.rows
    assert not Question.objects.exists()


def test_unknown_headers_are_ignored_and_listed(editor, module):
    report = run(editor, module, csv_bytes(["STT", *HEADER, "Người soạn"], ["1", *SINGLE, "Bình"]))
    assert report.unknown_headers == ["STT", "Người soạn"]
    assert fates(report) == [RowFate.NEW]


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "a.csv", "empty"),
        (b"\xd0\xcf\x11\xe0rest", "a.xls", "Old Excel"),
        (b"not a zip", "a.xlsx", "Excel workbook"),
        (b"x", "a.pdf", "Upload a CSV"),
        (csv_bytes(HEADER), "a.csv", "no questions"),
    ],
)
def test_whole_file_problems(editor, module, data, filename, message):
    report = run(editor, module, data, filename=filename, commit=True)
    assert report.error and message in report.error
    assert not report.committed


# ------------------------------------------------------------------------------------------------------------
# Import: row errors


def row_errors(editor, module, *rows) -> dict[int, list[str]]:
    return errors_of(run(editor, module, csv_bytes(HEADER, *rows)))


def test_an_answer_letter_pointing_to_an_empty_option(editor, module):
    errors = row_errors(editor, module, [*SINGLE[:7], "D", *SINGLE[8:]])
    assert errors == {2: ["Answer D points to an empty option."]}


def test_an_answer_that_is_no_letter(editor, module):
    errors = row_errors(editor, module, [*SINGLE[:7], "G", *SINGLE[8:]], [*SINGLE[:7], "", *SINGLE[8:]])
    assert errors == {2: ["“G” is not an option letter (A–F)."], 3: ["The answer is missing."]}


def test_unknown_kind_and_missing_text(editor, module):
    errors = row_errors(editor, module, ["X1", "Tự luận", "", "a", "b", "", "", "A", "", ""])
    assert errors[2][0].startswith("The question text is missing")
    assert "Unknown kind “Tự luận”" in errors[2][1] and "Một lựa chọn" in errors[2][1]


def test_kind_rules_are_checked_per_row(editor, module):
    errors = row_errors(
        editor,
        module,
        ["S1", "một lựa chọn", "Hai đáp án?", "a", "b", "", "", "A, B", "", ""],
        ["S2", "đúng sai", "Có phải?", "", "", "", "", "Có lẽ", "", ""],
        ["S3", "trả lời ngắn", "Ngắn?", "a", "", "", "", "x", "", ""],
        ["S4", "single", "Khó?", "a", "b", "", "", "A", "", "rất khó"],
        ["S5", "multiple", "Đang dùng?", "a", "b", "", "", "A", "", ""],
    )
    assert "exactly one correct" in errors[2][0]
    assert "“Đúng” or “Sai”" in errors[3][0]
    assert "no options" in errors[4][0]
    assert "Unknown difficulty “rất khó”" in errors[5][0]
    assert 6 not in errors


def test_duplicate_codes_and_questions_in_the_file(editor, module):
    errors = row_errors(
        editor,
        module,
        SINGLE,
        ["B1-01", *MULTIPLE[1:]],
        SHORT,
        ["", "Trả lời ngắn", "thời gian dự bị là bao nhiêu tháng", "", "", "", "", "12", "", ""],
    )
    assert errors == {
        3: ["The code B1-01 is already used in row 2."],
        4: ["The same question is already in row 5."],
        5: ["The same question is already in row 4."],
    }


def test_true_false_with_written_options_and_a_letter(editor, module):
    row = ["TF", "Đúng/Sai", "Trái đất quay quanh mặt trời.", "Sai", "Đúng", "", "", "B", "", ""]
    report = run(editor, module, csv_bytes(HEADER, row), commit=True)
    assert report.committed, errors_of(report)
    assert Question.objects.get().choices.get(is_correct=True).text == "Đúng"


def test_commit_is_all_or_nothing(editor, module):
    run(editor, module, csv_bytes(HEADER, SINGLE), commit=True)
    before = snapshot(module)
    changed = ["B1-01", "Một lựa chọn", "Câu đã sửa?", "1920", "1930", "", "", "B", "", ""]
    bad = ["B1-06", "Một lựa chọn", "Sai đáp án?", "a", "b", "", "", "C", "", ""]
    report = run(editor, module, csv_bytes(HEADER, changed, MULTIPLE, bad), commit=True)
    assert not report.committed and report.has_errors
    assert fates(report) == [RowFate.UPDATED, RowFate.NEW, RowFate.ERROR]
    assert snapshot(module) == before


# ------------------------------------------------------------------------------------------------------------
# Export


def fill_bank(editor, module):
    run(editor, module, csv_bytes(HEADER, *ROWS), commit=True)
    bank = QuestionBank.objects.get(module=module)
    question_create(
        actor=editor,
        bank=bank,
        data=QuestionData(
            kind="single",
            text="Câu có\nhai dòng, dấu “ngoặc”, dấu ; và dấu , nữa?",
            choices=[ChoiceData("=1+1", True), ChoiceData("'0", False), ChoiceData("x;y", False)],
            explanation="Dòng một.\nDòng hai.",
            difficulty="hard",
        ),
    )
    question_set_active(actor=editor, question=Question.objects.get(reference="B1-02"), is_active=False)
    return bank


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(editor, module, fmt):
    fill_bank(editor, module)
    before = snapshot(module)
    data = bank_export(module=module, fmt=fmt)
    report = run(editor, module, data, filename=f"bank.{fmt}", commit=True)
    assert report.error is None, report.error
    assert fates(report) == [RowFate.UNCHANGED] * 5, errors_of(report)
    assert snapshot(module) == before


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_imports_into_another_lesson_as_the_same_questions(editor, curriculum, fmt):
    source, target = curriculum.modules[0], curriculum.modules[1]
    fill_bank(editor, source)
    report = run(editor, target, bank_export(module=source, fmt=fmt), filename=f"bank.{fmt}", commit=True)
    assert report.committed and fates(report) == [RowFate.NEW] * 5
    assert bank_export(module=target, fmt="csv") == bank_export(module=source, fmt="csv")
    assert not Question.objects.get(bank__module=target, reference="B1-02").is_active


def test_export_format(editor, module):
    fill_bank(editor, module)
    workbook = openpyxl.load_workbook(io.BytesIO(bank_export(module=module, fmt="xlsx")))
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == [*HEADER[:7], "E", "F", "Đáp án", "Giải thích", "Độ khó", "Đang dùng"]
    assert rows[1][:3] == ["B1-01", "Một lựa chọn", "Đảng ra đời năm nào?"]
    assert (
        rows[1][9] == "B" and rows[2][9] == "A, B, D" and rows[3][9] == "Đúng" and rows[4][9] == "12 | mười hai tháng"
    )
    assert rows[2][12] == "Không" and rows[1][12] == "Có"
    assert rows[5][3] == "=1+1" and sheet.cell(row=6, column=4).data_type == "s"  # text, not a formula
    assert len(workbook.worksheets) == 2  # the guide
    csv_text = bank_export(module=module, fmt="csv").decode("utf-8-sig")
    assert csv_text.startswith("Mã,Loại,Câu hỏi,A,B,C,D,E,F,Đáp án")


def test_template_has_only_the_header(module):
    assert (
        bank_export(module=None, fmt="csv").decode("utf-8-sig")
        == ",".join(
            ["Mã", "Loại", "Câu hỏi", "A", "B", "C", "D", "E", "F", "Đáp án", "Giải thích", "Độ khó", "Đang dùng"]
        )
        + "\r\n"
    )
    assert bank_export(module=module, fmt="csv") == bank_export(module=None, fmt="csv")
    with pytest.raises(ValueError):
        bank_export(module=module, fmt="pdf")


# ------------------------------------------------------------------------------------------------------------
# Writes from the admin, permissions


def test_question_services(editor, approver, module):
    bank = QuestionBank.objects.create(module=module)
    question = question_create(
        actor=editor,
        bank=bank,
        data=QuestionData(kind="true_false", text=" Đúng hay sai? ", choices=true_false_choices(answer=True)),
    )
    assert question.text == "Đúng hay sai?" and question.is_active
    with override("en"), pytest.raises(ValidationError) as caught:
        question_create(
            actor=editor,
            bank=bank,
            data=QuestionData(kind="single", text="", choices=[ChoiceData("a", True)], reference="x" * 41),
        )
    assert set(caught.value.message_dict) == {"text", "reference", "__all__"}
    coded = question_create(
        actor=approver, bank=bank, data=QuestionData(kind="short", text="Mã?", accepted_answers=["a"], reference="Q1")
    )
    with pytest.raises(ValidationError):
        question_update(
            actor=editor,
            question=question,
            data=QuestionData(kind="true_false", text="x", choices=true_false_choices(answer=True), reference="Q1"),
        )
    updated = question_update(
        actor=editor,
        question=coded,
        data=QuestionData(kind="single", text="Mã?", choices=[ChoiceData("a", False), ChoiceData("b", True)]),
    )
    assert updated.reference == "" and updated.accepted_answers == [] and updated.choices.count() == 2
    assert question_set_active(actor=editor, question=question, is_active=False).is_active is False


def test_learners_and_organizers_may_not_change_banks(world, module):
    bank = QuestionBank.objects.create(module=module)
    data = QuestionData(kind="short", text="?", accepted_answers=["a"])
    for user in (world.learners["a1"].user, world.organizers["a"], world.instructors["a"], world.report_viewer):
        with pytest.raises(PermissionDenied):
            bank_import(actor=user, module=module, data=csv_bytes(HEADER, SINGLE), filename="a.csv", commit=False)
        with pytest.raises(PermissionDenied):
            question_create(actor=user, bank=bank, data=data)
    assert not Question.objects.exists()


# ------------------------------------------------------------------------------------------------------------
# Demo questions


def test_demo_questions_cover_the_lessons_and_load_idempotently(roles):
    from courses.demo import content_awareness, content_new_member
    from courses.demo.loader import load_curriculum

    assert set(AWARENESS) == {lesson["slug"] for lesson in content_awareness.LESSONS}
    assert set(NEW_MEMBER) == {lesson["slug"] for lesson in content_new_member.LESSONS}
    load_curriculum()
    first = load_questions()
    assert first == {"created": 80, "updated": 0, "unchanged": 0}
    for slug in AWARENESS:
        questions = Question.objects.filter(bank__module__slug=slug)
        assert questions.count() >= 8
        assert set(questions.values_list("kind", flat=True)) == {"single", "multiple", "true_false", "short"}
        assert set(questions.values_list("difficulty", flat=True)) == {"easy", "medium", "hard"}
    for slug in NEW_MEMBER:
        assert Question.objects.filter(bank__module__slug=slug).count() >= 4
    assert not Question.objects.filter(explanation="").exists()
    before = {module: snapshot(module) for module in {q.bank.module for q in Question.objects.select_related("bank")}}
    assert load_questions() == {"created": 0, "updated": 0, "unchanged": 80}
    assert {module: snapshot(module) for module in before} == before
    # Every demo bank exports and imports back unchanged.
    module = Question.objects.get(reference="NT-B1-01").bank.module
    report = bank_import(
        actor=None, module=module, data=bank_export(module=module, fmt="xlsx"), filename="b.xlsx", commit=False
    )
    assert set(fates(report)) == {RowFate.UNCHANGED}
