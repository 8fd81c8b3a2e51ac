"""Deadlines for organizers: probationary members who have yet to pass the new-member class, and non-members whose
awareness certificate lapses before they are admitted."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from assessments.selectors.deadlines import deadlines
from courses.models import EnrolmentSettings, ProgrammeKind
from courses.scope import cohorts_organizer_may_fill
from courses.selectors import cohorts_for_programme
from lms.decorators import role_required
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
