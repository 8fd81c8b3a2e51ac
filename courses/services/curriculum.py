"""Writes for the curriculum's editorial set-up: who may edit, who approves, and the moderation workflow."""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lms.roles import Role
from lms.services import role_group

WORKFLOW_NAME = "Duyệt nội dung bài giảng"
APPROVAL_TASK_NAME = "Ban Tuyên giáo duyệt"

# Editors draft and submit; approvers also publish. Neither may delete or lock what they did not write.
PAGE_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.CONTENT_EDITOR: ("add_page", "change_page"),
    Role.CONTENT_APPROVER: ("add_page", "change_page", "publish_page"),
}
LIBRARY_CODENAMES = ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document")
COLLECTION_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.CONTENT_EDITOR: LIBRARY_CODENAMES,
    Role.CONTENT_APPROVER: LIBRARY_CODENAMES,
}


@transaction.atomic
def curriculum_editorial_setup(*, root: Page) -> Workflow:
    """Give editors and approvers their rights under `root` and attach the approval workflow to it. Idempotent."""
    for role, codenames in PAGE_PERMISSIONS.items():
        group = role_group(role)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    root_collection = Collection.get_first_root_node()
    for role, codenames in COLLECTION_PERMISSIONS.items():
        group = role_group(role)
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.set([role_group(Role.CONTENT_APPROVER)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
