"""Deadlines for organizers: probationary members who have yet to pass the new-member class, and non-members whose
awareness certificate lapses before they are admitted."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from assessments.selectors.deadlines import certificate_expiries, deadlines, probation_deadlines
from courses.models import EnrolmentSettings, ProgrammeKind
from courses.scope import cohorts_organizer_may_fill
from courses.selectors import cohorts_for_programme
from lms.decorators import role_required
from lms.models import LearnerProfile, PartyStatus, Zone
from lms.roles import Role
from lms.scope import zones_of


@role_required(Role.ORGANIZER)
@require_GET
def deadlines_view(request: HttpRequest) -> HttpResponse:
    """Each line that needs a class offers the organizer's open new-member classes (posted to
    courses:learner_enrol, which checks them again); the select is written out in the template so that the classes
    are read once for every line."""
    rules = EnrolmentSettings.for_request(request)
    report = deadlines(zones=zones_of(request.user), rules=rules, today=timezone.localdate())
    classes = list(cohorts_for_programme(cohorts_organizer_may_fill(request.user), ProgrammeKind.NEW_MEMBER))
    probation = [(line, [cohort for cohort in classes if cohort != line.cohort]) for line in report.probation]
    return render(request, "assessments/deadlines.html", {"report": report, "rules": rules, "probation": probation})


def learner_deadline_facts(request: HttpRequest, profile: LearnerProfile) -> list[tuple[str, str]]:
    """For the learner's page (lms.learner_facts): the end of a probation whose new-member class is not yet passed,
    or the lapse of a non-member's awareness certificate, as the deadlines page tells them."""
    zone, rules, today = (
        Zone.objects.filter(pk=profile.enterprise.zone_id),
        EnrolmentSettings.for_request(request),
        timezone.localdate(),
    )
    if profile.party_status == PartyStatus.PROBATIONARY:
        for line in probation_deadlines(zones=zone, rules=rules, today=today, only=profile):
            return [(_("End of probation"), f"{line.ends_on:%d/%m/%Y} ({line.when}) · {line.situation_label}")]
    if profile.party_status == PartyStatus.OUTSTANDING_NON_MEMBER:
        for line in certificate_expiries(zones=zone, rules=rules, today=today, only=profile):
            return [(_("Awareness certificate valid until"), f"{line.valid_until:%d/%m/%Y} ({line.when})")]
    return []
