"""A learner on a 360 px phone takes a quiz, loses the connection mid-way, resumes and submits; writes and
submits a reflection; the instructor grades it with the rubric; the learner sees the result."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from assessments.models import (
    Attempt,
    AttemptState,
    CompletionPolicy,
    Question,
    Reflection,
    ReflectionAssignment,
    ReflectionState,
    RubricCriterion,
)
from assessments.services.quizzes import attempt_start, attempt_submit
from tests.assessments.quiz_fixtures import quiz, right_answers  # noqa: F401  (fixture)
from tests.browser.helpers import PASSWORD, PHONE, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.heavy(40)]


def _answer(page, question: Question) -> None:
    item = page.locator(f"[data-question='{question.pk}']")
    if question.kind == "short":
        item.locator("input[type=text]").fill("Hồ Chí Minh")
        return
    for choice in question.choices.filter(is_correct=True):
        item.locator(f"input[value='{choice.pk}']").check()


def test_quiz_offline_resume_submit(browser, live_server, world, quiz, screenshot):  # noqa: F811
    learner = world.learners["a1"].user
    learner.set_password(PASSWORD)
    learner.save()
    base = live_server.url
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    phone = context.new_page()
    login(phone, base, learner.username)
    phone.goto(f"{base}{reverse('assessments:quiz_list')}")
    phone.locator(".cards a").first.click()
    phone.get_by_role("button", name=re.compile("Bắt đầu")).click()
    phone.wait_for_url(re.compile(r"/hoc-tap/bai-lam/\d+/$"))
    attempt = Attempt.objects.get(learner=learner)
    questions = [Question.objects.get(pk=item["q"]) for item in attempt.paper]
    half = len(questions) // 2
    for question in questions[:half]:
        _answer(phone, question)
    expect(phone.locator("[data-status]")).to_contain_text("Đã lưu")
    screenshot(phone, "1-answering")

    context.set_offline(True)  # the phone loses its connection in the middle of the quiz
    for question in questions[half:]:
        _answer(phone, question)
    expect(phone.locator("[data-status]")).to_contain_text("Mất kết nối")
    screenshot(phone, "2-offline")
    context.set_offline(False)
    phone.evaluate("window.dispatchEvent(new Event('online'))")
    expect(phone.locator("[data-status]")).to_contain_text("Đã lưu")

    phone.goto(f"{base}{reverse('assessments:quiz_detail', args=[quiz.pk])}")  # leaves, comes back: resumes
    phone.get_by_role("button", name=re.compile("Tiếp tục")).click()
    phone.wait_for_url(re.compile(r"/hoc-tap/bai-lam/\d+/$"))
    assert Attempt.objects.count() == 1
    for question in questions:
        if question.kind != "short":
            for choice in question.choices.filter(is_correct=True):
                expect(phone.locator(f"input[value='{choice.pk}']")).to_be_checked()
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.get_by_role("button", name=re.compile("Nộp bài")).click()
    expect(phone.locator("h1")).to_contain_text("10")
    screenshot(phone, "3-review")
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.SUBMITTED and attempt.score == 10
    context.close()


WRITING = (
    "Qua lớp học tôi hiểu rõ hơn về lịch sử của Đảng và vai trò của giai cấp công nhân. "
    "Ở chuyền may của tôi, tôi sẽ gương mẫu giữ kỷ luật lao động và giúp đỡ các bạn mới vào làm. "
    "Tôi đặt mục tiêu tham gia đầy đủ sinh hoạt công đoàn và tiếp tục tự học mỗi tuần sau giờ tan ca."
)


def test_reflection_written_graded_and_result_seen(browser, live_server, world, quiz, screenshot):  # noqa: F811
    course = world.curriculum.course
    assignment = ReflectionAssignment.objects.create(course=course, prompt="Bạn đã học được gì?", min_words=30)
    content = RubricCriterion.objects.create(assignment=assignment, title="Nội dung", max_points=6, position=0)
    writing = RubricCriterion.objects.create(assignment=assignment, title="Trình bày", max_points=4, position=1)
    CompletionPolicy.objects.create(course=course, require_attendance=False, require_online=False)
    learner = world.learners["a1"].user
    instructor = world.instructors["a"]
    for user in (learner, instructor):
        user.set_password(PASSWORD)
        user.save()
    attempt = attempt_start(learner=learner, quiz=quiz)
    attempt_submit(learner=learner, attempt=attempt, answers=right_answers(attempt))  # a quiz already taken: 10
    base = live_server.url

    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    phone = context.new_page()
    login(phone, base, learner.username)
    phone.goto(f"{base}{reverse('assessments:reflection_write', args=[course.pk])}")
    phone.locator("[data-reflection] textarea").fill(WRITING)
    phone.locator("[data-reflection] textarea").blur()
    expect(phone.locator("[data-status]")).to_contain_text("Đã lưu")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(phone, "1-writing")
    phone.locator("[data-submit]").click()
    phone.wait_for_load_state()
    reflection = Reflection.objects.get(learner=learner)
    assert reflection.state == ReflectionState.SUBMITTED and reflection.text == WRITING

    staff = browser.new_context(locale="vi-VN")
    desk = staff.new_page()
    login(desk, base, instructor.username)
    desk.goto(f"{base}{reverse('assessments:cohort_reflections', args=[world.cohorts['a'].pk])}")
    desk.locator(f"a[href='{reverse('assessments:reflection_grade', args=[reflection.pk])}']").first.click()
    desk.fill(f"#id_c{content.pk}", "5")
    desk.fill(f"#id_c{writing.pk}", "3.5")
    desk.fill("#id_feedback", "Bài viết có liên hệ cụ thể; cần nêu rõ hơn kế hoạch phấn đấu.")
    screenshot(desk, "2-grading")
    desk.locator(".grade-form button[type=submit]").click()
    desk.wait_for_load_state()
    reflection.refresh_from_db()
    assert reflection.state == ReflectionState.GRADED and reflection.score == Decimal("8.5")

    phone.goto(f"{base}{reverse('assessments:my_result', args=[world.cohorts['a'].pk])}")
    expect(phone.locator("main")).to_contain_text("8,95")  # 30 % × 10 (quiz) + 70 % × 8.5 (reflection)
    expect(phone.locator("main")).to_contain_text("Giỏi")
    screenshot(phone, "3-result")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()
    staff.close()
