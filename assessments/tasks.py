"""Background tasks of the assessments app (Django tasks API): re-running results off the request."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from assessments.services.certificates import issuance_chunk_run
from assessments.services.deadline_notices import deadline_notices_send
from assessments.services.results import results_refresh_cohort, results_refresh_for
from courses.models import Cohort, NotificationKind
from courses.notifications import deliver
from courses.selectors import default_enrolment_rules
from lms.models import User


@task()
def refresh_learner_results(learner_id: int, course_id: int) -> int:
    """After a quiz is submitted or attendance/lesson completion changes: the learner's results in that course."""
    learner = User.objects.filter(pk=learner_id).first()
    return len(results_refresh_for(learner=learner, course=course_id)) if learner else 0


@task()
def refresh_course_results(course_id: int) -> int:
    """Re-run the results of every learner in every class of the course; returns how many were re-run."""
    return sum(
        results_refresh_cohort(cohort=cohort)
        for cohort in Cohort.objects.filter(course_id=course_id).select_related("course").order_by("pk")
    )


@task()
def refresh_cohort_results(cohort_id: int) -> int:
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    return results_refresh_cohort(cohort=cohort) if cohort else 0


@task()
def issue_certificate_chunk(batch_id: int, learner_ids: list[int]) -> int:
    """Part of a class's certificates; the organizer's page polls the batch for progress."""
    return issuance_chunk_run(batch_id, learner_ids)


@task()
def notify_policy_change(change_id: int) -> int:
    """Tell the organizers of the other units with classes of the course what changed in its policy, and why."""
    from assessments.models import PolicyChange
    from assessments.selectors.policies import policy_change_fields, policy_change_recipients

    change = PolicyChange.objects.select_related("course").filter(pk=change_id).first()
    if change is None:
        return 0
    sent = 0
    with override(settings.LANGUAGE_CODE):
        fields = "\n".join(f"- {item.label}: {item.old} → {item.new}" for item in policy_change_fields(change))
        page = settings.PUBLIC_BASE_URL + reverse("assessments:policy_edit", args=[change.course_id])
        subject = _("Completion policy of %(course)s changed") % {"course": change.course.title}
        text = _(
            "%(actor)s changed the completion policy of %(course)s.\nReason: %(reason)s\n%(fields)s\n"
            "The results of your open classes are re-run under the new policy. Details and history: %(url)s"
        ) % {
            "actor": change.actor_name,
            "course": change.course.title,
            "reason": change.reason or _("first policy of the course"),
            "fields": fields,
            "url": page,
        }
        for user in policy_change_recipients(change):
            notification = deliver(
                key=f"{NotificationKind.POLICY_CHANGED}:{change.pk}:{user.pk}",
                user=user,
                session=None,
                kind=NotificationKind.POLICY_CHANGED,
                subject=subject,
                text=text,
            )
            sent += notification is not None
    return sent


@task()
def send_deadline_notices() -> dict[str, int]:
    """The day's deadline notices (assessments.services.deadline_notices); queued daily by send_deadline_notices."""
    return deadline_notices_send(rules=default_enrolment_rules(), today=timezone.localdate())
