"""The question-bank screens of the Wagtail admin: who may open them, the question form, import and export."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments.models import Question, QuestionBank
from tests.assessments.test_banks import HEADER, MULTIPLE, ROWS, SINGLE, csv_bytes, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(curriculum):
    return curriculum.modules[0]


@pytest.fixture
def bank(editor, module) -> QuestionBank:
    run(editor, module, csv_bytes(HEADER, *ROWS), commit=True)
    return QuestionBank.objects.get(module=module)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def bank_urls(bank: QuestionBank) -> list[str]:
    question = bank.questions.first()
    return [
        reverse("question_banks:index"),
        reverse("question_banks:add"),
        reverse("assessments_banks:questions", args=[bank.pk]),
        reverse("assessments_banks:question_add", args=[bank.pk]),
        reverse("assessments_banks:question_edit", args=[question.pk]),
        reverse("assessments_banks:import"),
        reverse("assessments_banks:import") + f"?module={bank.module_id}",
        reverse("assessments_banks:export", args=[bank.pk, "xlsx"]),
        reverse("assessments_banks:export", args=[bank.pk, "csv"]),
        reverse("assessments_banks:template", args=["xlsx"]),
        reverse("assessments_banks:template", args=["csv"]),
    ]


def test_editors_and_approvers_open_every_screen(client, editor, approver, bank):
    for user in (editor, approver):
        client.force_login(user)
        for url in bank_urls(bank):
            assert client.get(url).status_code == 200, (user, url)
    assert client.get(reverse("assessments_banks:export", args=[bank.pk, "pdf"])).status_code == 404


def test_the_menu_and_the_list_of_banks(editor_client, bank):
    assert '"url": "/admin/question-banks/"' in editor_client.get(reverse("wagtailadmin_home")).content.decode()
    page = editor_client.get(reverse("question_banks:index")).content.decode()
    assert reverse("assessments_banks:questions", args=[bank.pk]) in page
    assert "Lớp nhận thức" in page  # the course of the lesson
    banks = page.split("<tbody", 1)[1]
    assert ">4<" in banks.replace(" ", "").replace("\n", "")  # four questions, four in use


def test_editing_a_bank_means_its_questions(editor_client, bank):
    response = editor_client.get(reverse("question_banks:edit", args=[bank.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("assessments_banks:questions", args=[bank.pk])


def test_adding_a_bank_for_a_lesson(editor_client, curriculum, bank):
    page = editor_client.get(reverse("question_banks:add")).content.decode()
    assert f'value="{curriculum.modules[1].pk}"' in page
    assert f'value="{bank.module_id}"' not in page  # already has a bank
    response = editor_client.post(reverse("question_banks:add"), {"module": curriculum.modules[1].pk})
    assert response.status_code == 302
    assert QuestionBank.objects.filter(module=curriculum.modules[1]).exists()


def test_people_without_the_permission_are_kept_out(client, world, bank):
    learner, organizer = world.learners["a1"].user, world.organizers["a"]
    for url in bank_urls(bank):
        client.force_login(learner)
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
        client.force_login(organizer)
        response = client.get(url)
        assert response.status_code == 403 or (
            response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
        ), (url, response.status_code)
    question = bank.questions.first()
    client.force_login(organizer)
    assert client.post(reverse("assessments_banks:question_active", args=[question.pk]), {"active": "0"}).status_code
    assert Question.objects.get(pk=question.pk).is_active
    assert '"url": "/admin/question-banks/"' not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_add_questions_of_every_kind(editor_client, bank):
    url = reverse("assessments_banks:question_add", args=[bank.pk])
    base = {"difficulty": "medium", "is_active": "on"}
    forms = [
        {"kind": "single", "text": "Một?", "option_1": "a", "option_2": "b", "correct_2": "on"},
        {
            "kind": "multiple",
            "text": "Nhiều?",
            "option_1": "a",
            "option_2": "b",
            "option_3": "c",
            "correct_1": "on",
            "correct_3": "on",
        },
        {"kind": "true_false", "text": "Đúng không?", "true_false_answer": "false", "option_1": "ignored"},
        {"kind": "short", "text": "Ngắn?", "accepted_answers": "Hà Nội\nthủ đô Hà Nội\n", "reference": "N-1"},
    ]
    for form in forms:
        response = editor_client.post(url, {**base, **form})
        assert response.status_code == 302, response.content.decode()[:2000]
    single, multiple, true_false, short = bank.questions.order_by("-position")[:4][::-1]
    assert [c.is_correct for c in single.choices.all()] == [False, True]
    assert [c.is_correct for c in multiple.choices.all()] == [True, False, True]
    assert [(c.text, c.is_correct) for c in true_false.choices.all()] == [("Đúng", False), ("Sai", True)]
    assert short.accepted_answers == ["Hà Nội", "thủ đô Hà Nội"] and short.reference == "N-1"
    assert bank.questions.count() == 8


def test_the_form_shows_errors(editor_client, bank):
    url = reverse("assessments_banks:question_add", args=[bank.pk])
    bad = {
        "kind": "single",
        "text": "Hai đúng?",
        "difficulty": "easy",
        "option_1": "a",
        "option_2": "b",
        "correct_1": "on",
        "correct_2": "on",
    }
    response = editor_client.post(url, bad)
    assert response.status_code == 200 and response.context["form"].errors
    taken = {"kind": "short", "text": "Mã trùng?", "difficulty": "easy", "accepted_answers": "x", "reference": "B1-01"}
    response = editor_client.post(url, taken)
    assert response.status_code == 200 and "reference" in response.context["form"].errors
    assert bank.questions.count() == 4


def test_edit_a_question(editor_client, bank):
    question = Question.objects.get(reference="B1-01")
    url = reverse("assessments_banks:question_edit", args=[question.pk])
    form = editor_client.get(url).context["form"]
    assert form.initial["option_2"] == "1930" and form.initial["correct_2"] is True
    data = {**{k: v for k, v in form.initial.items() if v not in (False, None)}, "text": "Đảng ra đời vào năm nào?"}
    data["correct_2"], data["is_active"] = "on", "on"
    response = editor_client.post(url, data)
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text == "Đảng ra đời vào năm nào?" and question.reference == "B1-01"
    assert question.choices.get(is_correct=True).text == "1930"


def test_stop_using_and_use_again(editor_client, bank):
    question = Question.objects.get(reference="B1-02")
    url = reverse("assessments_banks:question_active", args=[question.pk])
    assert editor_client.get(url).status_code == 405
    assert editor_client.post(url, {"active": "0"}).status_code == 302
    assert not Question.objects.get(pk=question.pk).is_active
    editor_client.post(url, {"active": "1"})
    assert Question.objects.get(pk=question.pk).is_active


def upload(client, module, data: bytes, name="cau-hoi.csv"):
    return client.post(
        reverse("assessments_banks:import"), {"module": module.pk, "file": SimpleUploadedFile(name, data)}
    )


def test_import_preview_then_confirm(editor_client, module):
    response = upload(editor_client, module, csv_bytes(HEADER, *ROWS))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="bank-row--new"') == 4 and 'name="confirm"' in page
    assert not Question.objects.exists()  # the preview writes nothing
    confirm = response.context["confirm_form"]
    response = editor_client.post(
        reverse("assessments_banks:import"),
        {**{name: confirm[name].value() for name in confirm.fields}, "confirm": "1"},
    )
    bank = QuestionBank.objects.get(module=module)
    assert response.status_code == 302 and response["Location"] == reverse(
        "assessments_banks:questions", args=[bank.pk]
    )
    assert bank.questions.count() == 4
    # The same file again: nothing to change, no confirmation offered.
    page = upload(editor_client, module, csv_bytes(HEADER, *ROWS)).content.decode()
    assert page.count('class="bank-row--unchanged"') == 4 and 'name="confirm"' not in page


def test_an_import_with_errors_cannot_be_confirmed(editor_client, module):
    bad = ["B1-09", "Một lựa chọn", "Đáp án trỏ vào ô trống?", "a", "b", "", "", "C", "", ""]
    response = upload(editor_client, module, csv_bytes(HEADER, SINGLE, MULTIPLE, bad))
    page = response.content.decode()
    assert page.count('class="bank-row--error"') == 1 and 'name="confirm"' not in page
    confirm = response.context["confirm_form"]
    response = editor_client.post(
        reverse("assessments_banks:import"),
        {**{name: confirm[name].value() for name in confirm.fields}, "confirm": "1"},
    )
    assert response.status_code == 200 and not response.context["report"].committed
    assert not Question.objects.exists()
    response = editor_client.post(
        reverse("assessments_banks:import"), {"module": module.pk, "filename": "x.csv", "data": "%%%", "confirm": "1"}
    )
    assert response.status_code == 302 and not Question.objects.exists()


def test_import_rejects_other_files(editor_client, module):
    response = upload(editor_client, module, b"%PDF-1.4", name="cau-hoi.pdf")
    assert response.status_code == 200 and response.context["form"].errors["file"]


def test_export_downloads(editor_client, bank):
    response = editor_client.get(reverse("assessments_banks:export", args=[bank.pk, "csv"]))
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="cau-hoi-bai-1.csv"' in response["Content-Disposition"]
    assert response.content.decode("utf-8-sig").splitlines()[1].startswith("B1-01,Một lựa chọn,")
    response = editor_client.get(reverse("assessments_banks:export", args=[bank.pk, "xlsx"]))
    assert response.content.startswith(b"PK")
