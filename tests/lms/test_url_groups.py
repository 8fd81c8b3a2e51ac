"""Nesting URL patterns under their first segment changes nothing but the number of patterns tried."""

import pytest
from django.http import HttpResponse
from django.urls import Resolver404, URLResolver, get_resolver, path, re_path, reverse
from django.urls.resolvers import RegexPattern
from django.urls.resolvers import URLResolver as Resolver

from lms.url_groups import grouped_by_first_segment


def view(request, **kwargs):
    return HttpResponse()


FLAT = [
    path("hoc-tap/", view, name="home"),
    path("sw.js", view, name="worker"),
    path("to-chuc/lop/<int:cohort_id>/", view, name="cohort"),
    path("hoc-tap/bai/<int:module_id>/", view, {"mode": "read"}, name="lesson"),
    path("cong-doan/", view, name="union"),
    path("to-chuc/", view, name="organizer"),
    path("hoc-tap/<str:rest>/", view, name="catch"),
]
PATHS = ["hoc-tap/", "sw.js", "to-chuc/lop/7/", "hoc-tap/bai/3/", "cong-doan/", "to-chuc/", "hoc-tap/x/", "bai-1/"]


def _resolver(patterns):
    return Resolver(RegexPattern(r"^/"), patterns)


def _outcome(resolver, url):
    try:
        match = resolver.resolve("/" + url)
    except Resolver404:
        return None
    return match.url_name, match.kwargs


def test_every_path_resolves_to_the_same_view_with_the_same_arguments():
    grouped = grouped_by_first_segment(FLAT)
    assert [type(entry).__name__ for entry in grouped] == ["URLResolver", "URLPattern", "URLResolver", "URLPattern"]
    flat, nested = _resolver(FLAT), _resolver(grouped)
    for url in PATHS:
        assert _outcome(nested, url) == _outcome(flat, url), url
    assert _outcome(nested, "hoc-tap/bai/3/") == ("lesson", {"module_id": 3, "mode": "read"})
    assert _outcome(nested, "bai-1/") is None
    for name, kwargs in [("home", {}), ("lesson", {"module_id": 3}), ("organizer", {}), ("worker", {})]:
        assert nested.reverse(name, **kwargs) == flat.reverse(name, **kwargs)


@pytest.mark.parametrize(
    "odd",
    [re_path(r"^(?P<slug>[\w-]+)/$", view, name="slug"), path("<str:code>/", view, name="code")],
)
def test_a_pattern_that_could_match_anywhere_leaves_the_list_as_it_was(odd):
    patterns = [*FLAT[:3], odd, *FLAT[3:]]
    assert grouped_by_first_segment(patterns) == patterns


def test_the_projects_urls_are_nested_and_still_reverse():
    top = get_resolver().url_patterns
    project = [
        entry for entry in top if isinstance(entry, URLResolver) and entry.app_name in {"lms", "courses", "assessments"}
    ]
    assert all(len(entry.url_patterns) <= 16 for entry in project), [len(entry.url_patterns) for entry in project]
    assert reverse("courses:learner_home") == "/hoc-tap/"
    assert reverse("assessments:deadlines") == "/to-chuc/thoi-han/"
    assert reverse("lms:learner_edit", args=[5]) == "/to-chuc/hoc-vien/5/sua/"
