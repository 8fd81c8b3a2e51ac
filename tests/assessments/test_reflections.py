"""The written reflection: drafts, autosave, upload, submission, return, grading with the rubric, results, and the
similarity check within a class and across the classes of a course."""

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments.models import Reflection, ReflectionAssignment, ReflectionState, Result, RubricCriterion
from assessments.selectors.reflections import (
    cohort_reflections,
    similar_pair,
    similar_reflections,
    similarity_flags,
    word_count,
)
from assessments.services.reflections import (
    reflection_for,
    reflection_grade,
    reflection_return,
    reflection_save,
    reflection_submit,
    reflection_upload,
    rubric_validate,
    sniff_upload,
)
from courses.models import Enrolment

pytestmark = pytest.mark.django_db

PROMPT = (
    "Qua chương trình học tập, đồng chí hãy trình bày những nhận thức mới của bản thân về Đảng Cộng sản Việt Nam, "
    "liên hệ với công việc thực tế tại doanh nghiệp và đề ra kế hoạch phấn đấu, rèn luyện của bản thân."
)
# Three reflections written independently (about 80 words each).
AN = (
    "Qua lớp học, tôi hiểu rõ hơn lịch sử vẻ vang của Đảng từ khi thành lập năm 1930 đến nay. Đảng đã lãnh đạo "
    "nhân dân giành độc lập, thống nhất đất nước và tiến hành công cuộc đổi mới. Là công nhân may ở khu công "
    "nghiệp, tôi sẽ rèn luyện tác phong công nghiệp, chấp hành nội quy, giúp đỡ đồng nghiệp mới vào làm và tích "
    "cực tham gia phong trào thi đua của công đoàn. Tôi mong được đứng trong hàng ngũ của Đảng để đóng góp nhiều "
    "hơn cho doanh nghiệp và quê hương."
)
BINH = (
    "Bài học về tư tưởng, đạo đức, phong cách Hồ Chí Minh giúp em thấy mình cần sống giản dị, tiết kiệm và trung "
    "thực. Ở tổ sấy, em thường làm ca đêm nên hay mệt mỏi, nhưng em sẽ sắp xếp thời gian đọc thêm sách báo. Em hứa "
    "giữ gìn vệ sinh nơi làm việc, không đi muộn, báo cáo ngay khi máy móc hỏng và nhắc nhở các bạn trẻ trong xưởng "
    "đeo đồ bảo hộ đầy đủ. Gia đình em ở Thanh Hóa luôn động viên em cố gắng học tập."
)
CHI = (
    "Điều lệ quy định rõ nhiệm vụ và quyền của đảng viên. Sau khóa học, tôi nhận thức được rằng muốn được kết nạp "
    "thì phải gương mẫu trong lao động sản xuất, có uy tín với quần chúng. Tại phân xưởng lắp ráp linh kiện điện "
    "tử, tôi đề xuất cải tiến quy trình kiểm tra chất lượng, giảm tỷ lệ hàng lỗi xuống dưới hai phần trăm. Tôi "
    "cũng tham gia đội thanh niên tình nguyện hiến máu mỗi năm hai lần và vận động bạn bè cùng tham gia."
)
# AN's reflection, copied with a new first sentence and a few words changed.
AN_COPIED = "Tôi xin trình bày bài thu hoạch của mình như sau. " + AN.replace("công nhân may", "thợ cơ khí").replace(
    "quê hương", "gia đình"
)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Setup:
    assignment: ReflectionAssignment
    criteria: list[RubricCriterion]


def words(n: int) -> str:
    return " ".join(["học"] * n)


def enrol(world, key: str, cohort_key: str) -> None:
    Enrolment.objects.create(learner=world.learners[key].user, cohort=world.cohorts[cohort_key], state="enrolled")


def make_assignment(course, *, min_words=50, max_words=300, due_at=None) -> Setup:
    assignment = ReflectionAssignment.objects.create(
        course=course, prompt=PROMPT, min_words=min_words, max_words=max_words, due_at=due_at
    )
    criteria = [
        RubricCriterion.objects.create(assignment=assignment, title=title, max_points=points, position=i)
        for i, (title, points) in enumerate(
            [("Nhận thức về Đảng", Decimal(4)), ("Liên hệ bản thân", Decimal(3)), ("Kế hoạch phấn đấu", Decimal(3))]
        )
    ]
    return Setup(assignment, criteria)


