"""The instructor's check-in screen (rotating QR code and roster ticks) and the learner's check-in."""

import io
from datetime import date, datetime, time, timedelta

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from courses.models import Attendance, AttendanceStatus, Booking, BookingState, Session
from courses.scope import cohorts_in_scope
from courses.services import attendance_check_in, attendance_mark, check_in_code, current_window
from courses.services.attendance import WINDOW_SECONDS, may_take_attendance
from lms.decorators import role_required
from lms.form_fields import posted_id
from lms.models import User
from lms.roles import Role


def _session_for_staff(request: HttpRequest, session_id: int) -> Session:
    session = get_object_or_404(Session.objects.select_related("cohort", "module", "venue"), pk=session_id)
    if not may_take_attendance(request.user, session):
        raise Http404
    return session


def _time_on_session_day(session: Session, value: str) -> datetime | None:
    """ "HH:MM" typed by the instructor, on the session's (local) day."""
    if not value.strip():
        return None
    try:
        moment = time.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(_("Enter the time as HH:MM.")) from None
    day = timezone.localtime(session.starts_at).date()
    options = [timezone.make_aware(datetime.combine(day + timedelta(days=n), moment)) for n in (0, 1)]
    return next((o for o in options if session.starts_at <= o <= session.ends_at), options[0])


def check_in_url(request: HttpRequest, session: Session) -> str:
    window = current_window()
    path = reverse("courses:check_in", args=[session.pk, window, check_in_code(session.pk, window)])
    return request.build_absolute_uri(path)


@role_required(Role.INSTRUCTOR, Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def check_in_screen(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_for_staff(request, session_id)
    if request.method == "POST":
        learner = get_object_or_404(User, pk=posted_id(request.POST.get("learner")))
        try:
            attendance_mark(
                actor=request.user,
                session=session,
                learner=learner,
                status=request.POST.get("status"),
                at=_time_on_session_day(session, request.POST.get("at", "")),
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("courses:check_in_screen", session_id=session.pk)
    learners = [
        booking.learner
        for booking in Booking.objects.filter(session=session, state=BookingState.BOOKED).select_related("learner")
    ]
    attendance = {a.learner_id: a for a in Attendance.objects.filter(session=session)}
    rows = [(learner, attendance.get(learner.pk)) for learner in sorted(learners, key=lambda u: u.get_full_name())]
    return render(
        request,
        "courses/check_in_screen.html",
        {"session": session, "rows": rows, "statuses": AttendanceStatus.choices, "refresh_seconds": WINDOW_SECONDS},
    )


@role_required(Role.INSTRUCTOR, Role.ORGANIZER)
@never_cache
@require_GET
def check_in_qr(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _session_for_staff(request, session_id)
    buffer = io.BytesIO()
    segno.make(check_in_url(request, session), error="m").save(buffer, kind="svg", scale=8, border=2)
    return HttpResponse(buffer.getvalue(), content_type="image/svg+xml")


@login_required
@require_GET
def check_in(request: HttpRequest, session_id: int, window: int, code: str) -> HttpResponse:
    session = get_object_or_404(Session.objects.select_related("cohort", "module"), pk=session_id)
    try:
        attendance = attendance_check_in(learner=request.user, session=session, window=window, code=code)
    except PermissionDenied:
        return render(
            request, "courses/check_in_result.html", {"error": _("You are not a learner of this class.")}, status=403
        )
    except ValidationError as error:
        return render(request, "courses/check_in_result.html", {"error": " ".join(error.messages)}, status=400)
    return render(request, "courses/check_in_result.html", {"attendance": attendance, "session": session})


@role_required(Role.INSTRUCTOR, Role.ORGANIZER)
@require_GET
def week_view(request: HttpRequest) -> HttpResponse:
    """Sessions of one week (Monday to Sunday) for the classes the user organizes or teaches."""
    try:
        day = date.fromisoformat(request.GET.get("tuan", ""))
    except ValueError:
        day = timezone.localdate()
    monday = day - timedelta(days=day.weekday())
    tz = timezone.get_current_timezone()
    start = datetime.combine(monday, time(0), tzinfo=tz)
    sessions = (
        Session.objects.filter(starts_at__gte=start, starts_at__lt=start + timedelta(days=7))
        .filter(cohort__in=cohorts_in_scope(request.user))
        .select_related("cohort", "module", "venue", "instructor")
        .order_by("starts_at")
    )
    days = [{"date": monday + timedelta(days=n), "sessions": []} for n in range(7)]
    for session in sessions:
        days[(timezone.localtime(session.starts_at).date() - monday).days]["sessions"].append(session)
    return render(
        request,
        "courses/week_view.html",
        {
            "days": days,
            "previous": (monday - timedelta(days=7)).isoformat(),
            "next": (monday + timedelta(days=7)).isoformat(),
            "monday": monday,
        },
    )
