"""Reads for the core app."""

from lms.models import User
from lms.roles import GROUP_NAMES, Role


def user_has_role(user: User, role: Role) -> bool:
    if not user.is_authenticated:
        return False
    return any(group.name == GROUP_NAMES[role] for group in user.groups.all())
