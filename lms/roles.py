"""The platform's roles. Each role is a Django group whose permissions are set in code (lms.services)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    INSTRUCTOR = "instructor", _("Instructor")
    ORGANIZER = "organizer", _("Class organizer")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    CONTENT_APPROVER = "content_approver", _("Content approver")
    UNION_NOMINATOR = "union_nominator", _("Union nominator")
    REPORT_VIEWER = "report_viewer", _("Report viewer")


# Group names are what staff see in the admin, so they are Vietnamese; code refers to them through Role.
GROUP_NAMES: dict[Role, str] = {
    Role.LEARNER: "Học viên",
    Role.INSTRUCTOR: "Giảng viên",
    Role.ORGANIZER: "Cán bộ tổ chức lớp",
    Role.CONTENT_EDITOR: "Biên tập viên nội dung",
    Role.CONTENT_APPROVER: "Người duyệt nội dung",
    Role.UNION_NOMINATOR: "Cán bộ công đoàn giới thiệu",
    Role.REPORT_VIEWER: "Người xem báo cáo",
}

# Roles that work in the Wagtail admin.
STAFF_ROLES = frozenset(
    {Role.INSTRUCTOR, Role.ORGANIZER, Role.CONTENT_EDITOR, Role.CONTENT_APPROVER, Role.REPORT_VIEWER}
)
