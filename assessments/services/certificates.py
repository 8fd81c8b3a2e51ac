"""Issuing certificates: eligibility (a complete, passed result) is decided elsewhere and only checked here;
numbers are gap-free per issuing body, series and year under any concurrency; what is printed is a snapshot taken
at issue time; certificates are revoked or superseded, never deleted."""

import secrets
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from assessments.certificate_pdf import render_certificate_pdf
from assessments.models import BatchState, Certificate, CertificateCounter, CertificateStatus, IssuanceBatch, Result
from courses.models import CERTIFIABLE_STATES, Cohort, CoursePage, Enrolment, ProgrammeKind
from courses.scope import cohorts_organizer_may_fill
from lms.dates import add_months
from lms.models import IssuingBodySettings, LearnerProfile, OrganizingUnit, User
from lms.text import nfc

SERIES_BY_PROGRAMME = {ProgrammeKind.AWARENESS: "NTĐ", ProgrammeKind.NEW_MEMBER: "ĐVM"}


def verification_url(certificate: Certificate) -> str:
    return settings.PUBLIC_BASE_URL + reverse("assessments:certificate_verify", args=[certificate.code])


def certificate_series(course: CoursePage) -> str:
    return "GCN-" + (course.certificate_code or SERIES_BY_PROGRAMME.get(course.programme_kind, "BD"))


def eligible_results(*, cohort: Cohort):
    """Results of the class's learners (with a seat, or completed when it closed), complete and passed, without a
    valid certificate yet."""
    holders = Certificate.objects.filter(cohort=cohort, status=CertificateStatus.VALID).values("learner_id")
    members = Enrolment.objects.filter(cohort=cohort, state__in=CERTIFIABLE_STATES).values("learner_id")
    return (
        Result.objects.filter(cohort=cohort, complete=True, passed=True, learner_id__in=members)
        .exclude(learner_id__in=holders)
        .select_related("learner")
        .order_by("learner__full_name", "learner_id")
    )


def _check_actor(actor: User | None, cohort: Cohort) -> None:
    if actor is not None and not cohorts_organizer_may_fill(actor).filter(pk=cohort.pk).exists():
        raise PermissionDenied


def _next_number(unit: OrganizingUnit, series: str, year: int) -> int:
    """Take the next number of the series: gap-free and never given twice.

    One ``UPDATE … RETURNING`` increments the counter row and keeps it locked until the caller's transaction ends
    (the ORM would need a locking SELECT and an UPDATE: two more round trips per certificate). The first number of a
    series creates the row; a worker that loses that race takes the next number from the winner's row."""
    table = connection.ops.quote_name(CertificateCounter._meta.db_table)
    increment = (
        f"UPDATE {table} SET last_number = last_number + 1 "  # noqa: S608 - the table name is the model's own
        "WHERE organizing_unit_id = %s AND series = %s AND year = %s RETURNING last_number"
    )
    for _attempt in range(2):
        with connection.cursor() as cursor:
            cursor.execute(increment, [unit.pk, series, year])
            row = cursor.fetchone()
        if row is not None:
            return row[0]
        try:
            with transaction.atomic():
                CertificateCounter.objects.create(organizing_unit=unit, series=series, year=year, last_number=1)
            return 1
        except IntegrityError:
            continue  # created by another worker meanwhile: increment that row
    raise RuntimeError(f"no certificate counter for {unit.pk}, {series}, {year}")


def _issuing_body_settings() -> IssuingBodySettings:
    site = Site.objects.filter(is_default_site=True).first()
    return IssuingBodySettings.for_site(site) if site else IssuingBodySettings()


#: What the issuing body prints, from its organizing unit, else from the site's issuing-body settings.
_ISSUER_FIELDS = ("parent_body", "signer_name", "signer_title", "place")


def _issuer(unit: OrganizingUnit) -> dict[str, str]:
    values = {name: getattr(unit, name) for name in _ISSUER_FIELDS}
    if not all(values.values()):  # the site's settings only when needed: two queries a certificate otherwise
        site = _issuing_body_settings()
        values = {name: value or getattr(site, name) for name, value in values.items()}
    return {name: nfc(value) for name, value in values.items()}


