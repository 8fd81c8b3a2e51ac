"""The per-request user lookup: the same user, with the same checks, as Django's own backend would give."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.backends import ModelBackend
from django.test import Client
from django.urls import reverse

from lms.auth_backends import LmsModelBackend, user_by_pk
from lms.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_user_loaded_per_request_equals_the_orms_in_every_field_and_type():
    user = UserFactory(full_name="Trần Thị Hoà", must_change_password=True)
    User.objects.filter(pk=user.pk).update(last_login=datetime(2026, 11, 21, 9, 30, tzinfo=UTC))

    loaded = user_by_pk(user.pk)
    expected = User.objects.get(pk=user.pk)

    for field in User._meta.concrete_fields:
        got, want = getattr(loaded, field.attname), getattr(expected, field.attname)
        assert (got, type(got)) == (want, type(want)), field.name
    assert loaded.last_login.tzinfo is not None
    assert not loaded._state.adding and loaded._state.db == "default"
    loaded.full_name = "Trần Thị Hoà Bình"
    loaded.save(update_fields=["full_name"])  # a loaded user is a normal, saveable instance
    assert User.objects.get(pk=user.pk).full_name == "Trần Thị Hoà Bình"


@pytest.mark.parametrize("user_id", [10**9, "not-a-number", None])
def test_unknown_or_malformed_ids_give_no_user(user_id):
    assert LmsModelBackend().get_user(user_id) is None


def test_an_inactive_user_is_refused_like_djangos_backend_refuses_it():
    user = UserFactory(is_active=False)
    assert ModelBackend().get_user(user.pk) is None
    assert LmsModelBackend().get_user(user.pk) is None
    user.is_active = True
    user.save()
    assert LmsModelBackend().get_user(user.pk) == user


def test_deactivating_or_changing_the_password_ends_a_logged_in_session_at_the_next_request():
    user = UserFactory()
    client = Client()
    client.force_login(user)
    home = reverse("courses:learner_home")
    assert client.get(home).status_code == 200

    user.set_password("Mot-mat-khau-moi-2026")
    user.save()
    assert client.get(home).status_code == 302  # the session's hash no longer matches

    client.force_login(user)
    assert client.get(home).status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert client.get(home).status_code == 302
