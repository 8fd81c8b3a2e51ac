"""Activation codes: a worker imported without a password gets a printed one-time code from an organizer of their
zone, and with their phone number and that code chooses their own password."""

import csv
import datetime
import re
from datetime import timedelta

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from lms.models import ActivationCode, PersonalDataAccess
from lms.roles import Role
from lms.selectors import activation_candidates, enterprises_for_activation
from lms.services import ProfileData, learner_create
from lms.services.activation import (
    ALPHABET,
    ActivationRefused,
    activation_code_redeem,
    activation_codes_issue,
    new_batch,
)
from lms.services.roles import role_group

pytestmark = pytest.mark.django_db

OWN = "Hoa-sen-no-giua-dong"
CODE_RE = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")


def _imported(enterprise, phone: str, name: str = "Phan Thị Thu"):
    """A worker as a roster import leaves them: a profile and an account with no usable password."""
    data = ProfileData(full_name=name, date_of_birth=datetime.date(1998, 3, 14), gender="female", phone=phone)
    return learner_create(actor=None, enterprise=enterprise, data=data)


def _issue(world, *profiles, unit="a"):
    return activation_codes_issue(actor=world.organizers[unit], profiles=profiles, batch=new_batch())


def _sheet_codes(html: str) -> list[str]:
    return re.findall(r'<dd class="code">([^<]+)</dd>', html)


def test_issued_codes_are_printable_and_only_a_keyed_hash_is_stored(world):
    worker = _imported(world.enterprises["a"], "0911000001")
    [issued] = _issue(world, worker)

    assert CODE_RE.match(issued.code) and issued.phone == "0911000001" and issued.full_name == "Phan Thị Thu"
    stored = ActivationCode.objects.get(user=worker.user)
    assert issued.code.replace("-", "") not in stored.code_hash and len(stored.code_hash) == 64
    assert stored.issued_by == world.organizers["a"] and stored.used_at is None
    assert PersonalDataAccess.objects.filter(subject=worker.user, detail="activation code").count() == 1


def test_a_worker_activates_with_phone_and_code_in_any_spelling_and_is_logged_in(world, client):
    worker = _imported(world.enterprises["a"], "0911000002")
    [issued] = _issue(world, worker)

    response = client.post(
        reverse("lms:activation"),
        {
            "phone": "+84 911 000 002",
            "code": issued.code.lower().replace("-", " "),
            "password1": OWN,
            "password2": OWN,
        },
    )

    assert response.status_code == 302 and response.url == reverse("courses:learner_home")
    assert client.get(reverse("courses:learner_home")).context["user"] == worker.user
    worker.user.refresh_from_db()
    assert worker.user.check_password(OWN) and not worker.user.must_change_password
    assert authenticate(username="0911000002", password=OWN) == worker.user
    assert ActivationCode.objects.get(user=worker.user).used_at is not None
    with pytest.raises(ActivationRefused):  # spent
        activation_code_redeem(phone="0911000002", code=issued.code, password="Mot-mat-khau-khac-2026")


def test_wrong_codes_unknown_phones_and_expired_codes_get_one_message_in_vietnamese(world, client):
    worker = _imported(world.enterprises["a"], "0911000003")
    [issued] = _issue(world, worker)
    url = reverse("lms:activation")
    wrong = "AAAA-AAAA" if issued.code != "AAAA-AAAA" else "BBBB-BBBB"
    answers = [
        client.post(url, {"phone": "0911000003", "code": wrong, "password1": OWN, "password2": OWN}),
        client.post(url, {"phone": "0999999999", "code": issued.code, "password1": OWN, "password2": OWN}),
    ]
    long_ago = timezone.now() - timedelta(days=60)
    ActivationCode.objects.filter(user=worker.user).update(
        created_at=long_ago, expires_at=long_ago + timedelta(days=30)
    )
    answers.append(client.post(url, {"phone": "0911000003", "code": issued.code, "password1": OWN, "password2": OWN}))

    for response in answers:
        assert response.status_code == 200
        assert "Số điện thoại và mã kích hoạt" in response.content.decode()
    worker.user.refresh_from_db()
    assert not worker.user.has_usable_password()
    assert "_auth_user_id" not in client.session


def test_a_code_stops_working_after_too_many_wrong_tries(world, settings):
    worker = _imported(world.enterprises["a"], "0911000004")
    [issued] = _issue(world, worker)
    wrong = "AAAA-AAAA" if issued.code != "AAAA-AAAA" else "BBBB-BBBB"
    for _ in range(settings.ACTIVATION_MAX_ATTEMPTS):
        with pytest.raises(ActivationRefused):
            activation_code_redeem(phone="0911000004", code=wrong, password=OWN)

    with pytest.raises(ActivationRefused):
        activation_code_redeem(phone="0911000004", code=issued.code, password=OWN)
    assert ActivationCode.objects.get(user=worker.user).failed_attempts == settings.ACTIVATION_MAX_ATTEMPTS + 1


