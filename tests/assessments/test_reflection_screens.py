"""The reflection screens: the learner's write page with autosave, upload and submission; the class list with
similarity flags, the side-by-side comparison, grading and returning; object scope on every one of them."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from assessments.models import Reflection, ReflectionState, Result
from assessments.services.reflections import (
    reflection_for,
    reflection_save,
    reflection_submit,
    reflection_upload,
)
from tests.assessments.test_reflections import AN, AN_COPIED, BINH, PDF, PNG, enrol, handed_in, make_assignment

pytestmark = pytest.mark.django_db


def reflection_matrix_objects(world) -> dict[str, int]:
    """For the permission matrix: learner A1's submitted reflection (with a PDF) in class A, copied by A2 (the
    course's id is there already)."""
    for key in ("a1", "a2"):
        if not world.learners[key].user.enrolments.filter(cohort=world.cohorts["a"]).exists():
            enrol(world, key, "a")
    make_assignment(world.curriculum.course)
    learner = world.learners["a1"].user
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    reflection_save(actor=learner, reflection=reflection, text=AN)
    reflection_upload(actor=learner, reflection=reflection, file=SimpleUploadedFile("trang.pdf", PDF))
    reflection_submit(actor=learner, reflection=reflection)
    other = handed_in(world, "a2", AN_COPIED)
    return {"reflection_id": reflection.pk, "other_id": other.pk}


@pytest.fixture
def rsetup(world):
    for key, cohort in (("a1", "a"), ("a2", "a"), ("b1", "b")):
        enrol(world, key, cohort)
    return make_assignment(world.curriculum.course, due_at=timezone.make_aware(dt.datetime(2099, 1, 15, 23, 59)))


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def write_url(world) -> str:
    return reverse("assessments:reflection_write", args=[world.curriculum.course.pk])


def learner(world, key):
    return world.learners[key].user


def test_the_write_page_shows_the_assignment_and_an_autosaving_form(world, rsetup):
    client = client_for(learner(world, "a1"))
    page = client.get(write_url(world))
    html = page.content.decode()
    assert page.status_code == 200
    assert "liên hệ với công việc thực tế" in html and "15/01/2099" in html
    reflection = Reflection.objects.get(learner=learner(world, "a1"))
    assert f'action="{reverse("assessments:reflection_save", args=[reflection.pk])}"' in html
    assert "data-reflection" in html and 'name="text"' in html and "lms/js/reflection.js" in html
    assert 'data-min="50" data-max="300"' in html


