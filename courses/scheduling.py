"""The one module that talks to django-scheduler: calendars for venues, events for sessions, occurrences.

django-scheduler's own views and templates are never exposed (they load assets from CDNs and let any user edit
events); only its models and occurrence API are used, through these functions.
"""

from datetime import datetime

from django.utils.text import slugify
from schedule.models import Calendar, Event


def calendar_for_venue(name: str) -> Calendar:
    base = slugify(name) or "venue"
    slug, n = base, 1
    while Calendar.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Calendar.objects.create(name=name[:200], slug=slug)


def event_create(*, calendar: Calendar, title: str, start: datetime, end: datetime, description: str = "") -> Event:
    return Event.objects.create(calendar=calendar, title=title[:255], start=start, end=end, description=description)


def event_move(event: Event, *, start: datetime, end: datetime) -> Event:
    event.start, event.end = start, end
    event.save(update_fields=["start", "end", "updated_on"])
    return event


def occurrences(event: Event, start: datetime, end: datetime) -> list:
    """Occurrences of the event in [start, end), without the cancelled ones (the library includes them)."""
    return [occurrence for occurrence in event.get_occurrences(start, end) if not occurrence.cancelled]