@pytest.fixture
def rsetup(world) -> Setup:
    for key, cohort in (("a1", "a"), ("a2", "a"), ("b1", "b")):
        enrol(world, key, cohort)
    return make_assignment(world.curriculum.course)


def user(world, key):
    return world.learners[key].user


def handed_in(world, key: str, text: str) -> Reflection:
    learner = user(world, key)
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    reflection_save(actor=learner, reflection=reflection, text=text)
    return reflection_submit(actor=learner, reflection=reflection)


def full_points(setup: Setup) -> dict:
    return {c.pk: c.max_points for c in setup.criteria}


# Drafts, autosave, upload


def test_a_draft_is_created_once_in_the_learners_class(world, rsetup):
    learner = user(world, "a1")
    first = reflection_for(learner=learner, course=world.curriculum.course)
    again = reflection_for(learner=learner, course=world.curriculum.course.pk)
    assert first.pk == again.pk and first.state == ReflectionState.DRAFT and first.cohort == world.cohorts["a"]
    assert reflection_for(learner=user(world, "b1"), course=world.curriculum.course).cohort == world.cohorts["b"]
    with pytest.raises(PermissionDenied):  # no seat in a class of the course
        reflection_for(learner=world.instructors["a"], course=world.curriculum.course)
    with pytest.raises(ReflectionAssignment.DoesNotExist):
        reflection_for(learner=learner, course=world.new_member_course)


def test_saving_normalises_to_nfc_and_is_idempotent(world, rsetup):
    learner = user(world, "a1")
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    decomposed = unicodedata.normalize("NFD", "Tôi học về Đảng.\r\nHết.")
    reflection_save(actor=learner, reflection=reflection, text=decomposed)
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.text == unicodedata.normalize("NFC", "Tôi học về Đảng.\nHết.")
    stamp = stored.updated_at
    reflection_save(actor=learner, reflection=reflection, text=decomposed)
    assert Reflection.objects.get(pk=reflection.pk).updated_at == stamp  # nothing written the second time


def test_only_the_learner_writes_and_only_before_submission(world, rsetup):
    reflection = reflection_for(learner=user(world, "a1"), course=world.curriculum.course)
    for actor in (user(world, "a2"), world.instructors["a"]):
        with pytest.raises(PermissionDenied):
            reflection_save(actor=actor, reflection=reflection, text="Chép bài")
        with pytest.raises(PermissionDenied):
            reflection_submit(actor=actor, reflection=reflection)
    handed_in(world, "a1", AN)
    with pytest.raises(ValidationError):
        reflection_save(actor=user(world, "a1"), reflection=reflection, text=AN + " Thêm.")
    assert Reflection.objects.get(pk=reflection.pk).text == AN


def test_word_count_is_whitespace_separated_tokens():
    assert word_count("Tôi  là\tcông nhân\nmay.") == 5
    assert word_count("   ") == 0


def test_submission_needs_the_word_range_or_an_upload(world, rsetup):
    learner = user(world, "a1")
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    with pytest.raises(ValidationError):  # nothing at all
        reflection_submit(actor=learner, reflection=reflection)
    reflection_save(actor=learner, reflection=reflection, text=words(49))
    with pytest.raises(ValidationError, match="49"):
        reflection_submit(actor=learner, reflection=reflection)
    reflection_save(actor=learner, reflection=reflection, text=words(301))
    with pytest.raises(ValidationError, match="301"):
        reflection_submit(actor=learner, reflection=reflection)
    assert Reflection.objects.get(pk=reflection.pk).state == ReflectionState.DRAFT
    reflection_save(actor=learner, reflection=reflection, text=words(50))
    assert reflection_submit(actor=learner, reflection=reflection).state == ReflectionState.SUBMITTED

    other = reflection_for(learner=user(world, "a2"), course=world.curriculum.course)
    reflection_upload(actor=user(world, "a2"), reflection=other, file=SimpleUploadedFile("trang-1.pdf", PDF))
    assert reflection_submit(actor=user(world, "a2"), reflection=other).state == ReflectionState.SUBMITTED


