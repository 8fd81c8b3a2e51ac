"""Public certificate verification: the selector, the QR page, the number + date of birth lookup, the rate limits
(lms.ratelimit) and the verify_certificate command."""

import datetime as dt
import io
import re
import unicodedata
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments.models import Certificate, CertificateStatus
from assessments.selectors.verification import (
    certificate_by_code,
    certificate_by_number,
    certificate_public_facts,
    reference_key,
    verification_status,
)
from lms.ratelimit import client_ip, rate_limit_hit

pytestmark = pytest.mark.django_db

DOB = dt.date(1995, 5, 20)
TODAY = dt.date(2026, 6, 1)
CODE = "Qx7vR2mK9pLs4TzW8nYb"


def make_certificate(world, *, unit="a", learner="a1", number=123, code=CODE, **fields) -> Certificate:
    values = {
        "code": code,
        "organizing_unit": world.units[unit],
        "series": "GCN-NTĐ",
        "year": 2026,
        "number": number,
        "reference": f"{number:04d}/GCN-NTĐ/2026",
        "learner": world.learners[learner].user,
        "cohort": world.cohorts[unit],
        "full_name": "Lê Thị An",
        "date_of_birth": DOB,
        "enterprise": "Công ty May Sao Mai",
        "course_title": "Lớp bồi dưỡng nhận thức về Đảng",
        "programme_kind": "awareness",
        "cohort_code": world.cohorts[unit].code,
        "studied_from": dt.date(2026, 3, 2),
        "studied_to": dt.date(2026, 4, 30),
        "score": Decimal("8.75"),
        "band": "good",
        "issuing_body": "Trung tâm Chính trị huyện Chơn Thành",
        "issued_on": dt.date(2026, 5, 15),
        "valid_until": dt.date(2031, 5, 15),
    }
    values.update(fields)
    return Certificate.objects.create(**values)


def english() -> Client:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def verify_url(code: str = CODE) -> str:
    return reverse("assessments:certificate_verify", kwargs={"code": code})


LOOKUP = "/xac-minh/"


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


# The selector


def test_status_for_each_case(world):
    valid = make_certificate(world)
    assert verification_status(valid, TODAY) == "valid"
    assert verification_status(valid, dt.date(2031, 5, 15)) == "valid"  # the last day still counts
    assert verification_status(valid, dt.date(2031, 5, 16)) == "expired"
    valid.status = CertificateStatus.SUPERSEDED
    assert verification_status(valid, dt.date(2031, 5, 16)) == "superseded"
    valid.status, valid.revoked_at = CertificateStatus.REVOKED, timezone.now()
    assert verification_status(valid, TODAY) == "revoked"
    assert verification_status(make_certificate(world, code="x2", number=2, learner="a2", valid_until=None)) == "valid"


def test_by_code_is_exact(world):
    make_certificate(world)
    assert certificate_by_code(CODE).code == CODE
    assert certificate_by_code(CODE.lower()) is None
    assert certificate_by_code(CODE[:-1] + "c") is None
    assert certificate_by_code("") is None
    assert certificate_by_code("x" * 500) is None


@pytest.mark.parametrize(
    "typed",
    [
        "0123/GCN-NTĐ/2026",
        " 0123 / GCN - NTĐ / 2026 ",
        "0123/gcn-ntđ/2026",
        "123/GCN-NTĐ/2026",
        "0123/GCN-NTD/2026",
        "123/gcn-ntd/2026",
        "0123/GCN–NTĐ/2026",  # an en dash from a phone keyboard
        unicodedata.normalize("NFD", "0123/GCN-NTĐ/2026"),
    ],
)
def test_by_number_tolerates_spaces_case_zeros_and_d(world, typed):
    certificate = make_certificate(world)
    assert certificate_by_number(typed, DOB) == certificate


