"""Organizers' screens for sessions: add one (or a weekly series), see its bookings, move or cancel it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.forms.sessions import SessionForm, SessionMoveForm
from courses.models import Booking, Session, SessionStatus, Venue
from courses.scope import cohorts_organizer_may_fill
from courses.selectors.scheduling import session_fit_count
from courses.services import session_cancel, session_move
from courses.services.sessions import session_series_create
from lms.decorators import role_required
from lms.roles import Role


def _managed_session(request: HttpRequest, session_id: int) -> Session:
    return get_object_or_404(
        Session.objects.select_related("cohort", "module", "venue", "instructor", "event").filter(
            cohort__in=cohorts_organizer_may_fill(request.user)
        ),
        pk=session_id,
    )


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def session_add(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(cohorts_organizer_may_fill(request.user), pk=cohort_id)
    form = SessionForm(request.POST or None, cohort=cohort, venues=Venue.objects.filter(zone=cohort.zone))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sessions = session_series_create(
                actor=request.user,
                cohort=cohort,
                module=data["module"],
                venue=data["venue"],
                instructor=data["instructor"],
                start=data["starts_at"],
                end=data["ends_at"],
                weeks=data["weeks"],
                capacity=data["capacity"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(count)d sessions created.") % {"count": len(sessions)})
            return redirect("courses:cohort_detail", cohort_id=cohort.pk)
    return render(request, "courses/session_form.html", {"cohort": cohort, "form": form})


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def session_detail(request: HttpRequest, session_id: int) -> HttpResponse:
    """Who booked or waits, with the changes they still need to see; move the session to another time."""
    session = _managed_session(request, session_id)
    minutes = int((session.ends_at - session.starts_at).total_seconds() // 60)
    form = SessionMoveForm(request.POST or None, initial={"minutes": minutes})
    if request.method == "POST" and form.is_valid():
        try:
            session_move(
                actor=request.user,
                session=session,
                start=form.cleaned_data["starts_at"],
                end=form.cleaned_data["ends_at"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The session is moved; its learners are told."))
            return redirect("courses:session_detail", session_id=session.pk)
    bookings = (
        Booking.objects.filter(session=session)
        .select_related("learner", "overridden_by")
        .order_by("state", "created_at")
    )
    return render(
        request,
        "courses/session_detail.html",
        {
            "session": session,
            "form": form,
            "bookings": bookings,
            "cancelled": session.status == SessionStatus.CANCELLED,
            "fit": session_fit_count(session),
        },
    )


@role_required(Role.ORGANIZER)
@require_POST
def session_cancel_view(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _managed_session(request, session_id)
    session_cancel(actor=request.user, session=session)
    messages.success(request, _("The session is cancelled; its learners are told and may book another one."))
    return redirect("courses:session_detail", session_id=session.pk)
