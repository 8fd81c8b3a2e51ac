"""Learners' in-person sessions: the ones that fit their roster, booking and cancelling."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import Booking, BookingState, Session, SessionStatus
from courses.selectors.scheduling import learner_session_offers
from courses.services import booking_cancel, booking_create


@login_required
@require_GET
def my_sessions(request: HttpRequest) -> HttpResponse:
    return render(request, "courses/my_sessions.html", {"offers": learner_session_offers(user=request.user)})


@login_required
@require_POST
def book_session(request: HttpRequest, session_id: int) -> HttpResponse:
    session = get_object_or_404(Session, pk=session_id, status=SessionStatus.SCHEDULED)
    try:
        booking = booking_create(actor=request.user, learner=request.user, session=session)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        if booking.state == BookingState.BOOKED:
            messages.success(request, _("Your place is booked."))
        else:
            messages.info(request, _("The session is full: you are on the waiting list."))
    return redirect("courses:my_sessions")


@login_required
@require_POST
def cancel_booking(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = get_object_or_404(Booking, pk=booking_id, learner=request.user)
    booking_cancel(actor=request.user, booking=booking)
    messages.success(request, _("Your booking is cancelled."))
    return redirect("courses:my_sessions")
