"""Budgets for the lesson page: SQL queries and page weight (HTML + CSS + JS, media excluded)."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache

from courses.demo.loader import load_curriculum
from courses.models import ModulePage
from lms.demo import load_people
from lms.models import User

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
MAX_WEIGHT_BYTES = 100 * 1024


@pytest.fixture
def demo(roles):  # roles: Wagtail's root rows, which a transactional test run before this one in the process flushes
    load_people()
    load_curriculum()


def _largest_lesson() -> ModulePage:
    return max(ModulePage.objects.live(), key=lambda page: len(str(page.body.raw_data)))


def test_lesson_page_query_budget(client, demo, django_assert_max_num_queries):
    client.force_login(User.objects.get(username="hocvien"))
    lesson = _largest_lesson()
    client.get(lesson.url)  # first visit: records the opening, fills the body cache
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(lesson.url)
    assert response.status_code == 200


def test_lesson_page_query_budget_with_a_cold_cache(client, demo, django_assert_max_num_queries):
    client.force_login(User.objects.get(username="hocvien"))
    lesson = _largest_lesson()
    client.get(lesson.url)
    cache.clear()
    # A cold cache routes through the whole page tree once; this only guards against it growing.
    with django_assert_max_num_queries(MAX_QUERIES + 8):
        assert client.get(lesson.url).status_code == 200


def test_lesson_page_weight(client, demo):
    client.force_login(User.objects.get(username="hocvien"))
    lesson = _largest_lesson()
    html = client.get(lesson.url).content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the lesson page links its stylesheet and script"
    weight = len(html)
    for asset in assets:
        path = finders.find(asset.decode())
        assert path, asset
        with open(path, "rb") as handle:
            weight += len(handle.read())
    assert weight <= MAX_WEIGHT_BYTES, f"lesson page weighs {weight} bytes"


def test_no_asset_comes_from_another_site(client, demo):
    client.force_login(User.objects.get(username="hocvien"))
    html = client.get(_largest_lesson().url).content.decode()
    assert not re.search(r'(?:href|src)="(?:https?:)?//', html)
