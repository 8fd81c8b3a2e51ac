"""The gradebook (queries, values, scope), the learner's own result page, the XLSX sheet and export_results."""

import datetime as dt
import io
import unicodedata
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from assessments.models import Band, CompletionPolicy, PolicyChange, Quiz, Result
from assessments.selectors.closing import closing_preview
from assessments.selectors.results import gradebook, name_sort_key, transcript
from assessments.services.results import result_compute, results_compute, results_refresh_cohort
from lms.models import PersonalDataAccess, User
from tests.assessments.test_results import (
    attempts,
    attend,
    complete_online,
    enrol,
    final_quiz,
    lesson_quiz,
    make_policy,
    reflection,
    setup,  # noqa: F401  (fixture)
)
from tests.factories import LearnerProfileFactory

pytestmark = pytest.mark.django_db
D = Decimal
QUERY_BUDGET = 12


@pytest.fixture
def graded(setup):  # noqa: F811
    """Class A with quizzes on lessons 1 and 3, a final test, both assessments; A1 has done everything (a make-up
    in class B included), A2 only part."""
    world = setup.world
    make_policy(
        setup.course,
        mode="both",
        require_attendance=True,
        require_online=True,
        weight_quizzes=20,
        weight_reflection=40,
        weight_final_test=40,
    )
    quizzes = {"first": lesson_quiz(setup.in_person), "third": lesson_quiz(setup.online, scoring="last")}
    final = final_quiz(setup.course)
    a1, a2 = world.learners["a1"].user, world.learners["a2"].user
    attempts(quizzes["first"], a1, "6", "9")
    attempts(quizzes["third"], a1, "10", "7")
    attempts(final, a1, "8")
    reflection(setup.course, a1, world.cohorts["a"], score="8.5")
    attend(setup.sessions["a", 1], a1, "absent")
    attend(setup.sessions["b", 1], a1, "present")  # make-up in class B
    attend(setup.sessions["a", 2], a1, "late")
    complete_online(setup.blended, a1)
    complete_online(setup.online, a1)
    attempts(quizzes["first"], a2, "4.5")
    attend(setup.sessions["a", 1], a2, "left_early")
    reflection(setup.course, a2, world.cohorts["a"], state="submitted")
    results_refresh_cohort(cohort=world.cohorts["a"])
    return setup


def _add_learners(world, setup, count: int) -> None:  # noqa: F811
    quiz = Quiz.objects.get(module=setup.in_person)
    for n in range(count):
        profile = LearnerProfileFactory(enterprise=world.enterprises["a"], user__full_name=f"Phạm Văn Số {n}")
        enrol(profile.user, world.cohorts["a"])
        attempts(quiz, profile.user, "7")
        attend(setup.sessions["a", 1], profile.user)
        complete_online(setup.online, profile.user)
        reflection(setup.course, profile.user, world.cohorts["a"], score="6")


def _count_queries(cohort) -> int:
    with CaptureQueriesContext(connection) as queries:
        book = gradebook(cohort=cohort)
        for row in book.rows:  # everything the page and the sheet read
            _ = (row.learner.get_full_name(), row.enterprise, row.date_of_birth, row.result, row.attended)
    return len(queries)


# ---------------------------------------------------------------- the selector


def test_gradebook_queries_do_not_grow_with_the_class(graded, django_assert_max_num_queries):
    world = graded.world
    cohort = world.cohorts["a"]
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert len(gradebook(cohort=cohort).rows) == 2
    small = _count_queries(cohort)
    _add_learners(world, graded, 15)
    results_refresh_cohort(cohort=cohort)
    with django_assert_max_num_queries(QUERY_BUDGET):
        assert len(gradebook(cohort=cohort).rows) == 17
    assert _count_queries(cohort) == small


# ---------------------------------------------------------------- a whole class at once

REFRESH_BUDGET = 12  # policy, lessons, quizzes, final test, four kinds of input, the learners, one write, savepoints


def _variety(world, setup) -> None:  # noqa: F811
    """Learners who did some of everything: a returned reflection, a draft, attempts under both scoring rules."""
    _add_learners(world, setup, 3)
    quizzes = {quiz.module_id: quiz for quiz in Quiz.objects.filter(module__isnull=False)}
    extra = LearnerProfileFactory(enterprise=world.enterprises["a"], user__full_name="Đỗ Thị Biến")
    enrol(extra.user, world.cohorts["a"])
    attempts(quizzes[setup.online.pk], extra.user, "3", "9.5")
    reflection(setup.course, extra.user, world.cohorts["a"], state="returned")
    draft = LearnerProfileFactory(enterprise=world.enterprises["a"], user__full_name="Vũ Văn Nháp")
    enrol(draft.user, world.cohorts["a"])
    reflection(setup.course, draft.user, world.cohorts["a"], state="draft")
    attend(setup.sessions["a", 2], draft.user, "present")