def test_by_number_needs_the_exact_date_of_birth_and_the_whole_number(world):
    make_certificate(world)
    assert certificate_by_number("0123/GCN-NTĐ/2026", dt.date(1995, 5, 21)) is None
    assert certificate_by_number("0123/GCN-NTĐ/2025", DOB) is None
    assert certificate_by_number("0124/GCN-NTĐ/2026", DOB) is None
    assert certificate_by_number("0123/GCN-DVM/2026", DOB) is None
    assert certificate_by_number("", DOB) is None


def test_the_same_number_from_two_bodies_is_not_guessed(world):
    make_certificate(world)
    assert certificate_by_number("0123/GCN-NTĐ/2026", DOB) is not None
    make_certificate(world, unit="b", learner="b1", code="other-body-code")
    assert certificate_by_number("0123/GCN-NTĐ/2026", DOB) is None
    # A different date of birth tells them apart again.
    Certificate.objects.filter(code="other-body-code").update(date_of_birth=dt.date(1990, 1, 1))
    assert certificate_by_number("0123/GCN-NTĐ/2026", DOB).code == CODE


def test_reference_key():
    assert reference_key(" 0123 / gcn-ntđ / 2026") == reference_key("123/GCN-NTD/2026") == "123/GCN-NTD/2026"


def test_public_facts_hold_nothing_personal_beyond_the_name(world):
    facts = certificate_public_facts(make_certificate(world), TODAY)
    held = set(vars(facts))
    assert held == {
        "status",
        "full_name",
        "course_title",
        "issuing_body",
        "reference",
        "issued_on",
        "valid_until",
        "revoked_on",
    }


# The QR page