def test_a_double_submit_records_one_submission(world, rsetup):
    learner = user(world, "a1")
    first = handed_in(world, "a1", AN)
    submitted_at = first.submitted_at
    second = reflection_submit(actor=learner, reflection=Reflection.objects.get(pk=first.pk))
    assert second.submitted_at == submitted_at and second.state == ReflectionState.SUBMITTED
    assert Reflection.objects.filter(learner=learner).count() == 1


def test_the_due_date_closes_drafts_but_not_a_revision(world, rsetup):
    learner = user(world, "a1")
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    reflection_save(actor=learner, reflection=reflection, text=AN)
    ReflectionAssignment.objects.filter(pk=rsetup.assignment.pk).update(due_at=timezone.now() - dt.timedelta(hours=1))
    reflection = Reflection.objects.get(pk=reflection.pk)
    with pytest.raises(ValidationError):
        reflection_save(actor=learner, reflection=reflection, text=AN + " Thêm một câu.")
    with pytest.raises(ValidationError):
        reflection_submit(actor=learner, reflection=reflection)

    # Returned for revision: may be revised and resubmitted after the due date.
    Reflection.objects.filter(pk=reflection.pk).update(state=ReflectionState.SUBMITTED)
    reflection_return(actor=world.instructors["a"], reflection=reflection, note="Bổ sung phần kế hoạch.")
    reflection_save(actor=learner, reflection=reflection, text=AN + " Kế hoạch: học thêm.")
    assert reflection_submit(actor=learner, reflection=reflection).state == ReflectionState.SUBMITTED


def test_uploads_are_checked_by_their_bytes(world, rsetup, django_capture_on_commit_callbacks):
    learner = user(world, "a1")
    reflection = reflection_for(learner=learner, course=world.curriculum.course)
    fake = SimpleUploadedFile("bai-thu-hoach.pdf", b"Day la van ban, khong phai PDF.", content_type="application/pdf")
    with pytest.raises(ValidationError):
        reflection_upload(actor=learner, reflection=reflection, file=fake)
    with pytest.raises(ValidationError):  # right bytes, a type that is not accepted
        reflection_upload(actor=learner, reflection=reflection, file=SimpleUploadedFile("trang.html", PDF))
    big = SimpleUploadedFile("trang.pdf", PDF + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError):
        reflection_upload(actor=learner, reflection=reflection, file=big)
    assert not Reflection.objects.get(pk=reflection.pk).upload

    reflection_upload(actor=learner, reflection=reflection, file=SimpleUploadedFile("IMG_0001.JPG", PNG))
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.upload.name.endswith(".png") and "IMG_0001" not in stored.upload.name  # type from the bytes
    first_name = stored.upload.name
    assert stored.upload.storage.exists(first_name)
    with django_capture_on_commit_callbacks(execute=True):  # the replaced file goes once the new one is committed
        reflection_upload(actor=learner, reflection=reflection, file=SimpleUploadedFile("trang.pdf", PDF))
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.upload.name.endswith(".pdf") and not stored.upload.storage.exists(first_name)
    assert stored.upload.read() == PDF
    with pytest.raises(PermissionDenied):
        reflection_upload(actor=user(world, "a2"), reflection=reflection, file=SimpleUploadedFile("x.pdf", PDF))