@pytest.mark.parametrize(
    "policy",
    [
        {"mode": "both", "weight_quizzes": 20, "weight_reflection": 40, "weight_final_test": 40},
        {"mode": "reflection", "weight_quizzes": 30, "weight_reflection": 70, "weight_final_test": 0},
        {"mode": "final_test", "weight_quizzes": 0, "weight_reflection": 0, "weight_final_test": 100},
        {"mode": "both", "require_attendance": False, "require_online": False, "weight_final_test": 40},
    ],
)
def test_a_whole_class_at_once_gives_what_each_learner_alone_gives(graded, policy):
    world = graded.world
    _variety(world, graded)
    make_policy(graded.course, **({"weight_quizzes": 20, "weight_reflection": 40} | policy))
    cohort = world.cohorts["a"]
    ids = list(cohort.enrolments.values_list("learner_id", flat=True))
    at_once = results_compute(course=cohort.course, learner_ids=ids)
    one_by_one = {user.pk: result_compute(learner=user, cohort=cohort) for user in User.objects.filter(pk__in=ids)}
    assert at_once == one_by_one and len(at_once) == 7
    assert any(result["passed"] for result in at_once.values())  # the cases differ: some pass, some miss things
    assert any(result["missing"] for result in at_once.values())


def test_refreshing_a_class_costs_the_same_queries_whatever_its_size(graded, django_assert_max_num_queries):
    world = graded.world
    cohort = world.cohorts["a"]

    def refresh_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            results_refresh_cohort(cohort=cohort)
        return len(queries)

    small = refresh_queries()
    _add_learners(world, graded, 15)
    with django_assert_max_num_queries(REFRESH_BUDGET):
        assert results_refresh_cohort(cohort=cohort) == 17
    assert refresh_queries() == small
    # What was written is what each learner's own computation gives, and a second run updates in place.
    for result in Result.objects.filter(cohort=cohort).select_related("learner"):
        expected = result_compute(learner=result.learner, cohort=cohort)
        assert (result.complete, result.passed, result.score, result.band, result.missing) == (
            expected["complete"],
            expected["passed"],
            expected["score"],
            expected["band"],
            expected["missing"],
        )
    assert Result.objects.filter(cohort=cohort).count() == 17


def test_the_closing_preview_costs_the_same_queries_whatever_the_class_size(graded):
    world = graded.world
    cohort = world.cohorts["a"]

    def preview_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            preview = closing_preview(cohort=cohort)
        return len(queries), len(preview.completing) + len(preview.not_completing)

    small, seats = preview_queries()
    _add_learners(world, graded, 15)
    assert preview_queries() == (small, seats + 15)


def test_gradebook_rows_hold_every_part(graded):
    world = graded.world
    book = gradebook(cohort=world.cohorts["a"])
    assert [lesson.lesson_number for lesson in book.quiz_lessons] == [1, 3]
    assert [lesson.lesson_number for lesson in book.in_person_lessons] == [1, 2]
    assert [lesson.lesson_number for lesson in book.online_lessons] == [2, 3]
    assert book.has_final_test and book.uses_reflection and book.uses_final_test
    # Ordered by given name: (Lê Thị) An before (Võ Văn) Bình.
    first, second = book.rows
    assert (first.number, first.learner, second.learner) == (1, world.learners["a1"].user, world.learners["a2"].user)
    assert first.quiz_scores == [D("9"), D("7")]  # best of lesson 1, last of lesson 3
    assert [(cell.status, cell.makeup_class) for cell in first.attendance] == [("present", "NTĐ-B"), ("late", "")]
    assert first.attended == 2 and first.online_done == 2
    assert (first.reflection_state, first.reflection_score, first.final_test) == ("graded", D("8.5"), D("8"))
    assert first.enterprise == "Công ty A" and first.date_of_birth == dt.date(1995, 5, 20)
    # 0.2 × 8 (quiz average) + 0.4 × 8.5 + 0.4 × 8 = 8.2
    assert (first.result.score, first.result.band, first.result.complete) == (D("8.20"), "good", True)
    assert second.quiz_scores == [D("4.5"), None]
    assert [cell.status for cell in second.attendance] == ["left_early", ""]
    assert second.attended == 0 and second.online_done == 0
    assert (second.reflection_state, second.reflection_score, second.final_test) == ("submitted", None, None)
    assert not second.result.complete and second.result.band == ""


