import csv
import io
import json

import pytest
from django.test import Client
from django.urls import reverse

from lms.models import AuditAction, PersonalDataAccess
from lms.scope import learners_in_scope

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_scope_of_each_role(world):
    a1, a2, b1 = world.learners["a1"], world.learners["a2"], world.learners["b1"]
    assert set(learners_in_scope(world.organizers["a"])) == {a1, a2}
    assert set(learners_in_scope(world.nominators["b"])) == {b1}
    assert set(learners_in_scope(a1.user)) == {a1}
    assert set(learners_in_scope(world.report_viewer)) == {a1, a2, b1}  # province-wide when assigned to no unit


def test_organizer_sees_identifiers_of_their_zone_and_the_view_is_logged(world):
    a1 = world.learners["a1"]
    page = _client(world.organizers["a"]).get(reverse("lms:learner_detail", args=[a1.pk])).content.decode()
    assert a1.national_id in page
    entry = PersonalDataAccess.objects.get()
    assert entry.actor == world.organizers["a"] and entry.subject == a1.user and entry.action == AuditAction.VIEWED


def test_union_officer_sees_identifiers_masked(world):
    a1 = world.learners["a1"]
    page = _client(world.nominators["a"]).get(reverse("lms:learner_detail", args=[a1.pk])).content.decode()
    assert a1.national_id not in page and a1.national_id[-4:] in page
    assert a1.date_of_birth.strftime("%d/%m/%Y") not in page


def test_organizer_cannot_see_another_units_learner(world):
    b1 = world.learners["b1"]
    assert _client(world.organizers["a"]).get(reverse("lms:learner_detail", args=[b1.pk])).status_code == 404
    assert _client(world.learners["a1"].user).get(reverse("lms:learner_detail", args=[b1.pk])).status_code == 403


def test_audit_log_shows_only_entries_in_scope(world):
    _client(world.organizers["a"]).get(reverse("lms:learner_detail", args=[world.learners["a1"].pk]))
    _client(world.organizers["b"]).get(reverse("lms:learner_detail", args=[world.learners["b1"].pk]))
    page_a = _client(world.organizers["a"]).get(reverse("lms:audit_log")).content.decode()
    assert "Lê Thị An" in page_a and "Đỗ Thị Chi" not in page_a
    assert _client(world.learners["a1"].user).get(reverse("lms:audit_log")).status_code == 403


def test_learner_downloads_own_data_as_json_and_csv(world):
    a1 = world.learners["a1"]
    client = _client(a1.user)
    data = json.loads(client.get(reverse("lms:my_data") + "?format=json").content)
    assert data["profile"]["national_id"] == a1.national_id
    assert data["profile"]["phone"] == a1.phone
    assert world.learners["b1"].phone not in json.dumps(data)
    response = client.get(reverse("lms:my_data") + "?format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert ["profile", "phone", a1.phone] in rows
    assert PersonalDataAccess.objects.filter(subject=a1.user, action=AuditAction.EXPORTED).count() == 2
    # Another format is refused before anything is read or logged (it used to be written into the log as sent).
    assert client.get(reverse("lms:my_data") + "?format=x%00ml").status_code == 400
    assert PersonalDataAccess.objects.filter(subject=a1.user, action=AuditAction.EXPORTED).count() == 2


def test_deleting_a_person_keeps_the_log(world):
    a1 = world.learners["a1"]
    _client(world.organizers["a"]).get(reverse("lms:learner_detail", args=[a1.pk]))
    a1.user.delete()
    entry = PersonalDataAccess.objects.get()
    assert entry.subject is None and entry.subject_name == "Lê Thị An"


def test_worker_logs_in_with_a_phone_number_in_any_format(world):
    a1 = world.learners["a1"]
    a1.user.set_password("mat-khau-cua-an")
    a1.user.save()
    local = "0" + a1.phone[1:4] + " " + a1.phone[4:7] + " " + a1.phone[7:]
    for typed in (a1.phone, "+84" + a1.phone[1:], local):
        client = Client()
        response = client.post(reverse("lms:login"), {"username": typed, "password": "mat-khau-cua-an"})
        assert response.status_code == 302, typed
    response = Client().post(reverse("lms:login"), {"username": a1.phone, "password": "sai"})
    assert response.status_code == 200 and "errors" in response.content.decode()


def test_organizer_edits_a_profile_with_clear_errors_and_an_audit_entry(world):
    a1 = world.learners["a1"]
    client = _client(world.organizers["a"])
    url = reverse("lms:learner_edit", args=[a1.pk])
    form = {
        "full_name": "Lê Thị  An",
        "date_of_birth": "20/05/1995",
        "gender": "female",
        "phone": "+84 977 111 222",
        "national_id": a1.national_id,
        "job": "Tổ trưởng",
        "education_level": "upper_secondary",
        "party_status": "non_member",
        "awareness_certificate_date": "15/03/2022",  # on paper, before the platform
    }
    assert client.post(url, form).status_code == 302
    a1.refresh_from_db()
    assert a1.phone == "0977111222" and a1.job == "Tổ trưởng" and a1.user.full_name == "Lê Thị An"
    assert a1.awareness_certificate_date.strftime("%d/%m/%Y") == "15/03/2022"
    assert "15/03/2022" in client.get(reverse("lms:learner_detail", args=[a1.pk])).content.decode()
    future = client.post(url, form | {"awareness_certificate_date": "15/03/2099"})
    assert future.status_code == 200 and "Ngày này chưa đến" in future.content.decode()
    assert PersonalDataAccess.objects.filter(action=AuditAction.CHANGED, subject=a1.user).exists()
    bad = client.post(url, form | {"phone": world.learners["a2"].phone, "national_id": "123"})
    assert bad.status_code == 200
    page = bad.content.decode()
    assert "số điện thoại" in page.lower() or "phone" in page.lower()
    a1.refresh_from_db()
    assert a1.phone == "0977111222"  # nothing lost, nothing half-written


def test_organizer_sets_a_password_for_an_imported_worker(world):
    a1 = world.learners["a1"]
    client = _client(world.organizers["a"])
    response = client.post(reverse("lms:learner_edit", args=[a1.pk]), {"password": "123"})
    assert response.status_code == 200  # too short / numeric: refused with the reasons
    response = client.post(reverse("lms:learner_edit", args=[a1.pk]), {"password": "an-hoc-tap-2026"})
    assert response.status_code == 302
    assert Client().post(reverse("lms:login"), {"username": a1.phone, "password": "an-hoc-tap-2026"}).status_code == 302