def test_a_weak_password_is_refused_with_reasons_and_the_code_is_kept(world, client):
    worker = _imported(world.enterprises["a"], "0911000005")
    [issued] = _issue(world, worker)
    url = reverse("lms:activation")

    weak = client.post(url, {"phone": "0911000005", "code": issued.code, "password1": "123", "password2": "123"})
    differ = client.post(url, {"phone": "0911000005", "code": issued.code, "password1": OWN, "password2": OWN + "x"})

    assert weak.status_code == 200 and weak.context["form"].errors["password1"]
    assert "Mật khẩu quá ngắn. Nó phải chứa ít nhất 8 ký tự." in weak.content.decode()  # in Vietnamese
    assert all("password" not in message.lower() for message in weak.context["form"].errors["password1"])
    assert "Hai mật khẩu" in differ.content.decode()
    assert ActivationCode.objects.get(user=worker.user).failed_attempts == 0
    assert activation_code_redeem(phone="0911000005", code=issued.code, password=OWN) == worker.user


def test_an_inactive_account_cannot_be_activated(world):
    worker = _imported(world.enterprises["a"], "0911000006")
    [issued] = _issue(world, worker)
    worker.user.is_active = False
    worker.user.save()
    with pytest.raises(ActivationRefused):
        activation_code_redeem(phone="0911000006", code=issued.code, password=OWN)


def test_a_new_code_replaces_the_unused_one(world):
    worker = _imported(world.enterprises["a"], "0911000007")
    [first] = _issue(world, worker)
    [second] = _issue(world, worker)

    assert ActivationCode.objects.filter(user=worker.user).count() == 1
    with pytest.raises(ActivationRefused):
        activation_code_redeem(phone="0911000007", code=first.code, password=OWN)
    assert activation_code_redeem(phone="0911000007", code=second.code, password=OWN) == worker.user


def test_a_code_lets_a_worker_who_forgot_the_password_choose_a_new_one(world):
    profile = world.learners["a1"]  # has a password
    [issued] = _issue(world, profile)
    assert profile.user.__class__.objects.get(pk=profile.user.pk).check_password("pw-for-tests")  # still works
    activation_code_redeem(phone=profile.phone, code=issued.code, password=OWN)
    assert authenticate(username="learner_a1", password=OWN) == profile.user


def test_only_organizers_of_the_workers_zone_issue_codes(world):
    worker_b = _imported(world.enterprises["b"], "0911000008")
    for actor in (world.organizers["a"], world.nominators["b"], world.instructors["b"], world.learners["b1"].user):
        with pytest.raises(PermissionDenied):
            activation_codes_issue(actor=actor, profiles=[worker_b], batch=new_batch())
    assert not ActivationCode.objects.exists()
    assert [e.pk for e in enterprises_for_activation(world.organizers["a"])] == [world.enterprises["a"].pk]


def test_organizer_issues_a_sheet_for_an_enterprise_once_per_form(world):
    waiting = [_imported(world.enterprises["a"], f"091100010{i}", f"Nguyễn Văn {name}") for i, name in enumerate("ABC")]
    organizer = Client()
    organizer.force_login(world.organizers["a"])
    page = organizer.get(reverse("lms:activation_codes"))
    assert page.status_code == 200
    batch = page.context["form"]["batch"].value()
    row = {e.pk: e for e in page.context["enterprises"]}[world.enterprises["a"].pk]
    assert (row.learner_count, row.waiting_count, row.open_code_count) == (5, 3, 0)
    # A staff member imported with the workers is counted among them but never waits for a code.
    staff = _imported(world.enterprises["a"], "0911000109", "Ngô Văn Cán Bộ")
    staff.user.groups.add(role_group(Role.INSTRUCTOR))
    row = {e.pk: e for e in enterprises_for_activation(world.organizers["a"])}[world.enterprises["a"].pk]
    assert (row.learner_count, row.waiting_count) == (6, 3)
    assert staff not in activation_candidates(enterprise=world.enterprises["a"])

    form = {"enterprise": world.enterprises["a"].pk, "who": "waiting", "batch": batch}
    first = organizer.post(reverse("lms:activation_codes"), form, follow=True)
    again = organizer.post(reverse("lms:activation_codes"), form, follow=True)  # a reload or a second tap

    codes = _sheet_codes(first.content.decode())
    assert len(codes) == 3 and all(CODE_RE.match(code) for code in codes)
    assert _sheet_codes(again.content.decode()) == codes
    assert ActivationCode.objects.count() == 3
    for profile, code in zip(sorted(waiting, key=lambda p: p.user.full_name), codes, strict=True):
        assert activation_code_redeem(phone=profile.phone, code=code, password=OWN) == profile.user


def test_the_sheet_shows_only_to_the_organizer_who_issued_it(world):
    worker = _imported(world.enterprises["a"], "0911000201")
    issuer, other = Client(), Client()
    issuer.force_login(world.organizers["a"])
    other.force_login(world.organizers["b"])
    batch = new_batch()

    response = issuer.post(reverse("lms:activation_code_for_learner", args=[worker.pk]), {"batch": batch})
    sheet_url = reverse("lms:activation_sheet", args=[batch])
    assert response.url == sheet_url
    assert len(_sheet_codes(issuer.get(sheet_url).content.decode())) == 1

    stolen = other.get(sheet_url)
    assert stolen.status_code == 302 and stolen.url == reverse("lms:activation_codes")