def test_autosave_answers_json_and_saves(world, rsetup):
    client = client_for(learner(world, "a1"))
    client.get(write_url(world))
    reflection = Reflection.objects.get(learner=learner(world, "a1"))
    url = reverse("assessments:reflection_save", args=[reflection.pk])
    response = client.post(url, {"text": "Tôi là công nhân may."}, headers={"accept": "application/json"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    assert data["saved"] is True and data["words"] == 5
    assert data["saved_at"] == timezone.localtime(Reflection.objects.get(pk=reflection.pk).updated_at).strftime("%H:%M")
    assert data["saved_at"] in data["status"]
    assert Reflection.objects.get(pk=reflection.pk).text == "Tôi là công nhân may."
    # A beacon (page hidden) is marked as autosave too.
    assert client.post(url, {"text": "Tôi là thợ.", "autosave": "1"}).json()["words"] == 3
    # Without JavaScript, the Save button posts the same form and comes back to the page.
    response = client.post(url, {"text": "Lưu bằng nút."})
    assert response.status_code == 302 and response["Location"] == write_url(world)
    assert Reflection.objects.get(pk=reflection.pk).text == "Lưu bằng nút."
    assert client.post(url, {}, headers={"accept": "application/json"}).status_code == 400  # no text: no erasing
    assert Reflection.objects.get(pk=reflection.pk).text == "Lưu bằng nút."


def test_submitting_twice_records_one_submission_and_locks_the_text(world, rsetup):
    client = client_for(learner(world, "a1"))
    client.get(write_url(world))
    reflection = Reflection.objects.get(learner=learner(world, "a1"))
    submit = reverse("assessments:reflection_submit", args=[reflection.pk])
    assert client.post(submit, {"text": "Quá ngắn."}).status_code == 302
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.DRAFT  # 2 words: refused
    assert Reflection.objects.get(pk=reflection.pk).text == "Quá ngắn."  # but the text was saved
    client.post(submit, {"text": AN})
    first = Reflection.objects.get(pk=reflection.pk)
    client.post(submit, {"text": AN})
    again = Reflection.objects.get(pk=reflection.pk)
    assert first.state == again.state == ReflectionState.SUBMITTED and first.submitted_at == again.submitted_at
    response = client.post(
        reverse("assessments:reflection_save", args=[reflection.pk]),
        {"text": "Sửa sau khi nộp."},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400 and response.json()["errors"]
    page = client.get(write_url(world)).content.decode()
    assert "data-reflection" not in page and 'data-state="submitted"' in page


def test_upload_by_bytes_and_download_of_ones_own_file(world, rsetup):
    client = client_for(learner(world, "a1"))
    client.get(write_url(world))
    reflection = Reflection.objects.get(learner=learner(world, "a1"))
    upload = reverse("assessments:reflection_upload", args=[reflection.pk])
    client.post(upload, {"file": SimpleUploadedFile("bai.pdf", b"chi la van ban", content_type="application/pdf")})
    assert not Reflection.objects.get(pk=reflection.pk).upload
    client.post(upload, {"file": SimpleUploadedFile("bai.pdf", PDF, content_type="application/pdf")})
    assert Reflection.objects.get(pk=reflection.pk).upload
    response = client.get(reverse("assessments:my_reflection_file", args=[reflection.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf" and response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    # With the file, the reflection can be submitted without typed text.
    client.post(reverse("assessments:reflection_submit", args=[reflection.pk]), {"text": ""})
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.SUBMITTED


def test_a_learner_reaches_only_their_own_reflection(world, rsetup):
    other = reflection_for(learner=learner(world, "a2"), course=world.curriculum.course)
    reflection_upload(actor=learner(world, "a2"), reflection=other, file=SimpleUploadedFile("p.pdf", PDF))
    client = client_for(learner(world, "a1"))
    for name in ("reflection_save", "reflection_submit", "reflection_upload"):
        assert client.post(reverse(f"assessments:{name}", args=[other.pk]), {"text": "x"}).status_code == 404
    assert client.get(reverse("assessments:my_reflection_file", args=[other.pk])).status_code == 404
    for name in ("reflection_grade", "reflection_file"):
        assert client.get(reverse(f"assessments:{name}", args=[other.pk])).status_code == 403
    assert Reflection.objects.get(pk=other.pk).text == ""
    # No seat in a class of the course, or no reflection in the course: nothing to write.
    assert client.get(reverse("assessments:reflection_write", args=[world.new_member_course.pk])).status_code == 404
    outsider = client_for(world.learners["b1"].user)
    learner(world, "b1").enrolments.all().delete()
    assert outsider.get(write_url(world)).status_code == 404


def test_staff_outside_the_class_get_404(world, rsetup):
    reflection = handed_in(world, "a1", AN)
    copy = handed_in(world, "a2", AN_COPIED)
    urls = [
        reverse("assessments:cohort_reflections", args=[world.cohorts["a"].pk]),
        reverse("assessments:reflection_grade", args=[reflection.pk]),
        reverse("assessments:reflection_compare", args=[reflection.pk, copy.pk]),
    ]
    for outsider in (world.instructors["b"], world.organizers["b"]):
        client = client_for(outsider)
        for url in urls:
            assert client.get(url).status_code == 404, url
        assert (
            client.post(reverse("assessments:reflection_return", args=[reflection.pk]), {"note": "x"}).status_code
            == 404
        )
        points = {"feedback": "x"}
        assert client.post(reverse("assessments:reflection_grade", args=[reflection.pk]), points).status_code == 404
    for insider in (world.instructors["a"], world.organizers["a"]):
        client = client_for(insider)
        for url in urls:
            assert client.get(url).status_code == 200, url
    assert client_for(world.report_viewer).get(urls[0]).status_code == 403
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.SUBMITTED


def test_the_class_list_flags_the_copy_and_the_comparison_highlights_it(world, rsetup):
    original = handed_in(world, "a1", AN)
    copy = handed_in(world, "a2", AN_COPIED)
    handed_in(world, "b1", BINH)
    client = client_for(world.instructors["a"])
    html = client.get(reverse("assessments:cohort_reflections", args=[world.cohorts["a"].pk])).content.decode()
    compare = reverse("assessments:reflection_compare", args=[copy.pk, original.pk])
    assert f'data-flag="{copy.pk}-{original.pk}"' in html and compare in html
    assert "Đỗ Thị Chi" not in html  # class B's learner is not listed
    page = client.get(compare).content.decode()
    assert "<mark>" in page and "Lê Thị An" in page and "Võ Văn Bình" in page
    assert "<mark>Tôi xin trình bày" not in page  # the added sentence is not a shared passage
    # An unflagged pair cannot be opened, so other classes' texts stay private.
    third = Reflection.objects.get(learner=learner(world, "b1"))
    assert client.get(reverse("assessments:reflection_compare", args=[original.pk, third.pk])).status_code == 404


def test_grading_on_the_screen(world, rsetup):
    reflection = handed_in(world, "a1", AN)
    criteria = rsetup.criteria
    client = client_for(world.instructors["a"])
    url = reverse("assessments:reflection_grade", args=[reflection.pk])
    page = client.get(url).content.decode()
    assert "Lê Thị An" in page and "lịch sử vẻ vang" in page
    assert f'name="c{criteria[0].pk}"' in page and 'max="4' in page and 'step="0.25"' in page
    over = {f"c{criteria[0].pk}": "4.5", f"c{criteria[1].pk}": "3", f"c{criteria[2].pk}": "3", "feedback": ""}
    response = client.post(url, over)
    assert response.status_code == 200 and "errors" in response.content.decode()
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.SUBMITTED
    good = {f"c{criteria[0].pk}": "3.5", f"c{criteria[1].pk}": "2.75", f"c{criteria[2].pk}": "3", "feedback": "Tốt."}
    response = client.post(url, good)
    assert response.status_code == 302
    graded = Reflection.objects.get(pk=reflection.pk)
    assert graded.state == ReflectionState.GRADED and graded.score == Decimal("9.25")
    assert Result.objects.filter(learner=learner(world, "a1"), cohort=world.cohorts["a"]).exists()
    learner_page = client_for(learner(world, "a1")).get(write_url(world)).content.decode()
    assert "data-grade" in learner_page and "9,25" in learner_page and "Tốt." in learner_page
    assert "Nhận thức về Đảng" in learner_page and "3,5" in learner_page


def test_return_for_revision_on_the_screen(world, rsetup):
    reflection = handed_in(world, "a1", AN)
    client = client_for(world.organizers["a"])
    grade_url = reverse("assessments:reflection_grade", args=[reflection.pk])
    assert "reflection_return" not in grade_url
    return_url = reverse("assessments:reflection_return", args=[reflection.pk])
    assert return_url in client.get(grade_url).content.decode()
    assert client.post(return_url, {"note": ""}).status_code == 302
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.SUBMITTED
    client.post(return_url, {"note": "Nêu rõ kế hoạch của bản thân."})
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.RETURNED
    learner_client = client_for(learner(world, "a1"))
    page = learner_client.get(write_url(world)).content.decode()
    assert "Nêu rõ kế hoạch của bản thân." in page and "data-reflection" in page
    learner_client.post(reverse("assessments:reflection_submit", args=[reflection.pk]), {"text": AN + " Kế hoạch."})
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.SUBMITTED
    assert return_url not in client.get(grade_url).content.decode()  # only once
    client.post(return_url, {"note": "Lần nữa."})
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.state == ReflectionState.SUBMITTED and stored.times_returned == 1


def test_an_uploaded_photo_is_shown_inline_to_the_grader(world, rsetup):
    student = learner(world, "a2")
    reflection = reflection_for(learner=student, course=world.curriculum.course)
    reflection_upload(actor=student, reflection=reflection, file=SimpleUploadedFile("anh.png", PNG))
    reflection_submit(actor=student, reflection=reflection)
    client = client_for(world.instructors["a"])
    file_url = reverse("assessments:reflection_file", args=[reflection.pk])
    assert (
        f'<img src="{file_url}"'
        in client.get(reverse("assessments:reflection_grade", args=[reflection.pk])).content.decode()
    )
    response = client.get(file_url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline") and response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert client_for(world.instructors["b"]).get(file_url).status_code == 404
    assert client_for(world.organizers["b"]).get(file_url).status_code == 404
