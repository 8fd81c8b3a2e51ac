"""Learner views that are not Wagtail pages: the dashboard and the progress endpoints."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from courses.forms.study import HeartbeatForm
from courses.models import EnrolmentSettings, ModulePage
from courses.offline import allow_offline_copy
from courses.selectors import learner_dashboard, probation_deadline, teaching_classes
from courses.selectors.search import QUERY_MAX_LENGTH, lesson_search, query_words
from courses.services import progress_mark_complete, progress_record_heartbeat
from lms.roles import Role
from lms.scope import has_role
from lms.text import nfc


def _live_module(module_id: int) -> ModulePage:
    return get_object_or_404(ModulePage.objects.live(), pk=module_id)


@login_required
@require_GET
def learner_home(request: HttpRequest) -> HttpResponse:
    user = request.user
    is_instructor = has_role(user, Role.INSTRUCTOR)
    response = render(
        request,
        "courses/learner_home.html",
        {
            "dashboard": learner_dashboard(user=user),
            "probation_ends": probation_deadline(user=user, rules=EnrolmentSettings.for_request(request)),
            "today": timezone.localdate(),
            "is_organizer": user.is_superuser or has_role(user, Role.ORGANIZER),
            "is_union_nominator": user.is_superuser or has_role(user, Role.UNION_NOMINATOR),
            "teaching": teaching_classes(user=user) if is_instructor else [],
            "is_instructor": is_instructor,
            "reads_reports": user.is_superuser or has_role(user, Role.REPORT_VIEWER) or has_role(user, Role.ORGANIZER),
        },
    )
    return allow_offline_copy(response)


@login_required
@require_GET
def lesson_search_view(request: HttpRequest) -> HttpResponse:
    """Search the published lessons; diacritics optional."""
    query = nfc(request.GET.get("q", ""))[:QUERY_MAX_LENGTH]
    searched = bool(query_words(query))
    context = {"query": query, "searched": searched, "hits": lesson_search(query=query) if searched else []}
    return render(request, "courses/lesson_search.html", context)


@login_required
@require_POST
def progress_heartbeat(request: HttpRequest, module_id: int) -> HttpResponse:
    """Called by the lesson page while it is visible: study time and reading position."""
    module = _live_module(module_id)
    form = HeartbeatForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    progress = progress_record_heartbeat(user=request.user, module=module, **form.cleaned_data)
    return JsonResponse({"seconds_spent": progress.seconds_spent, "completed": progress.is_completed})


@login_required
@require_POST
def module_complete(request: HttpRequest, module_id: int) -> HttpResponse:
    """The learner marks a lesson as studied; then they go on to the next lesson or back to the course."""
    module = _live_module(module_id)
    progress_mark_complete(user=request.user, module=module)
    next_module = (
        ModulePage.objects.sibling_of(module, inclusive=False)
        .live()
        .filter(lesson_number__gt=module.lesson_number)
        .order_by("lesson_number", "path")
        .first()
    )
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"completed": True, "next": next_module.url if next_module else module.get_parent().url})
    return redirect(next_module.url if next_module else module.get_parent().url)