def _snapshot(*, learner: User, cohort: Cohort, result: Result, issued_on: date) -> dict:
    course = cohort.course.specific if not isinstance(cohort.course, CoursePage) else cohort.course
    try:
        profile = learner.learner_profile
    except LearnerProfile.DoesNotExist:
        profile = None
    months = course.certificate_validity_months
    return {
        "full_name": nfc(learner.get_full_name()),
        "date_of_birth": profile.date_of_birth if profile else None,
        "enterprise": nfc(profile.enterprise.name) if profile else "",
        "course_title": nfc(course.title),
        "programme_kind": course.programme_kind,
        "cohort_code": cohort.code,
        "studied_from": cohort.opens_on,
        "studied_to": cohort.closes_on,
        "score": result.score,
        "band": result.band,
        "issuing_body": nfc(cohort.organizing_unit.name),
        **_issuer(cohort.organizing_unit),
        "issued_on": issued_on,
        "valid_until": add_months(issued_on, months) if months else None,
    }


def certificate_pdf_ensure(certificate: Certificate) -> Certificate:
    """Render and store the certificate's PDF from its snapshot, if it has none yet."""
    if not certificate.pdf:
        pdf = render_certificate_pdf(certificate, verify_url=verification_url(certificate))
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)
    return certificate


def certificate_issue(
    *, actor: User | None, learner: User, cohort: Cohort, replaces: Certificate | None = None, today: date | None = None
) -> Certificate:
    """Issue one learner's certificate for a class (only with a complete, passed result): the number and the
    snapshot in one short transaction (the counter stays locked only that long, so several workers issue side by
    side), then the PDF. Should the PDF fail, the certificate stands and its PDF is made when first downloaded."""
    certificate = _certificate_create(actor=actor, learner=learner, cohort=cohort, replaces=replaces, today=today)
    return certificate_pdf_ensure(certificate)


@transaction.atomic
def _certificate_create(
    *, actor: User | None, learner: User, cohort: Cohort, replaces: Certificate | None = None, today: date | None = None
) -> Certificate:
    _check_actor(actor, cohort)
    cohort = Cohort.objects.select_related("course", "organizing_unit").get(pk=cohort.pk)
    if not cohort.organizing_unit.issues_certificates:
        raise ValidationError(_("%(unit)s does not issue certificates.") % {"unit": cohort.organizing_unit.name})
    result = (
        eligible_results(cohort=cohort)
        .filter(learner=learner)
        .select_related("learner__learner_profile__enterprise")  # read by the snapshot: no query of its own
        .first()
    )
    if result is None:
        raise ValidationError(
            _("%(name)s has no complete, passed result in this class, or already holds a valid certificate.")
            % {"name": learner.get_full_name()}
        )
    issued_on = today or timezone.localdate()
    series = certificate_series(cohort.course.specific)
    number = _next_number(cohort.organizing_unit, series, issued_on.year)
    certificate = Certificate.objects.create(
        code=secrets.token_urlsafe(24),
        organizing_unit=cohort.organizing_unit,
        series=series,
        year=issued_on.year,
        number=number,
        reference=f"{number:04d}/{series}/{issued_on.year}",
        learner=learner,
        cohort=cohort,
        issued_by=actor,
        replaces=replaces,
        **_snapshot(learner=result.learner, cohort=cohort, result=result, issued_on=issued_on),
    )
    return certificate


@transaction.atomic
def certificate_revoke(*, actor: User | None, certificate: Certificate, reason: str) -> Certificate:
    """Revoke with a reason; the certificate stays, and its verification page says it is revoked."""
    _check_actor(actor, certificate.cohort)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    reason = nfc(reason.strip())
    if not reason:
        raise ValidationError(_("Give the reason for the revocation."))
    if certificate.status != CertificateStatus.VALID:
        raise ValidationError(_("Only a valid certificate can be revoked."))
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at, certificate.revoked_by, certificate.revocation_reason = timezone.now(), actor, reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
    return certificate


