"""Ids no column can hold find nothing (lms/db/lookups.py), on SQLite as on PostgreSQL."""

import pytest
from django.http import Http404
from django.shortcuts import get_object_or_404

from courses.models import Cohort, CoursePage, ModulePage
from lms.models import User

pytestmark = pytest.mark.django_db

HUGE = 10**25


def test_a_page_looked_up_by_an_impossible_id_is_not_found(curriculum):
    module = curriculum.modules[0]
    assert not ModulePage.objects.filter(pk=HUGE).exists()
    assert not ModulePage.objects.filter(pk=-HUGE).exists()
    with pytest.raises(Http404):
        get_object_or_404(CoursePage, pk=HUGE)
    assert list(ModulePage.objects.filter(pk__in=[module.pk, HUGE])) == [module]
    assert not ModulePage.objects.filter(pk__in=[HUGE]).exists()
    assert ModulePage.objects.exclude(pk=HUGE).count() == len(curriculum.modules)


def test_foreign_keys_and_plain_ids_too(world):
    cohort = world.cohorts["a"]
    assert not Cohort.objects.filter(course_id=HUGE).exists()
    assert not Cohort.objects.filter(course__in=[HUGE]).exists()
    assert list(Cohort.objects.filter(pk__in=[cohort.pk, HUGE])) == [cohort]
    assert not User.objects.filter(pk__in=[HUGE, -HUGE]).exists()
    assert Cohort.objects.filter(course_id=cohort.course_id).count() == 2  # ordinary values are untouched