def test_only_seated_learners_are_listed(graded):
    world = graded.world
    enrol(world.learners["b1"].user, world.cohorts["a"], state="withdrawn")
    assert [row.learner.username for row in gradebook(cohort=world.cohorts["a"]).rows] == ["learner_a1", "learner_a2"]


def test_vietnamese_name_order():
    names = ["Nguyễn Văn Đức", "Trần Thị Dung", "Lê Ánh", "Phạm An", "Võ Thị Ân", "Đỗ Văn Bình", "Hồ Ăn"]
    ordered = sorted(names, key=name_sort_key)
    assert ordered == ["Phạm An", "Lê Ánh", "Hồ Ăn", "Võ Thị Ân", "Đỗ Văn Bình", "Trần Thị Dung", "Nguyễn Văn Đức"]


def test_transcript_lists_each_lesson_and_what_is_missing(graded):
    world = graded.world
    with translation.override("en"):
        record = transcript(learner=world.learners["a2"].user, cohort=world.cohorts["a"])
    assert [line.lesson.lesson_number for line in record.lines] == [1, 2, 3]
    lesson1, lesson2, lesson3 = record.lines
    assert lesson1.attendance.status == "left_early" and lesson1.quiz_score == D("4.5") and lesson1.has_quiz
    assert lesson1.online_completed is None
    assert lesson2.online_completed is False and not lesson2.has_quiz
    assert lesson3.attendance is None and lesson3.quiz_score is None and lesson3.has_quiz
    codes = [item["code"] for item in record.result["missing"]]
    assert codes == ["attend", "attend", "online", "online", "quiz", "reflection_grade", "final_test"]
    assert len(record.missing_text) == len(codes) and "Bài 1" in record.missing_text[0]


# ---------------------------------------------------------------- screens and scope


def test_staff_in_scope_see_the_gradebook(graded, client):
    world = graded.world
    url = reverse("assessments:gradebook", args=[world.cohorts["a"].pk])
    for user in (world.organizers["a"], world.instructors["a"], world.report_viewer):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert "Lê Thị An" in page and "Võ Văn Bình" in page and "NTĐ-B" in page
        recompute = reverse("assessments:gradebook_recompute", args=[world.cohorts["a"].pk])
        assert (recompute in page) is (user == world.organizers["a"])


def test_staff_outside_the_class_get_404(graded, client):
    world = graded.world
    for name in ("gradebook", "gradebook_xlsx"):
        url = reverse(f"assessments:{name}", args=[world.cohorts["a"].pk])
        for user in (world.organizers["b"], world.instructors["b"]):
            client.force_login(user)
            assert client.get(url).status_code == 404
    client.force_login(world.learners["a1"].user)
    assert client.get(reverse("assessments:gradebook", args=[world.cohorts["a"].pk])).status_code == 403


def test_recompute_button(graded, client):
    world = graded.world
    Result.objects.all().delete()
    url = reverse("assessments:gradebook_recompute", args=[world.cohorts["a"].pk])
    client.force_login(world.organizers["b"])
    assert client.post(url).status_code == 404
    client.force_login(world.instructors["a"])
    assert client.post(url).status_code == 403
    assert not Result.objects.exists()
    client.force_login(world.organizers["a"])
    response = client.post(url)
    assert response.status_code == 302 and response["Location"].endswith(
        reverse("assessments:gradebook", args=[world.cohorts["a"].pk])
    )
    assert Result.objects.filter(cohort=world.cohorts["a"]).count() == 2


def test_learners_see_only_their_own_result(graded, client):
    world = graded.world
    url = reverse("assessments:my_result", args=[world.cohorts["a"].pk])
    client.force_login(world.learners["a2"].user)
    page = client.get(url).content.decode()
    assert "Bài 1" in page and ("4,50" in page or "4.50" in page)
    assert "8,50" not in page and "8.50" not in page  # A1's reflection score is not on A2's page
    client.force_login(world.learners["b1"].user)  # in class B, not A
    assert client.get(url).status_code == 404
    client.force_login(world.organizers["a"])  # staff have the gradebook instead
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_a_complete_learner_sees_the_band(graded, client):
    world = graded.world
    client.force_login(world.learners["a1"].user)
    page = client.get(reverse("assessments:my_result", args=[world.cohorts["a"].pk])).content.decode()
    with translation.override("vi"):
        assert str(Band.GOOD.label) in page
    assert "8,20" in page or "8.20" in page


