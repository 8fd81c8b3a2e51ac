"""Certificates for organizers (issue one or a whole class, watch the progress, revoke, reissue, print) and
learners (download their own)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from assessments.certificate_pdf import render_certificates_pdf
from assessments.forms.reasons import ReasonForm
from assessments.models import BatchState, Certificate, CertificateStatus, IssuanceBatch
from assessments.services.certificates import (
    certificate_issue,
    certificate_pdf_ensure,
    certificate_reissue,
    certificate_revoke,
    eligible_results,
    issuance_batch_start,
    verification_url,
)
from courses.scope import cohorts_organizer_may_fill
from lms.decorators import role_required
from lms.models import User
from lms.roles import Role


def _managed_cohort(request: HttpRequest, cohort_id: int):
    return get_object_or_404(cohorts_organizer_may_fill(request.user).select_related("course"), pk=cohort_id)


def _managed_certificate(request: HttpRequest, certificate_id: int) -> Certificate:
    return get_object_or_404(
        Certificate.objects.filter(cohort__in=cohorts_organizer_may_fill(request.user)), pk=certificate_id
    )


def _pdf_response(certificate: Certificate) -> FileResponse:
    certificate_pdf_ensure(certificate)
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"giay-chung-nhan-{certificate.reference.replace('/', '-')}.pdf",
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@role_required(Role.ORGANIZER)
@require_GET
def cohort_certificates(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _managed_cohort(request, cohort_id)
    batch = IssuanceBatch.objects.filter(cohort=cohort).first()
    return render(
        request,
        "assessments/certificates/cohort.html",
        {
            "cohort": cohort,
            "eligible": eligible_results(cohort=cohort),
            "certificates": Certificate.objects.filter(cohort=cohort).order_by("full_name", "-issued_at"),
            "batch": batch,
            "running": batch is not None and batch.state in (BatchState.QUEUED, BatchState.RUNNING),
            "reason_form": ReasonForm(auto_id=False),
        },
    )


@role_required(Role.ORGANIZER)
@require_POST
def cohort_certificates_issue(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """One learner (`learner` in the form) or, without it, the whole class in the background."""
    cohort = _managed_cohort(request, cohort_id)
    learner_id = request.POST.get("learner")
    try:
        if learner_id:
            learner = get_object_or_404(User, pk=learner_id)
            certificate = certificate_issue(actor=request.user, learner=learner, cohort=cohort)
            messages.success(request, _("Certificate %(number)s issued.") % {"number": certificate.reference})
        else:
            issuance_batch_start(actor=request.user, cohort=cohort)
            messages.info(request, _("The class's certificates are being issued; this page shows the progress."))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("assessments:cohort_certificates", cohort_id=cohort.pk)


@role_required(Role.ORGANIZER)
@require_GET
def issuance_progress(request: HttpRequest, cohort_id: int) -> JsonResponse:
    cohort = _managed_cohort(request, cohort_id)
    batch = IssuanceBatch.objects.filter(cohort=cohort).first()
    if batch is None:
        raise Http404
    response = JsonResponse(
        {
            "state": batch.state,
            "total": batch.total,
            "issued": batch.issued,
            "skipped": batch.skipped,
            "done": batch.state in (BatchState.DONE, BatchState.FAILED),
        }
    )
    response["Cache-Control"] = "no-store"
    return response


def _with_reason(request: HttpRequest, certificate_id: int, act) -> HttpResponse:
    """Revoke or reissue: both need the reason written down; `act(certificate, reason)` returns the message."""
    certificate = _managed_certificate(request, certificate_id)
    form = ReasonForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Give the reason."))
        messages.success(request, act(certificate, form.cleaned_data["reason"]))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect("assessments:cohort_certificates", cohort_id=certificate.cohort_id)


@role_required(Role.ORGANIZER)
@require_POST
def certificate_revoke_view(request: HttpRequest, certificate_id: int) -> HttpResponse:
    def revoke(certificate: Certificate, reason: str) -> str:
        certificate_revoke(actor=request.user, certificate=certificate, reason=reason)
        return _("Certificate %(number)s is revoked.") % {"number": certificate.reference}

    return _with_reason(request, certificate_id, revoke)


@role_required(Role.ORGANIZER)
@require_POST
def certificate_reissue_view(request: HttpRequest, certificate_id: int) -> HttpResponse:
    def reissue(certificate: Certificate, reason: str) -> str:
        new = certificate_reissue(actor=request.user, certificate=certificate, reason=reason)
        return _("Certificate %(old)s is superseded by %(new)s.") % {"old": certificate.reference, "new": new.reference}

    return _with_reason(request, certificate_id, reissue)


@role_required(Role.ORGANIZER)
@require_GET
def certificate_pdf_staff(request: HttpRequest, certificate_id: int) -> FileResponse:
    return _pdf_response(_managed_certificate(request, certificate_id))


@role_required(Role.ORGANIZER)
@require_GET
def cohort_certificates_pdf(request: HttpRequest, cohort_id: int) -> HttpResponse:
    """Every valid certificate of the class in one printable PDF, one per page."""
    cohort = _managed_cohort(request, cohort_id)
    certificates = Certificate.objects.filter(cohort=cohort, status=CertificateStatus.VALID).order_by("full_name")
    if not certificates.exists():
        messages.info(request, _("The class has no valid certificates to print yet."))
        return redirect("assessments:cohort_certificates", cohort_id=cohort.pk)
    pdf = render_certificates_pdf((c, verification_url(c)) for c in certificates.iterator())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="giay-chung-nhan-{cohort.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def my_certificates(request: HttpRequest) -> HttpResponse:
    certificates = Certificate.objects.filter(learner=request.user).order_by("-issued_at")
    return render(request, "assessments/certificates/mine.html", {"certificates": certificates})


@login_required
@require_GET
def my_certificate_pdf(request: HttpRequest, certificate_id: int) -> FileResponse:
    return _pdf_response(get_object_or_404(Certificate, pk=certificate_id, learner=request.user))