def test_organizer_cannot_issue_for_another_units_worker_and_other_roles_are_refused(world, client):
    worker_b = _imported(world.enterprises["b"], "0911000301")
    organizer_a = Client()
    organizer_a.force_login(world.organizers["a"])

    by_learner = organizer_a.post(
        reverse("lms:activation_code_for_learner", args=[worker_b.pk]), {"batch": new_batch()}
    )
    by_enterprise = organizer_a.post(
        reverse("lms:activation_codes"), {"enterprise": world.enterprises["b"].pk, "who": "all", "batch": new_batch()}
    )
    assert by_learner.status_code == 404
    assert by_enterprise.status_code == 200 and by_enterprise.context["form"].errors["enterprise"]
    assert not ActivationCode.objects.exists()

    nominator = Client()
    nominator.force_login(world.nominators["b"])
    assert nominator.get(reverse("lms:activation_codes")).status_code == 403
    assert nominator.post(reverse("lms:activation_code_for_learner", args=[worker_b.pk]), {}).status_code == 403
    assert client.get(reverse("lms:activation_codes")).status_code == 302  # anonymous: to the login page


@override_settings(ACTIVATION_RATE_LIMIT=(3, 600))
def test_the_redeem_form_is_rate_limited_per_client(world, client, rate_limit_clock):
    url = reverse("lms:activation")
    answers = [
        client.post(url, {"phone": "0911000401", "code": "AAAA-AAAA", "password1": OWN, "password2": OWN}).status_code
        for _ in range(4)
    ]
    assert answers == [200, 200, 200, 429]
    assert client.get(url).status_code == 200  # reading the form is not counted


def test_the_command_writes_the_codes_to_a_new_csv_file(world, tmp_path):
    workers = [_imported(world.enterprises["a"], f"091100050{i}", f"Trần Văn {i}") for i in range(2)]
    out = tmp_path / "ma.csv"

    call_command("issue_activation_codes", "--enterprise", world.enterprises["a"].tax_code, "--out", str(out))

    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["Họ và tên", "Số điện thoại"] and len(rows) == 3
    for row in rows[1:]:
        profile = next(w for w in workers if w.phone == row[1])
        assert activation_code_redeem(phone=row[1], code=row[3], password=OWN) == profile.user
    with pytest.raises(CommandError, match="đã có"):
        call_command("issue_activation_codes", "--enterprise", world.enterprises["a"].tax_code, "--out", str(out))
    with pytest.raises(CommandError, match="mã số thuế"):
        call_command("issue_activation_codes", "--enterprise", "0000", "--out", str(tmp_path / "x.csv"))


def test_issuing_is_refused_whole_when_one_worker_is_out_of_scope(world):
    inside = _imported(world.enterprises["a"], "0911000601")
    outside = _imported(world.enterprises["b"], "0911000602")
    with pytest.raises(PermissionDenied):
        activation_codes_issue(actor=world.organizers["a"], profiles=[inside, outside], batch=new_batch())
    assert not ActivationCode.objects.exists()


def test_redeeming_validates_the_password_against_the_workers_own_details(world):
    worker = _imported(world.enterprises["a"], "0911000701", "Hoàng Minh Khôi")
    [issued] = _issue(world, worker)
    with pytest.raises(ValidationError):
        activation_code_redeem(phone="0911000701", code=issued.code, password="0911000701")  # their own number


def test_no_code_and_no_password_reset_for_an_account_that_holds_a_staff_role(world):
    """An organizer must not be able to take over another staff member's account through its learner profile."""
    from lms.services import learner_set_password
    from tests.factories import LearnerProfileFactory

    colleague = LearnerProfileFactory(enterprise=world.enterprises["a"], user=world.instructors["a"])
    superuser = _imported(world.enterprises["a"], "0911000801")
    superuser.user.is_superuser = True
    superuser.user.save()
    worker = _imported(world.enterprises["a"], "0911000802")

    for profile in (colleague, superuser):
        with pytest.raises(PermissionDenied):
            _issue(world, profile)
        with pytest.raises(PermissionDenied):
            learner_set_password(actor=world.organizers["a"], profile=profile, password=OWN)
    assert not ActivationCode.objects.exists()

    organizer = Client()
    organizer.force_login(world.organizers["a"])
    page = organizer.get(reverse("lms:learner_detail", args=[colleague.pk])).content.decode()
    assert reverse("lms:activation_code_for_learner", args=[colleague.pk]) not in page
    refused = organizer.post(reverse("lms:activation_code_for_learner", args=[colleague.pk]), {"batch": new_batch()})
    assert refused.status_code == 403
    # The enterprise-wide sheet leaves the staff accounts out and serves the workers.
    form = {"enterprise": world.enterprises["a"].pk, "who": "all", "batch": new_batch()}
    sheet = organizer.post(reverse("lms:activation_codes"), form, follow=True).content.decode()
    assert "0911000802" in sheet and "0911000801" not in sheet and colleague.phone not in sheet
    assert ActivationCode.objects.filter(user=worker.user).exists()
