"""Writes for the core app: users and role groups."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from lms.models import User
from lms.roles import GROUP_NAMES, STAFF_ROLES, Role
from lms.text import nfc

# Model permissions per role ("app_label.codename"); page and collection permissions are granted by the app
# that owns the pages (courses.services.curriculum_grant_permissions).
CONTENT_LIBRARY_PERMISSIONS = {
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
}
# Question banks, quiz settings and reflection assignments (assessments app) are written by the same editors and
# approvers as the lessons.
QUESTION_BANK_PERMISSIONS = {
    f"assessments.{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in ("questionbank", "question", "choice", "quiz", "reflectionassignment", "rubriccriterion")
}
ROLE_PERMISSIONS: dict[Role, set[str]] = {
    Role.CONTENT_EDITOR: CONTENT_LIBRARY_PERMISSIONS | QUESTION_BANK_PERMISSIONS,
    Role.CONTENT_APPROVER: CONTENT_LIBRARY_PERMISSIONS | QUESTION_BANK_PERMISSIONS,
}
for _role in STAFF_ROLES:
    ROLE_PERMISSIONS.setdefault(_role, set()).add("wagtailadmin.access_admin")


def _permissions(names: set[str]) -> list[Permission]:
    found = []
    for name in sorted(names):
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


@transaction.atomic
def role_groups_sync() -> dict[Role, Group]:
    """Create the group of every role and set exactly the permissions the code gives it. Idempotent."""
    groups = {}
    for role in Role:
        group, _created = Group.objects.get_or_create(name=GROUP_NAMES[role])
        group.permissions.set(_permissions(ROLE_PERMISSIONS.get(role, set())))
        groups[role] = group
    return groups


def role_group(role: Role) -> Group:
    return Group.objects.get(name=GROUP_NAMES[role])


@transaction.atomic
def user_create(
    *, username: str, password: str, full_name: str = "", email: str = "", roles: tuple[Role, ...] = ()
) -> User:
    user = User(username=nfc(username.strip()), full_name=nfc(full_name.strip()), email=email.strip())
    user.set_password(password)
    user.full_clean()
    user.save()
    if roles:
        user.groups.set([role_group(role) for role in roles])
    return user


@transaction.atomic
def user_ensure(
    *, username: str, password: str, full_name: str = "", email: str = "", roles: tuple[Role, ...] = ()
) -> tuple[User, bool]:
    """Create the user, or bring an existing one's name, password and roles back to the given values."""
    user = User.objects.filter(username=username).first()
    if user is None:
        return user_create(username=username, password=password, full_name=full_name, email=email, roles=roles), True
    user.full_name = nfc(full_name)
    user.email = email
    user.set_password(password)
    user.save()
    user.groups.set([role_group(role) for role in roles])
    return user, False
