"""Which pages a learner's phone may keep for offline study: decided by the server, one header per response.

The service worker (templates/courses/offline/sw.js) keeps a page only when its response carries OFFLINE_HEADER;
every other page goes to the network and is never stored. Only a learner's own study pages are marked: the
learner home, course pages and lessons, never organizer pages. Logging out clears what the phone kept.
"""

from django.http import HttpResponse

OFFLINE_HEADER = "X-Study-Offline"
# Sent by the course page's "save lessons" fetches: a copy being saved is not the learner opening the lesson.
OFFLINE_SAVE_HEADER = "X-Offline-Save"


def allow_offline_copy(response: HttpResponse) -> HttpResponse:
    """Let the learner's phone keep this page; it is personal, so no shared cache may."""
    if response.status_code == 200:
        response[OFFLINE_HEADER] = "keep"
        response["Cache-Control"] = "private, no-cache"
    return response