def test_sniffing():
    assert sniff_upload(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "jpg"
    assert sniff_upload(PNG[:16]) == "png"
    assert sniff_upload(b"RIFF\x24\x00\x00\x00WEBPVP8 ") == "webp"
    assert sniff_upload(b"%PDF-1.7\n") == "pdf"
    assert sniff_upload(b"<html><script>") is None


# Return and grading


def test_return_only_once_by_the_classes_staff(world, rsetup):
    reflection = handed_in(world, "a1", AN)
    for outsider in (world.instructors["b"], world.organizers["b"], user(world, "a2"), world.report_viewer):
        with pytest.raises(PermissionDenied):
            reflection_return(actor=outsider, reflection=reflection, note="Viết lại.")
    with pytest.raises(ValidationError):  # a note is needed
        reflection_return(actor=world.instructors["a"], reflection=reflection, note="  ")
    returned = reflection_return(actor=world.instructors["a"], reflection=reflection, note="Bổ sung ví dụ.")
    assert returned.state == ReflectionState.RETURNED and returned.times_returned == 1
    # A double tap is harmless.
    assert (
        reflection_return(actor=world.instructors["a"], reflection=reflection, note="Bổ sung ví dụ.").times_returned
        == 1
    )
    learner = user(world, "a1")
    reflection_save(actor=learner, reflection=reflection, text=AN + " Ví dụ: tổ tôi vượt kế hoạch.")
    reflection_submit(actor=learner, reflection=reflection)
    with pytest.raises(ValidationError):
        reflection_return(actor=world.organizers["a"], reflection=reflection, note="Lần nữa.")
    assert Reflection.objects.get(pk=reflection.pk).times_returned == 1
    with pytest.raises(IntegrityError), transaction.atomic():  # and the database agrees
        Reflection.objects.filter(pk=reflection.pk).update(times_returned=2)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda points, c: points.pop(c[1].pk), "Liên hệ bản thân"),  # missing criterion
        (lambda points, c: points.update({c[0].pk: Decimal("4.25")}), "Nhận thức về Đảng"),  # over the maximum
        (lambda points, c: points.update({c[2].pk: Decimal("-0.5")}), "Kế hoạch phấn đấu"),  # negative
        (lambda points, c: points.update({c[2].pk: Decimal("2.1")}), "0.25"),  # not a quarter point
        (lambda points, c: points.update({999999: 1}), ""),  # a criterion of no rubric
        (lambda points, c: points.update({c[2].pk: "nhiều"}), "Kế hoạch phấn đấu"),
    ],
)
def test_grading_validates_every_criterion(world, rsetup, change, message):
    reflection = handed_in(world, "a1", AN)
    points = full_points(rsetup)
    change(points, rsetup.criteria)
    with pytest.raises(ValidationError) as error:
        reflection_grade(actor=world.instructors["a"], reflection=reflection, points=points, feedback="")
    assert message in " ".join(error.value.messages)
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.state == ReflectionState.SUBMITTED and stored.score is None


def test_score_is_the_sum_and_results_are_refreshed(world, rsetup):
    reflection = handed_in(world, "a1", AN)
    assert not Result.objects.filter(learner=user(world, "a1")).exists()
    c = rsetup.criteria
    graded = reflection_grade(
        actor=world.organizers["a"],
        reflection=reflection,
        points={c[0].pk: Decimal("3.75"), str(c[1].pk): "2,5", c[2].pk: 2},
        feedback="Bài viết chân thành.",
    )
    assert graded.score == Decimal("8.25") and graded.state == ReflectionState.GRADED
    stored = Reflection.objects.get(pk=reflection.pk)
    assert stored.score == Decimal("8.25") and stored.graded_by == world.organizers["a"] and stored.graded_at
    assert stored.points == {str(c[0].pk): 3.75, str(c[1].pk): 2.5, str(c[2].pk): 2.0}
    result = Result.objects.get(learner=user(world, "a1"), cohort=world.cohorts["a"])
    assert result.inputs["reflection"] == "8.25"
    # A correction re-runs the result.
    reflection_grade(actor=world.instructors["a"], reflection=reflection, points=full_points(rsetup), feedback="")
    assert Result.objects.get(pk=result.pk).inputs["reflection"] == "10.00"


def test_only_a_submitted_reflection_is_graded_by_its_classes_staff(world, rsetup):
    draft = reflection_for(learner=user(world, "a1"), course=world.curriculum.course)
    with pytest.raises(ValidationError):
        reflection_grade(actor=world.instructors["a"], reflection=draft, points=full_points(rsetup))
    reflection = handed_in(world, "b1", BINH)
    for outsider in (world.instructors["a"], world.organizers["a"], world.report_viewer):
        with pytest.raises(PermissionDenied):
            reflection_grade(actor=outsider, reflection=reflection, points=full_points(rsetup))
    assert reflection_grade(actor=world.instructors["b"], reflection=reflection, points=full_points(rsetup)).score == 10


