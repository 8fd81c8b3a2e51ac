"""Demo activity so every screen has something to show: a quiz taken, a reflection waiting to be graded, results.
Idempotent."""

import random

from django.db import transaction

from assessments.models import Attempt, Quiz, ReflectionState
from assessments.services.quizzes import attempt_start, attempt_submit
from assessments.services.reflections import reflection_for, reflection_save, reflection_submit
from assessments.services.results import results_refresh_cohort
from courses.models import SEAT_STATES, Cohort
from lms.demo_calendar import demo_calendar
from lms.models import User

REFLECTION = (
    (
        "Trước khi tham gia lớp học, tôi chỉ biết Đảng qua những buổi sinh hoạt công đoàn ở công ty và qua lời kể "
        "của người lớn trong gia đình. Sau các buổi học trực tuyến trên điện thoại vào giờ nghỉ giữa ca và các buổi "
        "học tập trung ở nhà văn hóa công nhân, tôi hiểu rõ hơn Đảng ra đời trong hoàn cảnh nào, vì sao Đảng lãnh "
        "đạo được cách mạng và Đảng đại diện cho quyền lợi của giai cấp công nhân, của nhân dân lao động. "
    )
    * 4
    + (
        "Liên hệ với bản thân, tôi là tổ trưởng một chuyền may với hơn ba mươi công nhân. Tôi thấy mình cần gương "
        "mẫu hơn trong việc giữ kỷ luật lao động, bảo đảm an toàn, giúp đỡ công nhân mới vào nghề và lắng nghe ý "
        "kiến của anh chị em trong tổ để phản ánh kịp thời với công đoàn. "
    )
    * 3
    + (
        "Thời gian tới, tôi đặt ra cho mình ba việc cụ thể: hoàn thành tốt chỉ tiêu sản xuất của tổ, tham gia đầy đủ "
        "sinh hoạt công đoàn và đoàn thanh niên, và tiếp tục tự học để đủ điều kiện được xem xét giới thiệu vào Đảng."
    )
    * 2
)


@transaction.atomic
def load_activity() -> None:
    cohort = Cohort.objects.get(code=demo_calendar().code("NTĐ-2026-05"))
    learner = User.objects.get(username="hocvien")
    quiz = Quiz.objects.filter(course=cohort.course, module__isnull=False).order_by("module__lesson_number").first()
    if quiz is not None and not Attempt.objects.filter(quiz=quiz, learner=learner).exists():
        attempt = attempt_start(learner=learner, quiz=quiz, rng=random.Random(7))
        answers = {str(item["q"]): item["o"][:1] for item in attempt.paper if item["o"]}
        attempt_submit(learner=learner, attempt=attempt, answers=answers)
    writer = (
        User.objects.filter(enrolments__cohort=cohort, enrolments__state__in=SEAT_STATES)
        .exclude(username="hocvien")
        .order_by("username")
        .first()
    )
    if writer is not None and hasattr(cohort.course, "reflection_assignment"):
        reflection = reflection_for(learner=writer, course=cohort.course)
        if reflection is not None and reflection.state == ReflectionState.DRAFT:
            reflection_save(actor=writer, reflection=reflection, text=REFLECTION)
            reflection_submit(actor=writer, reflection=reflection)
    for each in Cohort.objects.all():
        results_refresh_cohort(cohort=each)
