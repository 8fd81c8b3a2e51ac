"""Learners' in-person sessions: the ones that fit their roster, booking and cancelling."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import Booking, BookingState, CalendarFeed, Session, SessionStatus
from courses.selectors.scheduling import learner_flagged_bookings, learner_session_offers
from courses.services import (
    booking_cancel,
    booking_create,
    calendar_feed_for,
    calendar_feed_ics,
    calendar_feed_rotate,
)
from courses.services.bookings import booking_acknowledge


@login_required
@require_GET
def my_sessions(request: HttpRequest) -> HttpResponse:
    feed = calendar_feed_for(user=request.user)
    feed_url = request.build_absolute_uri(reverse("courses:calendar_feed", args=[feed.token]))
    return render(
        request,
        "courses/my_sessions.html",
        {
            "offers": learner_session_offers(user=request.user),
            "flagged": learner_flagged_bookings(user=request.user),
            "feed_url": feed_url,
        },
    )


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


@login_required
@require_POST
def acknowledge_booking(request: HttpRequest, booking_id: int) -> HttpResponse:
    """The learner has seen what changed and keeps the booking."""
    booking = get_object_or_404(Booking, pk=booking_id, learner=request.user)
    booking_acknowledge(actor=request.user, booking=booking)
    return redirect("courses:my_sessions")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The private iCal address: no login (phones cannot log in), the secret token is the key."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    response = HttpResponse(
        calendar_feed_ics(feed=feed, host=request.get_host()), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
@require_POST
def calendar_feed_renew(request: HttpRequest) -> HttpResponse:
    calendar_feed_rotate(user=request.user)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("courses:my_sessions")