@transaction.atomic
def certificate_reissue(*, actor: User | None, certificate: Certificate, reason: str) -> Certificate:
    """After an error (a misspelt name, a wrong date of birth corrected in the profile): a new certificate with a
    new number and today's data; the old one is marked superseded and points to nothing public."""
    _check_actor(actor, certificate.cohort)
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status != CertificateStatus.VALID:
        raise ValidationError(_("Only a valid certificate can be reissued."))
    reason = nfc(reason.strip())
    if not reason:
        raise ValidationError(_("Say what was wrong on the certificate."))
    old.status, old.revocation_reason = CertificateStatus.SUPERSEDED, reason
    old.revoked_at, old.revoked_by = timezone.now(), actor
    old.save(update_fields=["status", "revocation_reason", "revoked_at", "revoked_by"])
    return certificate_issue(actor=actor, learner=old.learner, cohort=old.cohort, replaces=old)


def _chunks(ids: list[int], parts: int) -> list[list[int]]:
    parts = max(1, min(parts, len(ids)))
    return [ids[n::parts] for n in range(parts)] if ids else []


def issuance_batch_start(*, actor: User | None, cohort: Cohort) -> IssuanceBatch:
    """Queue the issuance of every eligible learner's certificate, in `CERTIFICATE_BATCH_CHUNKS` tasks so that
    several workers share a big class; one batch per class at a time."""
    from assessments.tasks import issue_certificate_chunk  # the tasks module imports this one

    _check_actor(actor, cohort)
    running = IssuanceBatch.objects.filter(cohort=cohort, state__in=[BatchState.QUEUED, BatchState.RUNNING]).first()
    if running is not None:
        return running
    learner_ids = list(eligible_results(cohort=cohort).values_list("learner_id", flat=True))
    try:
        with transaction.atomic():
            batch = IssuanceBatch.objects.create(cohort=cohort, requested_by=actor, total=len(learner_ids))
            if not learner_ids:
                IssuanceBatch.objects.filter(pk=batch.pk).update(state=BatchState.DONE, finished_at=timezone.now())
                batch.refresh_from_db()
            for chunk in _chunks(learner_ids, settings.CERTIFICATE_BATCH_CHUNKS):
                transaction.on_commit(lambda chunk=chunk: issue_certificate_chunk.enqueue(batch.pk, chunk))
    except IntegrityError:  # two clicks at once: the other one started it
        return IssuanceBatch.objects.get(cohort=cohort, state__in=[BatchState.QUEUED, BatchState.RUNNING])
    return batch


def issuance_chunk_run(batch_id: int, learner_ids: list[int], *, progress=None) -> int:
    """Issue these learners' certificates one by one, each in its own transactions, counting progress on the batch
    as it goes; the chunk that brings the count to the total closes the batch. Memory stays flat."""
    batches = IssuanceBatch.objects.filter(pk=batch_id)
    batches.filter(state=BatchState.QUEUED).update(state=BatchState.RUNNING, started_at=timezone.now())
    batch = batches.select_related("cohort").get()
    issued = 0
    try:
        for done, learner_id in enumerate(learner_ids, start=1):
            try:
                certificate_issue(actor=None, learner=User.objects.get(pk=learner_id), cohort=batch.cohort)
                issued += 1
                batches.update(issued=F("issued") + 1)
            except ValidationError:  # issued by hand meanwhile, or the result changed
                batches.update(skipped=F("skipped") + 1)
            if progress is not None:
                progress(done, len(learner_ids))
    except Exception as error:
        batches.update(state=BatchState.FAILED, error=str(error)[:1000], finished_at=timezone.now())
        raise
    batches.filter(state=BatchState.RUNNING, total__lte=F("issued") + F("skipped")).update(
        state=BatchState.DONE, finished_at=timezone.now()
    )
    return issued


def issuance_batch_run(batch: IssuanceBatch, *, progress=None) -> IssuanceBatch:
    """The whole batch in this process (the command line): every eligible learner, in one chunk."""
    learner_ids = list(eligible_results(cohort=batch.cohort).values_list("learner_id", flat=True))
    IssuanceBatch.objects.filter(pk=batch.pk).update(total=len(learner_ids))
    if not learner_ids:
        IssuanceBatch.objects.filter(pk=batch.pk).update(state=BatchState.DONE, finished_at=timezone.now())
    issuance_chunk_run(batch.pk, learner_ids, progress=progress)
    batch.refresh_from_db()
    return batch
