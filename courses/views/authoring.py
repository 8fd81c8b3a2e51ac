"""Who writes the curriculum and the leaflets: the admin screens made for them check it here."""

from django.core.exceptions import PermissionDenied

from lms.roles import Role
from lms.scope import has_role


def can_author_content(user) -> bool:
    return user.is_superuser or has_role(user, Role.CONTENT_EDITOR) or has_role(user, Role.CONTENT_APPROVER)


class ContentAuthorsOnlyMixin:
    """For admin views: editors, approvers and superusers; other staff with admin access get a 403."""

    def dispatch(self, request, *args, **kwargs):
        if not can_author_content(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
