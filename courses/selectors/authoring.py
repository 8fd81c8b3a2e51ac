from courses.models import ProgrammeIndexPage


def curriculum_workflow_name() -> str | None:
    """The name of the approval workflow lessons go through (the one on the programme index), if any."""
    index = ProgrammeIndexPage.objects.order_by("path").first()
    workflow = index.get_workflow() if index is not None else None
    return workflow.name if workflow is not None and workflow.active else None
