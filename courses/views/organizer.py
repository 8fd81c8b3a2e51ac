"""Screens for class organizers: review nominations, follow classes and enrolments, see learners in scope."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.forms.enrolment import ClassChoiceForm, CohortForm, EnrolmentTransitionForm, RejectNominationForm
from courses.models import SEAT_STATES, CohortStatus, EnrolmentSettings
from courses.scope import cohorts_in_scope, cohorts_organizer_may_fill, enrolments_in_scope, nominations_in_scope
from courses.selectors import cohorts_for_programme, eligibility_warnings, pending_nominations, union_nomination_counts
from courses.services import cohort_save, enrolment_create, enrolment_transition, nomination_approve, nomination_reject
from lms.decorators import role_required
from lms.models import Union
from lms.redirects import local_destination
from lms.roles import Role
from lms.scope import learners_in_scope, organizing_units_of, zones_of


def _messages_from(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@role_required(Role.ORGANIZER)
@require_GET
def organizer_home(request: HttpRequest) -> HttpResponse:
    rules = EnrolmentSettings.for_request(request)
    fillable = cohorts_organizer_may_fill(request.user)
    pending = []
    for nomination in pending_nominations(nominations_in_scope(request.user)):
        cohorts = cohorts_for_programme(fillable, nomination.programme_kind)
        pending.append(
            {
                "nomination": nomination,
                "warnings": eligibility_warnings(
                    learner=nomination.learner,
                    programme_kind=nomination.programme_kind,
                    rules=rules,
                    cohort=cohorts.first(),
                ),
                "approve_form": ClassChoiceForm(cohorts=cohorts, prefix=f"n{nomination.pk}"),
                "reject_form": RejectNominationForm(prefix=f"n{nomination.pk}"),
            }
        )
    unions = Union.objects.filter(enterprise__zone__in=zones_of(request.user))
    cohorts = cohorts_in_scope(request.user).annotate(
        seats=Count("enrolments", filter=Q(enrolments__state__in=SEAT_STATES))
    )
    return render(
        request,
        "courses/organizer_home.html",
        {
            "pending": pending,
            "counts": union_nomination_counts(
                unions=unions, year=timezone.localdate().year, target=rules.union_yearly_target
            ),
            "cohorts": cohorts,
        },
    )


@role_required(Role.ORGANIZER)
@require_POST
def nomination_approve_view(request: HttpRequest, nomination_id: int) -> HttpResponse:
    nomination = get_object_or_404(nominations_in_scope(request.user), pk=nomination_id)
    cohorts = cohorts_for_programme(cohorts_organizer_may_fill(request.user), nomination.programme_kind)
    form = ClassChoiceForm(request.POST, cohorts=cohorts, prefix=f"n{nomination.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose one of your classes for this programme."))
        return redirect("courses:organizer_home")
    try:
        nomination_approve(actor=request.user, nomination=nomination, cohort=form.cleaned_data["cohort"])
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(
            request,
            _("%(name)s is enrolled in class %(code)s.")
            % {"name": nomination.learner, "code": form.cleaned_data["cohort"].code},
        )
    return redirect("courses:organizer_home")


@role_required(Role.ORGANIZER)
@require_POST
def learner_enrol_view(request: HttpRequest, profile_id: int) -> HttpResponse:
    """Place a worker of the organizer's zones directly in one of their open classes (e.g. a probationary member
    whose probation is running out); back to the page the form was on."""
    profile = get_object_or_404(learners_in_scope(request.user).exclude(user=request.user), pk=profile_id)
    back = local_destination(request, request.POST.get("next", ""), reverse("lms:learner_detail", args=[profile.pk]))
    cohorts = cohorts_organizer_may_fill(request.user).exclude(status=CohortStatus.CLOSED)
    form = ClassChoiceForm(request.POST, cohorts=cohorts, prefix=f"p{profile.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose one of your open classes."))
        return redirect(back)
    cohort = form.cleaned_data["cohort"]
    try:
        enrolment_create(actor=request.user, learner=profile.user, cohort=cohort)
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(request, _("%(name)s is enrolled in class %(code)s.") % {"name": profile, "code": cohort.code})
    return redirect(back)


@role_required(Role.ORGANIZER)
@require_POST
def nomination_reject_view(request: HttpRequest, nomination_id: int) -> HttpResponse:
    nomination = get_object_or_404(nominations_in_scope(request.user), pk=nomination_id)
    form = RejectNominationForm(request.POST, prefix=f"n{nomination.pk}")
    if not form.is_valid():
        messages.error(request, _("Give the reason for the rejection."))
        return redirect("courses:organizer_home")
    try:
        nomination_reject(actor=request.user, nomination=nomination, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        _messages_from(request, error)
    else:
        messages.success(request, _("The nomination of %(name)s was rejected.") % {"name": nomination.learner})
    return redirect("courses:organizer_home")


@role_required(Role.ORGANIZER, Role.INSTRUCTOR, Role.REPORT_VIEWER)
@require_GET
def cohort_detail(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_in_scope(request.user), pk=cohort_id)
    enrolments = (
        enrolments_in_scope(request.user)
        .filter(cohort=cohort)
        .select_related("learner__learner_profile__enterprise")
        .prefetch_related("events")
        .order_by("learner__full_name")
    )
    may_manage = cohorts_organizer_may_fill(request.user).filter(pk=cohort.pk).exists()
    may_grade = may_manage or cohort.instructors.filter(pk=request.user.pk).exists()
    return render(
        request,
        "courses/cohort_detail.html",
        {
            "cohort": cohort,
            "enrolments": enrolments,
            "may_manage": may_manage,
            "may_grade": may_grade,
            "form": EnrolmentTransitionForm(),
            "sessions": cohort.sessions.select_related("module", "venue").order_by("starts_at"),
        },
    )


@role_required(Role.ORGANIZER)
@require_POST
def enrolment_transition_view(request: HttpRequest, enrolment_id: int) -> HttpResponse:
    enrolment = get_object_or_404(enrolments_in_scope(request.user), pk=enrolment_id)
    form = EnrolmentTransitionForm(request.POST)
    if form.is_valid():
        try:
            enrolment_transition(
                actor=request.user,
                enrolment=enrolment,
                to_state=form.cleaned_data["to_state"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            _messages_from(request, error)
    else:
        messages.error(request, _("Choose a valid state."))
    return redirect("courses:cohort_detail", cohort_id=enrolment.cohort_id)


def _instructors():
    from lms.models import User
    from lms.roles import GROUP_NAMES

    return User.objects.filter(groups__name=GROUP_NAMES[Role.INSTRUCTOR]).order_by("full_name")


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def cohort_edit(request: HttpRequest, cohort_id: int | None = None) -> HttpResponse:
    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user), pk=cohort_id) if cohort_id else None
    form = CohortForm(
        request.POST or None,
        instance=cohort,
        units=organizing_units_of(request.user),
        zones=zones_of(request.user),
        instructors=_instructors(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = cohort_save(
                actor=request.user, cohort=form.save(commit=False), instructors=form.cleaned_data["instructors"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Class %(code)s saved.") % {"code": saved.code})
            return redirect("courses:cohort_detail", cohort_id=saved.pk)
    return render(request, "courses/cohort_form.html", {"form": form, "cohort": cohort})


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def plan_sessions_view(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """The planner: propose the sessions that let the most learners of the class attend; accept to create them."""
    from datetime import timedelta

    from courses.forms.sessions import PlanForm
    from courses.models import Venue
    from courses.services import plan_accept, plan_propose

    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user), pk=cohort_id)
    form = PlanForm(request.POST or None, cohort=cohort, venues=Venue.objects.filter(zone=cohort.zone))
    proposal = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            proposal = plan_propose(
                cohort=cohort,
                module=data["module"],
                date_from=data["date_from"],
                date_to=data["date_to"],
                k=data["k"],
                venue=data["venue"],
                instructor=data["instructor"],
                length=timedelta(minutes=data["minutes"]),
            )
            if "accept" in request.POST:
                sessions = plan_accept(
                    actor=request.user,
                    cohort=cohort,
                    module=data["module"],
                    venue=data["venue"],
                    instructor=data["instructor"],
                    proposal=proposal,
                )
                messages.success(request, _("%(count)d sessions created.") % {"count": len(sessions)})
                return redirect("courses:cohort_detail", cohort_id=cohort.pk)
        except ValidationError as error:
            form.add_error(None, error)
            proposal = None
    rows = []
    if proposal is not None:
        counts = [0] * len(proposal.chosen)
        for index in proposal.covered_by.values():
            counts[index] += 1
        rows = list(zip(proposal.chosen, counts, strict=True))
    left_out = (
        [(learner, proposal.reasons[learner.pk]) for learner in proposal.learners if learner.pk in proposal.reasons]
        if proposal
        else []
    )
    return render(
        request,
        "courses/plan_sessions.html",
        {"cohort": cohort, "form": form, "proposal": proposal, "rows": rows, "left_out": left_out},
    )
