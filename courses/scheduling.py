"""The one module that talks to django-scheduler: calendars for venues, events for sessions, occurrences.

django-scheduler's own views and templates are never exposed (they load assets from CDNs and let any user edit
events); only its models and occurrence API are used, through these functions.
"""

from datetime import datetime, timedelta

from django.utils.text import slugify
from schedule.models import Calendar, Event, Occurrence, Rule


def calendar_for_venue(name: str) -> Calendar:
    base = slugify(name) or "venue"
    slug, n = base, 1
    while Calendar.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Calendar.objects.create(name=name[:200], slug=slug)


def event_create(*, calendar: Calendar, title: str, start: datetime, end: datetime, description: str = "") -> Event:
    return Event.objects.create(calendar=calendar, title=title[:255], start=start, end=end, description=description)


def weekly_event_create(*, calendar: Calendar, title: str, start: datetime, end: datetime, weeks: int) -> Event:
    """A series: one event recurring weekly, `weeks` occurrences in all."""
    rule, _created = Rule.objects.get_or_create(
        frequency="WEEKLY", params="", defaults={"name": "weekly", "description": "Every week"}
    )
    last_end = end + timedelta(weeks=weeks - 1)
    return Event.objects.create(
        calendar=calendar, title=title[:255], start=start, end=end, rule=rule, end_recurring_period=last_end
    )


def series_occurrences(event: Event) -> list[Occurrence]:
    """Every occurrence of a series (or the single occurrence of a one-off event)."""
    until = event.end_recurring_period or event.end
    return occurrences(event, event.start, until + timedelta(seconds=1))


def occurrence_move(event: Event, *, original_start: datetime, start: datetime, end: datetime) -> Occurrence:
    """Move one occurrence of a series; the library keeps it as an exception to the rule."""
    occurrence = event.get_occurrence(original_start)
    occurrence.move(start, end)
    return occurrence


def occurrence_cancel(event: Event, *, original_start: datetime) -> None:
    occurrence = event.get_occurrence(original_start)
    if occurrence is not None:
        occurrence.cancel()


def event_move(event: Event, *, start: datetime, end: datetime) -> Event:
    event.start, event.end = start, end
    event.save(update_fields=["start", "end", "updated_on"])
    return event


def occurrences(event: Event, start: datetime, end: datetime) -> list:
    """Occurrences of the event in [start, end), without the cancelled ones (the library includes them)."""
    return [occurrence for occurrence in event.get_occurrences(start, end) if not occurrence.cancelled]
