"""Offline study: the service worker, the page shown when a page is not saved, and receiving offline study.

See docs/decisions/0009-offline-study.md and courses/offline.py for which pages a phone may keep.
"""

import hashlib
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from courses.forms.study import offline_batch_errors
from courses.offline import OFFLINE_HEADER
from courses.services import OfflineSitting, progress_record_offline

# What every saved page needs to display: kept when the service worker installs.
PRECACHED_ASSETS = ("lms/css/site.css", "lms/js/lesson.js", "lms/js/offline.js")


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker script, served from the site's root so that it may control every page."""
    values = {
        "assets": [static(path) for path in PRECACHED_ASSETS],
        "media_url": settings.MEDIA_URL,
        "offline_page": reverse("courses:offline_page"),
        "header": OFFLINE_HEADER.lower(),
    }
    context = {name: json.dumps(value) for name, value in values.items()}  # JavaScript literals
    body = render_to_string("courses/offline/sw.js", context)
    # A new version whenever the script or an asset's (hashed) name changes: the old caches are then dropped.
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    response = HttpResponse(body.replace("__VERSION__", version), content_type="application/javascript")
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline_page(request: HttpRequest) -> HttpResponse:
    """Shown by the service worker when there is no connection and the page asked for was not saved."""
    return render(request, "courses/offline/offline_page.html")


@never_cache
@login_required
@require_POST
def offline_sync(request: HttpRequest) -> JsonResponse:
    """Receive the study kept on the phone while offline: JSON {"learner": id, "sittings": [...]}."""
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"errors": [_("The study kept offline could not be read.")]}, status=400)
    if isinstance(payload, dict) and payload.get("learner") != request.user.pk:
        # Kept on this phone by someone else (a shared phone): it must not be credited to this learner.
        message = _("This study was kept for another account and was not counted.")
        return JsonResponse({"errors": [message]}, status=409)
    cleaned, errors = offline_batch_errors(payload)
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    sittings = [
        OfflineSitting(
            module_id=item["module"],
            seconds=item["seconds"],
            anchor=item["anchor"] or "",
            ratio=item["ratio"],
            completed=item["completed"],
        )
        for item in cleaned
    ]
    result = progress_record_offline(user=request.user, sittings=sittings)
    return JsonResponse(
        {"credited_seconds": result.credited_seconds, "completed": result.completed, "skipped": result.skipped}
    )
