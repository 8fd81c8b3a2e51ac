"""Issuing: eligibility, gap-free numbering, a snapshot that later edits do not touch, revocation, reissue, the
whole-class batch, and who may do what."""

import shutil
import subprocess
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from assessments.models import BatchState, Certificate, CertificateStatus, IssuanceBatch
from assessments.services.certificates import (
    certificate_issue,
    certificate_reissue,
    certificate_revoke,
    issuance_batch_run,
    issuance_batch_start,
)
from tests.assessments.certificate_fixtures import ISSUED_ON, graduates, passed  # noqa: F401  (fixture)
from tests.factories import LearnerProfileFactory

pytestmark = pytest.mark.django_db


def _text(certificate: Certificate) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    done = subprocess.run(
        ["pdftotext", "-layout", certificate.pdf.path, "-"], capture_output=True, check=True, text=True
    )
    return done.stdout


def test_numbers_follow_on_and_the_snapshot_holds_what_is_printed(world, graduates):
    first = certificate_issue(
        actor=world.organizers["a"], learner=graduates[0], cohort=world.cohorts["a"], today=ISSUED_ON
    )
    second = certificate_issue(actor=None, learner=graduates[1], cohort=world.cohorts["a"], today=ISSUED_ON)
    assert (first.reference, second.reference) == ("0001/GCN-NTĐ/2027", "0002/GCN-NTĐ/2027")
    assert first.valid_until == date(2032, 1, 20)  # 60 months
    assert (first.issuing_body, first.signer_name, first.place) == (
        "Trung tâm Chính trị A",
        "Phạm Văn Đức",
        "Chơn Thành",
    )
    assert first.full_name == graduates[0].get_full_name() and first.band == "good"
    assert len(first.code) >= 30 and first.code != second.code
    text = _text(first)
    assert graduates[0].get_full_name() in text and "0001/GCN-NTĐ/2027" in text


def test_issuing_one_certificate_stays_within_its_query_budget(world, graduates, django_assert_max_num_queries):
    # The number's counter row exists after the first certificate; from then on: the class, the eligible result with
    # the learner's profile, the number (one UPDATE … RETURNING), the insert, the PDF's name, and the savepoints of
    # the transaction around the number and snapshot.
    certificate_issue(actor=None, learner=graduates[0], cohort=world.cohorts["a"], today=ISSUED_ON)
    with django_assert_max_num_queries(7) as queries:
        second = certificate_issue(actor=None, learner=graduates[1], cohort=world.cohorts["a"], today=ISSUED_ON)
    assert second.number == 2 and second.date_of_birth and second.enterprise
    sql = [query["sql"] for query in queries]
    assert not any('FROM "lms_learnerprofile"' in q for q in sql)  # joined into the eligibility query:
    assert any('JOIN "lms_learnerprofile"' in q for q in sql)


def test_later_edits_to_the_person_do_not_change_an_issued_certificate(world, graduates):
    certificate = certificate_issue(actor=None, learner=graduates[0], cohort=world.cohorts["a"], today=ISSUED_ON)
    before_name, before_pdf = certificate.full_name, certificate.pdf.read()
    profile = world.learners["a1"]
    profile.date_of_birth = date(1990, 1, 1)
    profile.save()
    graduates[0].full_name = "Tên Đã Đổi"
    graduates[0].save()
    certificate.refresh_from_db()
    assert certificate.full_name == before_name and certificate.date_of_birth != date(1990, 1, 1)
    certificate.pdf.open("rb")
    assert certificate.pdf.read() == before_pdf


def test_only_complete_passed_results_and_only_the_classes_organizer(world, graduates):
    stranger = LearnerProfileFactory(enterprise=world.enterprises["a"]).user
    passed(stranger, world.cohorts["a"]).delete()  # enrolled, no result
    with pytest.raises(ValidationError):
        certificate_issue(actor=None, learner=stranger, cohort=world.cohorts["a"])
    failed = LearnerProfileFactory(enterprise=world.enterprises["a"]).user
    assert not passed(failed, world.cohorts["a"], score="4.00").passed
    with pytest.raises(ValidationError):
        certificate_issue(actor=None, learner=failed, cohort=world.cohorts["a"])
    with pytest.raises(PermissionDenied):
        certificate_issue(actor=world.organizers["b"], learner=graduates[0], cohort=world.cohorts["a"])
    certificate_issue(actor=None, learner=graduates[0], cohort=world.cohorts["a"])
    with pytest.raises(ValidationError):  # already holds a valid one
        certificate_issue(actor=None, learner=graduates[0], cohort=world.cohorts["a"])