def test_policy_screen(setup, client):  # noqa: F811
    world = setup.world
    url = reverse("assessments:policy_edit", args=[setup.course.pk])
    client.force_login(world.instructors["a"])
    assert client.get(url).status_code == 403
    client.force_login(world.organizers["b"])
    page = client.get(url).content.decode()
    assert 'name="weight_quizzes"' in page and "NTĐ-B" in page
    assert "NTĐ-A" not in page  # another unit's class: counted, not named
    form = {
        "require_attendance": "on",
        "mode": "reflection",
        "quiz_threshold": "5",
        "reflection_threshold": "5",
        "final_test_threshold": "5",
        "weight_quizzes": "30",
        "weight_reflection": "60",
        "weight_final_test": "0",
        "band_excellent": "9",
        "band_good": "8",
        "band_fair": "6,5",
        "band_pass": "5",
    }
    with translation.override("vi"):
        response = client.post(url, form)
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert not CompletionPolicy.objects.filter(course=setup.course).exists()
    response = client.post(url, form | {"weight_reflection": "70", "band_fair": "6.5"})
    assert response.status_code == 302
    policy = CompletionPolicy.objects.get(course=setup.course)
    assert (policy.weight_reflection, policy.require_online, policy.updated_by) == (70, False, world.organizers["b"])
    assert Result.objects.filter(cohort__course=setup.course).count() == 3
    # Changing it once in force needs a reason; without one nothing is saved and the form says why, in Vietnamese.
    stricter = form | {"weight_reflection": "70", "band_fair": "6.5", "band_pass": "5,5"}
    with translation.override("vi"):
        response = client.post(url, stricter)
        page = response.content.decode()
    assert response.status_code == 200 and "Hãy nêu lý do" in page
    assert CompletionPolicy.objects.get(course=setup.course).band_pass == Decimal("5")
    assert client.post(url, stricter | {"reason": "Theo hướng dẫn mới"}).status_code == 302
    assert CompletionPolicy.objects.get(course=setup.course).band_pass == Decimal(
        "5.5"
    )  # "5,5" read the Vietnamese way
    assert client.post(url, stricter | {"reason": "Bấm lần hai"}).status_code == 302  # a double tap: no change
    # Another unit's organizer reads who changed what, and why.
    client.force_login(world.organizers["a"])
    with translation.override("vi"):
        page = client.get(url).content.decode()
    assert "Theo hướng dẫn mới" in page and "Bấm lần hai" not in page
    assert "5,00 → <strong>5,50</strong>" in page
    # Seeing what a change would do saves nothing, and shows the organizer's own class by its code.
    with translation.override("vi"):
        response = client.post(url, stricter | {"band_pass": "7", "band_fair": "7", "preview": "1"})
        page = response.content.decode()
    assert response.status_code == 200 and "Những gì sẽ thay đổi" in page and "<strong>NTĐ-A</strong>" in page
    assert "không thay đổi" in page  # nobody completes in this class yet; the counts are tested on the selector
    assert CompletionPolicy.objects.get(course=setup.course).band_pass == Decimal("5.5")
    assert PolicyChange.objects.filter(course=setup.course).count() == 2
    with translation.override("vi"):
        page = client.post(url, stricter | {"band_pass": "9.5", "preview": "1"}).content.decode()
    assert 'role="alert"' in page and "Những gì sẽ thay đổi" not in page  # bands out of order: no preview
    assert "Lần đầu đặt quy chế" in page


# ---------------------------------------------------------------- the sheet


def _sheet(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content)).active