def test_the_rubric_must_add_up_to_ten(world, rsetup):
    assert rubric_validate(rsetup.assignment) == rsetup.criteria
    rsetup.criteria[2].max_points = Decimal("2.5")
    rsetup.criteria[2].save()
    with pytest.raises(ValidationError):
        rubric_validate(rsetup.assignment)
    reflection = handed_in(world, "a1", AN)
    with pytest.raises(ValidationError):
        reflection_grade(actor=world.instructors["a"], reflection=reflection, points=full_points(rsetup))


# Similarity


def test_a_copied_pair_within_a_class_is_flagged_and_an_unrelated_one_is_not(world, rsetup):
    original = handed_in(world, "a1", AN)
    copy = handed_in(world, "a2", AN_COPIED)
    handed_in(world, "b1", CHI)
    pairs = similar_reflections(cohort=world.cohorts["a"])
    assert [(p.a, p.b) for p in pairs] == [(original.pk, copy.pk)]
    assert pairs[0].score > 0.6 and pairs[0].shared_words >= 30
    flags = similarity_flags(cohort=world.cohorts["a"])
    assert {flag.other_id for flag in flags[original.pk]} == {copy.pk} and flags[original.pk][0].same_cohort
    assert similar_reflections(cohort=world.cohorts["b"]) == []  # nothing involving class B
    rows = {row.learner.username: row for row in cohort_reflections(cohort=world.cohorts["a"])}
    assert [f.other_id for f in rows["learner_a2"].flags] == [original.pk]
    oriented = similar_pair(reflection=Reflection.objects.get(pk=copy.pk), other_id=original.pk)
    assert oriented.a == copy.pk and oriented.passages_a and oriented.passages_b
    assert similar_pair(reflection=original, other_id=999999) is None


def test_a_copy_across_classes_of_the_course_is_flagged_for_both(world, rsetup):
    original = handed_in(world, "a1", AN)
    handed_in(world, "a2", BINH)
    copy = handed_in(world, "b1", AN_COPIED)
    in_a = similarity_flags(cohort=world.cohorts["a"])
    assert list(in_a) == [original.pk]
    assert in_a[original.pk][0].other_id == copy.pk and in_a[original.pk][0].other_cohort == "NTĐ-B"
    assert not in_a[original.pk][0].same_cohort
    in_b = similarity_flags(cohort=world.cohorts["b"])
    assert list(in_b) == [copy.pk] and in_b[copy.pk][0].other_id == original.pk


def test_drafts_uploads_and_the_quoted_prompt_do_not_count(world, rsetup):
    original = handed_in(world, "a1", PROMPT + "\n\n" + BINH)
    learner = user(world, "a2")
    draft = reflection_for(learner=learner, course=world.curriculum.course)
    reflection_save(actor=learner, reflection=draft, text=BINH)  # a draft copy is not compared yet
    handed_in(world, "b1", PROMPT + "\n\n" + CHI)  # quoting the prompt is not copying
    assert similar_reflections(cohort=world.cohorts["a"]) == []
    reflection_submit(actor=learner, reflection=draft)
    assert [(p.a, p.b) for p in similar_reflections(cohort=world.cohorts["a"])] == [(original.pk, draft.pk)]


def test_the_similarity_check_is_cached_until_a_reflection_changes(world, rsetup, django_assert_max_num_queries):
    handed_in(world, "a1", AN)
    handed_in(world, "a2", AN_COPIED)
    cache.clear()
    first = similar_reflections(cohort=world.cohorts["a"])
    with django_assert_max_num_queries(1):  # only the freshness stamp
        again = similar_reflections(cohort=world.cohorts["a"])
    assert [(p.a, p.b, p.score) for p in again] == [(p.a, p.b, p.score) for p in first]
    third = handed_in(world, "b1", AN)
    assert len(similar_reflections(cohort=world.cohorts["a"])) == 3  # a1–a2, a1–b1, a2–b1: computed afresh
    assert third.pk in {p.b for p in similar_reflections(cohort=world.cohorts["a"])}
