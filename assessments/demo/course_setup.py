"""Demo quizzes, reflection assignments with their rubric, and completion policies. Idempotent."""

from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from assessments.models import AssessmentMode, CompletionPolicy, Quiz, ReflectionAssignment, RubricCriterion
from assessments.services.policies import policy_update
from courses.models import Cohort, CoursePage, ModulePage, ProgrammeKind
from lms.models import User

RUBRIC = [
    ("Hiểu đúng nội dung bài học", "Nêu đúng, đủ các ý chính của các bài đã học, không sai về quan điểm.", "3"),
    (
        "Liên hệ bản thân và nơi làm việc",
        "Liên hệ cụ thể với công việc, tổ sản xuất, tổ chức công đoàn nơi mình làm.",
        "3",
    ),
    ("Phương hướng phấn đấu", "Nêu được việc làm cụ thể, khả thi để phấn đấu trong thời gian tới.", "2"),
    ("Trình bày", "Bố cục rõ ràng, diễn đạt mạch lạc, đúng chính tả.", "2"),
]
PROMPTS = {
    ProgrammeKind.AWARENESS: (
        "Qua lớp bồi dưỡng nhận thức về Đảng, anh/chị hãy trình bày những hiểu biết mới của mình về Đảng Cộng sản "
        "Việt Nam; liên hệ với công việc và nơi làm việc của bản thân; từ đó nêu phương hướng phấn đấu để trở thành "
        "quần chúng ưu tú, được xem xét giới thiệu kết nạp vào Đảng."
    ),
    ProgrammeKind.NEW_MEMBER: (
        "Sau chương trình lý luận chính trị dành cho đảng viên mới, đồng chí hãy trình bày nhận thức của mình về "
        "nhiệm vụ và quyền của đảng viên; liên hệ việc thực hiện nhiệm vụ ở chi bộ và nơi làm việc; nêu kế hoạch "
        "rèn luyện trong thời gian dự bị."
    ),
}


@transaction.atomic
def load_course_setup() -> None:
    for course in CoursePage.objects.live():
        modules = list(ModulePage.objects.child_of(course).live().order_by("lesson_number"))
        for module in modules:
            if hasattr(module, "question_bank"):
                Quiz.objects.get_or_create(
                    module=module,
                    defaults={
                        "course": course,
                        "question_count": 5,
                        "attempts_allowed": 2,
                        "time_limit_minutes": 15,
                        "pass_mark": 5,
                    },
                )
        first_class = Cohort.objects.filter(course=course).order_by("closes_on").first()
        due = None
        if first_class is not None:
            due = timezone.make_aware(datetime.combine(first_class.closes_on, time(23, 59)))
        assignment, created = ReflectionAssignment.objects.get_or_create(
            course=course,
            defaults={
                "prompt": PROMPTS.get(course.programme_kind, PROMPTS[ProgrammeKind.AWARENESS]),
                "min_words": 300,
                "max_words": 1500,
                "due_at": due,
            },
        )
        if created or not assignment.criteria.exists():
            for position, (title, description, points) in enumerate(RUBRIC):
                RubricCriterion.objects.create(
                    assignment=assignment, title=title, description=description, max_points=points, position=position
                )
        if not CompletionPolicy.objects.filter(course=course).exists():
            # Set through the service, as the demo organizer would, so the policy's history has its first entry.
            policy_update(
                actor=User.objects.get(username="tochuc"),
                course=course,
                data={"mode": AssessmentMode.REFLECTION, "weight_quizzes": 30, "weight_reflection": 70},
            )