def test_results_sheet_reads_back(graded, client):
    world = graded.world
    nfd_name = unicodedata.normalize("NFD", "Lê Thị An")
    world.learners["a1"].user.__class__.objects.filter(pk=world.learners["a1"].user.pk).update(full_name=nfd_name)
    client.force_login(world.organizers["a"])
    with translation.override("vi"):
        response = client.get(reverse("assessments:gradebook_xlsx", args=[world.cohorts["a"].pk]))
        labels = {band: str(Band(band).label) for band in Band.values}
        yes, no = translation.gettext("Yes"), translation.gettext("No")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bang-diem-NTD-A.xlsx"' in response["Content-Disposition"]
    sheet = _sheet(response.content)
    assert sheet["C2"].value == "Lớp nhận thức" and sheet["C3"].value == "NTĐ-A"
    assert sheet["C4"].value == "Trung tâm Chính trị A"
    assert sheet["C5"].value == "01/12/2026 – 31/01/2027"
    assert sheet.freeze_panes == "C8"
    header = [cell.value for cell in sheet[7]]
    assert len(header) == 4 + 2 + 6
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=8)]
    assert len(rows) == 2
    first, second = rows
    assert first[:4] == [1, unicodedata.normalize("NFC", "Lê Thị An"), dt.datetime(1995, 5, 20), "Công ty A"]
    assert unicodedata.is_normalized("NFC", first[1])
    assert first[4:] == [9, 7, 2, 8.5, 8, 8.2, labels["good"], yes]
    assert second[4:] == [4.5, None, 0, None, None, None, None, no]
    assert sheet.cell(row=8, column=5).number_format == "0.00"
    assert sheet.cell(row=8, column=10).number_format == "0.00"
    assert sheet.cell(row=8, column=3).number_format == "DD/MM/YYYY"
    assert isinstance(sheet.cell(row=8, column=10).value, int | float)
    assert sheet.column_dimensions["B"].width >= 20
    audits = PersonalDataAccess.objects.filter(actor=world.organizers["a"], action="exported")
    assert audits.count() == 2 and all("with date of birth" in entry.detail for entry in audits)


def test_staff_who_may_not_see_identifiers_get_no_birth_dates(graded, client):
    world = graded.world
    for user in (world.instructors["a"], world.report_viewer):
        client.force_login(user)
        sheet = _sheet(client.get(reverse("assessments:gradebook_xlsx", args=[world.cohorts["a"].pk])).content)
        assert sheet.cell(row=8, column=2).value == "Lê Thị An"
        assert sheet.cell(row=8, column=3).value is None and sheet.cell(row=9, column=3).value is None


def test_band_labels_in_the_sheet_follow_the_result(graded, client):
    world = graded.world
    Result.objects.filter(learner=world.learners["a2"].user).update(band="fail", score=D("3"), complete=True)
    client.force_login(world.organizers["a"])
    with translation.override("vi"):
        sheet = _sheet(client.get(reverse("assessments:gradebook_xlsx", args=[world.cohorts["a"].pk])).content)
        assert sheet.cell(row=9, column=11).value == str(Band.FAIL.label)
    assert sheet.cell(row=9, column=10).value == 3


# ---------------------------------------------------------------- the command


def test_export_results_command_writes_the_sheet(graded, tmp_path, capsys):
    world = graded.world
    Result.objects.all().delete()  # the command recomputes first
    out = tmp_path / "ket-qua.xlsx"
    call_command("export_results", "--cohort", "NTĐ-A", "--out", str(out), "--lang", "en")
    printed = capsys.readouterr().out
    assert "2 rows written" in printed and str(out) in printed
    sheet = openpyxl.load_workbook(out).active
    assert [row[1].value for row in sheet.iter_rows(min_row=8)] == ["Lê Thị An", "Võ Văn Bình"]
    assert sheet.cell(row=8, column=10).value == 8.2
    assert Result.objects.filter(cohort=world.cohorts["a"]).count() == 2


@pytest.mark.parametrize(
    ("cohort", "out", "message"),
    [
        ("KHONG-CO", "{tmp}/a.xlsx", "No class has the code KHONG-CO"),
        ("NTĐ-A", "{tmp}/no/such/folder/a.xlsx", "Cannot write"),
        ("NTĐ-A", "{tmp}", "must end in .xlsx"),
        ("NTĐ-A", "{tmp}/a.csv", "must end in .xlsx"),
    ],
)
def test_export_results_command_fails_cleanly(graded, tmp_path, cohort, out, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_results", "--cohort", cohort, "--out", out.format(tmp=tmp_path), "--lang", "en")


def test_export_results_command_refuses_a_folder_it_cannot_write_to(graded):
    """/proc takes no new files, whoever asks (CI runs as root, for whom permission bits do not count)."""
    with pytest.raises(CommandError, match="Cannot write"):
        call_command("export_results", "--cohort", "NTĐ-A", "--out", "/proc/ket-qua.xlsx", "--lang", "en")


def test_results_sheet_with_nobody_enrolled(world, tmp_path):
    out = tmp_path / "empty.xlsx"
    call_command("export_results", "--cohort", "NTĐ-B", "--out", str(out), "--lang", "en")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 7 and sheet["C3"].value == "NTĐ-B"