def test_valid_certificate_page(world):
    make_certificate(world)
    response = english().get(verify_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-status="valid"' in html
    for text in (
        "Lê Thị An",
        "Lớp bồi dưỡng nhận thức về Đảng",
        "0123/GCN-NTĐ/2026",
        "15/05/2026",
        "Trung tâm Chính trị huyện Chơn Thành",
        "15/05/2031",
    ):
        assert text in html
    assert "valid until 15/05/2031" in html


def test_public_headers_and_no_login(world):
    make_certificate(world)
    for url in (verify_url(), verify_url("not-a-code"), LOOKUP):
        response = Client().get(url)
        assert response["Cache-Control"] == "no-store"
        assert response["X-Robots-Tag"] == "noindex"
        assert response["Referrer-Policy"] == "no-referrer"
        assert "/dang-nhap/" not in response.get("Location", "")


def test_the_page_shows_nothing_else_personal(world):
    certificate = make_certificate(world, revocation_reason="")
    html = Client().get(verify_url()).content.decode()
    for hidden in ("20/05/1995", "1995-05-20", "20.05.1995", "1995", "Sao Mai", "8,75", "8.75", "good"):
        assert hidden not in html, hidden
    assert certificate.cohort_code not in html


def test_revoked_shows_the_date_and_not_the_reason(world):
    revoked_at = dt.datetime(2026, 5, 31, 20, 0, tzinfo=dt.UTC)  # 1 June in Vietnam
    make_certificate(world, status=CertificateStatus.REVOKED, revoked_at=revoked_at, revocation_reason="Khai man hồ sơ")
    response = english().get(verify_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-status="revoked"' in html
    assert "revoked by the issuing body on 01/06/2026" in html
    assert "Khai man" not in html


def test_expired(world):
    make_certificate(world, issued_on=dt.date(2020, 1, 10), valid_until=dt.date(2025, 1, 10))
    html = english().get(verify_url()).content.decode()
    assert 'data-status="expired"' in html
    assert "valid only until 10/01/2025" in html


def test_superseded_says_a_newer_one_exists_without_its_code(world):
    old = make_certificate(world, status=CertificateStatus.SUPERSEDED)
    make_certificate(world, code="NEWER-secret-code-42", number=124, replaces=old)
    html = english().get(verify_url()).content.decode()
    assert 'data-status="superseded"' in html
    assert "replaced by a newer certificate" in html
    assert "NEWER-secret-code-42" not in html
    assert "0124/GCN-NTĐ/2026" not in html
    assert 'data-status="valid"' in english().get(verify_url("NEWER-secret-code-42")).content.decode()


def test_a_changed_code_is_a_clear_not_found(world):
    make_certificate(world)
    tampered = CODE[:5] + ("A" if CODE[5] != "A" else "B") + CODE[6:]
    response = english().get(verify_url(tampered))
    assert response.status_code == 404
    html = response.content.decode()
    assert 'data-state="not_found"' in html
    assert "No certificate found" in html
    assert "Lê Thị An" not in html
    assert 'action="/xac-minh/"' in html  # offers the lookup by number


# The lookup by number and date of birth


def test_lookup_form_is_public(world):
    response = Client().get(LOOKUP)
    assert response.status_code == 200
    assert 'name="number"' in response.content.decode()
    assert 'name="date_of_birth"' in response.content.decode()


@pytest.mark.parametrize(
    ("number", "dob"),
    [
        ("0123/GCN-NTĐ/2026", "20/05/1995"),
        ("  123 / gcn-ntd / 2026 ", "20/5/1995"),
        ("0123/gcn-ntđ/2026", "20-05-1995"),
    ],
)
def test_lookup_finds_the_certificate(world, number, dob):
    make_certificate(world)
    response = Client().post(LOOKUP, {"number": number, "date_of_birth": dob})
    assert response.status_code == 302
    assert response["Location"] == verify_url()
    assert response["Referrer-Policy"] == "no-referrer"


def test_wrong_date_of_birth_and_unknown_number_answer_alike(world):
    make_certificate(world)
    client = english()
    wrong_dob = client.post(LOOKUP, {"number": "0123/GCN-NTĐ/2026", "date_of_birth": "21/05/1995"})
    unknown = client.post(LOOKUP, {"number": "0999/GCN-NTĐ/2026", "date_of_birth": "20/05/1995"})
    assert wrong_dob.status_code == unknown.status_code == 404
    assert "No certificate matches these details" in wrong_dob.content.decode()

    def neutral(response) -> str:  # the form echoes what was typed; everything else must be the same
        html = without_csrf(response.content.decode())
        return re.sub(r'(name="(?:number|date_of_birth)"[^>]*?) value="[^"]*"', r"\1", html)

    assert neutral(wrong_dob) == neutral(unknown)


def test_the_answer_does_not_depend_on_whether_the_number_exists(world):
    certificate = make_certificate(world)
    typed = {"number": "0123/GCN-NTĐ/2026", "date_of_birth": "01/01/1990"}
    client = Client()
    with CaptureQueriesContext(connection) as exists:
        number_exists = client.post(LOOKUP, typed)
    Certificate.objects.filter(pk=certificate.pk).update(number=999, reference="0999/GCN-NTĐ/2026")
    with CaptureQueriesContext(connection) as missing:
        number_missing = client.post(LOOKUP, typed)
    assert number_exists.status_code == number_missing.status_code == 404
    assert without_csrf(number_exists.content.decode()) == without_csrf(number_missing.content.decode())
    assert len(exists.captured_queries) == len(missing.captured_queries)


def test_a_badly_typed_date_is_a_form_error_not_a_lookup(world):
    make_certificate(world)
    response = english().post(LOOKUP, {"number": "0123/GCN-NTĐ/2026", "date_of_birth": "1995/20/05"})
    assert response.status_code == 200
    assert "Enter the date as day/month/year" in response.content.decode()


# Rate limits


@override_settings(VERIFY_RATE_LIMIT=(3, 60))
def test_the_qr_page_is_rate_limited_per_address(world, rate_limit_clock):
    make_certificate(world)
    client = english()
    assert [client.get(verify_url()).status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get(verify_url("guess"))
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["Cache-Control"] == "no-store"
    assert 'data-state="limited"' in refused.content.decode()
    assert "Lê Thị An" not in client.get(verify_url()).content.decode()
    assert Client(REMOTE_ADDR="10.0.0.2").get(verify_url()).status_code == 200


@override_settings(LOOKUP_RATE_LIMIT=(2, 600))
def test_the_lookup_is_rate_limited_on_submissions(world, rate_limit_clock):
    make_certificate(world)
    client = Client()
    wrong = {"number": "0123/GCN-NTĐ/2026", "date_of_birth": "01/01/1990"}
    assert [client.post(LOOKUP, wrong).status_code for _ in range(2)] == [404, 404]
    right = {"number": "0123/GCN-NTĐ/2026", "date_of_birth": "20/05/1995"}
    refused = client.post(LOOKUP, right)
    assert refused.status_code == 429  # even the right answer, once over the limit
    assert 1 <= int(refused["Retry-After"]) <= 600
    assert client.get(LOOKUP).status_code == 200  # showing the form is not counted


@override_settings(VERIFY_RATE_LIMIT=None)
def test_a_limit_can_be_switched_off(world):
    client = Client()
    assert {client.get(verify_url("x")).status_code for _ in range(40)} == {404}


def test_fixed_window_counter():
    hit = [rate_limit_hit("1.2.3.4", scope="t", limit=2, window=60, now=120.5 + i) for i in range(3)]
    assert [result.allowed for result in hit] == [True, True, False]
    assert hit[2].retry_after == 58
    assert rate_limit_hit("1.2.3.4", scope="t", limit=2, window=60, now=180.0).allowed  # the next window
    assert rate_limit_hit("5.6.7.8", scope="t", limit=2, window=60, now=123.0).allowed  # another client
    assert rate_limit_hit("1.2.3.4", scope="other", limit=2, window=60, now=123.0).allowed  # another scope


def test_client_address():
    factory = RequestFactory()
    assert client_ip(factory.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="1.1.1.1")) == "203.0.113.9"
    assert client_ip(factory.get("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")) == "2001:db8:1:2::/64"
    assert client_ip(factory.get("/", REMOTE_ADDR="::ffff:198.51.100.7")) == "198.51.100.7"
    with override_settings(RATE_LIMIT_TRUSTED_PROXIES=1):
        behind = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
        assert client_ip(behind) == "198.51.100.7"  # the spoofable left part is ignored
        assert client_ip(factory.get("/", REMOTE_ADDR="10.0.0.1")) == "10.0.0.1"


# The command


def run(*args) -> str:
    out = io.StringIO()
    call_command("verify_certificate", *args, stdout=out)
    return out.getvalue()


def test_command_with_a_code_and_with_the_address(world):
    make_certificate(world)
    by_code = run(CODE, "--lang", "en")
    assert "Status: Valid" in by_code
    for text in ("Lê Thị An", "0123/GCN-NTĐ/2026", "15/05/2026", "15/05/2031", "Trung tâm Chính trị huyện Chơn Thành"):
        assert text in by_code
    assert "20/05/1995" not in by_code and "Sao Mai" not in by_code
    for address in (
        f"https://lms.example.vn{verify_url()}",
        f"https://lms.example.vn{verify_url()}?utm=qr#top",
        f"lms.example.vn{verify_url()}",
        verify_url(),
    ):
        assert run(address, "--lang", "en") == by_code


def test_command_prints_a_revocation(world):
    make_certificate(world, status=CertificateStatus.REVOKED, revoked_at=dt.datetime(2026, 5, 2, 3, 0, tzinfo=dt.UTC))
    output = run(CODE, "--lang", "en")
    assert "Status: Revoked" in output
    assert "02/05/2026" in output


def test_command_fails_cleanly(world):
    make_certificate(world)
    with pytest.raises(CommandError, match="No certificate has the verification code"):
        run(CODE[:-1] + "0", "--lang", "en")
    with pytest.raises(CommandError, match="Not a certificate verification address"):
        run("https://lms.example.vn/hoc-tap/", "--lang", "en")