def test_the_database_allows_one_valid_certificate_per_class_and_unique_numbers(world, graduates):
    certificate = certificate_issue(actor=None, learner=graduates[0], cohort=world.cohorts["a"], today=ISSUED_ON)
    copy = Certificate.objects.get(pk=certificate.pk)
    copy.pk, copy.code, copy.number = None, "another-code", 99
    with pytest.raises(IntegrityError), transaction.atomic():
        copy.save()
    copy.learner, copy.number = graduates[1], certificate.number
    with pytest.raises(IntegrityError), transaction.atomic():
        copy.save()


def test_revoke_with_a_reason_and_reissue_with_a_new_number(world, graduates):
    organizer = world.organizers["a"]
    first = certificate_issue(actor=organizer, learner=graduates[0], cohort=world.cohorts["a"])
    with pytest.raises(ValidationError):
        certificate_revoke(actor=organizer, certificate=first, reason="  ")
    new = certificate_reissue(actor=organizer, certificate=first, reason="Sai chính tả họ tên")
    first.refresh_from_db()
    assert first.status == CertificateStatus.SUPERSEDED and new.replaces_id == first.pk
    assert new.number == first.number + 1 and new.status == CertificateStatus.VALID
    with pytest.raises(ValidationError):
        certificate_revoke(actor=organizer, certificate=first, reason="again")
    revoked = certificate_revoke(actor=organizer, certificate=new, reason="Hồ sơ không hợp lệ")
    assert revoked.status == CertificateStatus.REVOKED and revoked.revoked_at is not None
    assert Certificate.objects.count() == 2  # never deleted
    with pytest.raises(PermissionDenied):
        certificate_revoke(actor=world.organizers["b"], certificate=first, reason="x")


def test_a_whole_class_in_one_batch(world, graduates, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        batch = issuance_batch_start(actor=world.organizers["a"], cohort=world.cohorts["a"])
    batch.refresh_from_db()
    assert (batch.state, batch.total, batch.issued, batch.skipped) == (BatchState.DONE, 2, 2, 0)
    assert Certificate.objects.filter(cohort=world.cohorts["a"], status="valid").count() == 2
    again = IssuanceBatch.objects.create(cohort=world.cohorts["a"])
    assert issuance_batch_run(again).issued == 0  # nobody left to issue
    with pytest.raises(PermissionDenied):
        issuance_batch_start(actor=world.organizers["b"], cohort=world.cohorts["a"])


def test_the_screens(world, graduates, django_capture_on_commit_callbacks):
    organizer = Client()
    organizer.force_login(world.organizers["a"])
    page = reverse("assessments:cohort_certificates", args=[world.cohorts["a"].pk])
    assert graduates[0].get_full_name() in organizer.get(page).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the whole class, by the (immediate) task backend
        organizer.post(reverse("assessments:certificates_issue", args=[world.cohorts["a"].pk]))
    progress = organizer.get(reverse("assessments:issuance_progress", args=[world.cohorts["a"].pk])).json()
    assert progress == {"state": "done", "total": 2, "issued": 2, "skipped": 0, "done": True}
    certificate = Certificate.objects.get(learner=graduates[0])
    pdf = organizer.get(reverse("assessments:cohort_certificates_pdf", args=[world.cohorts["a"].pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    other = Client()
    other.force_login(world.organizers["b"])
    assert other.get(page).status_code == 404
    assert other.get(reverse("assessments:certificate_pdf", args=[certificate.pk])).status_code == 404
    learner = Client()
    learner.force_login(graduates[0])
    own = learner.get(reverse("assessments:my_certificate_pdf", args=[certificate.pk]))
    assert own.status_code == 200 and b"".join(own.streaming_content).startswith(b"%PDF")
    assert certificate.reference in learner.get(reverse("assessments:my_certificates")).content.decode()
    classmate = Client()
    classmate.force_login(graduates[1])
    assert classmate.get(reverse("assessments:my_certificate_pdf", args=[certificate.pk])).status_code == 404
    revoke = reverse("assessments:certificate_revoke", args=[certificate.pk])
    assert other.post(revoke, {"reason": "x"}).status_code == 404
    organizer.post(revoke, {"reason": "Sai ngày sinh"})
    assert Certificate.objects.get(pk=certificate.pk).status == CertificateStatus.REVOKED


def test_issue_certificates_command(world, graduates, capsys):
    with pytest.raises(Exception, match="NOPE"):
        call_command("issue_certificates", "--cohort", "NOPE")
    call_command("issue_certificates", "--cohort", world.cohorts["a"].code)
    out = capsys.readouterr().out
    assert "2 / 2" in out and "/GCN-NTĐ/" in out
