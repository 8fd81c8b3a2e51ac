"""Passwords: an organizer may set a learner's password (a worker imported from a roster has none), and then knows
it, so the learner is sent to choose their own at the next login; anyone changes their own with the current one."""

import re

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.services import learner_set_password

pytestmark = pytest.mark.django_db

GIVEN = "Mat-khau-tam-2026"
OWN = "Hoa-sen-no-giua-dong"


def _login(client: Client, username: str, password: str):
    return client.post(reverse("lms:login"), {"username": username, "password": password})


def test_a_password_set_by_the_organizer_must_be_changed_at_the_next_login(world):
    profile = world.learners["a1"]
    learner_set_password(actor=world.organizers["a"], profile=profile, password=GIVEN)
    profile.user.refresh_from_db()
    assert profile.user.must_change_password

    client = Client()
    response = _login(client, profile.user.username, GIVEN)
    assert response.status_code == 302 and response["Location"] == reverse("lms:password_change")
    with translation.override("vi"):
        home = client.get(reverse("courses:learner_home")).content.decode()
    assert reverse("lms:password_change") in home  # the reminder stays until it is done

    response = client.post(
        reverse("lms:password_change"),
        {"old_password": GIVEN, "new_password1": OWN, "new_password2": OWN},
    )
    assert response.status_code == 302 and response["Location"] == reverse("courses:learner_home")
    profile.user.refresh_from_db()
    assert not profile.user.must_change_password
    assert client.get(reverse("courses:learner_home")).status_code == 200  # still logged in
    assert authenticate(username=profile.user.username, password=OWN) == profile.user
    assert authenticate(username=profile.user.username, password=GIVEN) is None

    other = Client()
    response = _login(other, profile.user.username, OWN)
    assert response.status_code == 302 and response["Location"] == reverse("courses:learner_home")


def test_a_wrong_current_password_or_a_weak_one_changes_nothing(world):
    user = world.learners["a1"].user
    user.set_password(GIVEN)
    user.save()
    client = Client()
    client.force_login(user)
    url = reverse("lms:password_change")
    cases = [
        {"old_password": "sai-mat-khau", "new_password1": OWN, "new_password2": OWN},
        {"old_password": GIVEN, "new_password1": OWN, "new_password2": OWN + "x"},
        {"old_password": GIVEN, "new_password1": "12345678", "new_password2": "12345678"},
    ]
    for data in cases:
        with translation.override("vi"):
            response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="vi")
        page = response.content.decode()
        alerts = re.findall(r'role="alert">(.*?)</', page, re.S)
        assert response.status_code == 200 and alerts, data
        assert all("password" not in alert.lower() for alert in alerts), alerts  # said in Vietnamese
    user.refresh_from_db()
    assert user.check_password(GIVEN)


def test_only_the_learners_own_organizer_may_set_a_password(world):
    with pytest.raises(PermissionDenied):
        learner_set_password(actor=world.organizers["b"], profile=world.learners["a1"], password=GIVEN)
    world.learners["a1"].user.refresh_from_db()
    assert not world.learners["a1"].user.must_change_password


def test_the_password_page_needs_a_login(client):
    response = client.get(reverse("lms:password_change"))
    assert response.status_code == 302 and reverse("lms:login") in response["Location"]


def test_the_page_asked_for_before_the_login_follows_the_forced_password_change(world):
    profile = world.learners["a1"]
    learner_set_password(actor=world.organizers["a"], profile=profile, password=GIVEN)
    wanted = reverse("courses:my_sessions")
    client = Client()

    response = client.post(reverse("lms:login"), {"username": profile.phone, "password": GIVEN, "next": wanted})
    assert response["Location"] == f"{reverse('lms:password_change')}?next={wanted.replace('/', '%2F')}"
    changed = client.post(response["Location"], {"old_password": GIVEN, "new_password1": OWN, "new_password2": OWN})
    assert changed.status_code == 302 and changed["Location"] == wanted


def test_the_password_page_never_sends_anyone_to_another_site(world):
    user = world.learners["a1"].user
    user.set_password(GIVEN)
    user.save()
    client = Client()
    client.force_login(user)
    url = reverse("lms:password_change") + "?next=https://example.com/phish"
    response = client.post(url, {"old_password": GIVEN, "new_password1": OWN, "new_password2": OWN})
    assert response.status_code == 302 and response["Location"] == reverse("courses:learner_home")
