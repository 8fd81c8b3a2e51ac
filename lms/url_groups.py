"""URL patterns nested under their first path segment.

Django tries a URL conf's patterns one by one, and every lesson page is served by Wagtail's catch-all after all of
the project's patterns have failed to match. Nested under their first segment ("hoc-tap/", "to-chuc/", …), the
project's ~90 patterns are refused by about twenty regular expressions instead: resolving a lesson's URL went from
52 to 29 µs (docs/benchmarks.md). The groups are disjoint, and the order inside each group is kept, so every path
resolves to the same view as before, and every name reverses to the same path.
"""

from django.urls import URLPattern, include, path
from django.urls.resolvers import RoutePattern


def _first_segment(entry) -> str | None:
    """The first segment of a plain path() route ("hoc-tap/"), or None for a route of one segment ("sw.js")."""
    head, slash, _rest = str(entry.pattern).partition("/")
    return head + "/" if slash else None


def _movable(entry) -> bool:
    """A plain path() whose first segment is literal: it can only match paths that begin with that segment."""
    return (
        isinstance(entry, URLPattern)
        and isinstance(entry.pattern, RoutePattern)
        and "<" not in str(entry.pattern).partition("/")[0]
    )


def grouped_by_first_segment(patterns: list) -> list:
    """The same patterns, those sharing a first segment nested under one path(segment, include(…)), placed where the
    group's first pattern was. Unchanged if any pattern cannot be nested, since moving the others past it could
    change which one matches."""
    if not all(_movable(entry) for entry in patterns):
        return list(patterns)
    heads = [_first_segment(entry) for entry in patterns]
    members: dict[str, list] = {}
    for head, entry in zip(heads, patterns, strict=True):
        if head is not None:
            members.setdefault(head, []).append(entry)
    grouped, placed = [], set()
    for head, entry in zip(heads, patterns, strict=True):
        if head is None or len(members[head]) == 1:
            grouped.append(entry)
        elif head not in placed:
            placed.add(head)
            nested = [
                path(str(member.pattern)[len(head) :], member.callback, member.default_args, name=member.name)
                for member in members[head]
            ]
            grouped.append(path(head, include(nested)))
    return grouped
