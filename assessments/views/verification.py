"""The public verification of a certificate (no login): the page its QR code opens, and the form for a paper copy
whose QR code is damaged (the printed number and the holder's date of birth).

Both show only `PublicCertificate`; both answer "not found" the same way whatever the reason; both are rate
limited per client address (`lms.ratelimit`), the form more tightly since it is the one worth guessing at. Nothing
here is cached, indexed or sent on as a referrer.
"""

import math
from functools import wraps

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from assessments.selectors.verification import (
    MAX_REFERENCE_LENGTH,
    certificate_by_code,
    certificate_by_number,
    certificate_public_facts,
)
from lms.ratelimit import RateLimitResult, rate_limit

TEMPLATE = "assessments/verification/result.html"
VERIFY_LIMIT = (30, 60)  # requests per seconds, per client; settings.VERIFY_RATE_LIMIT overrides
LOOKUP_LIMIT = (10, 600)  # number + date of birth submissions; settings.LOOKUP_RATE_LIMIT overrides


class CertificateLookupForm(forms.Form):
    number = forms.CharField(
        label=_("Certificate number"),
        max_length=MAX_REFERENCE_LENGTH,
        help_text=_("As printed on the certificate, for example 0123/GCN-NTĐ/2026."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth of the holder"),
        input_formats=["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"],
        help_text=_("Day/month/year, for example 05/09/1995."),
        error_messages={"invalid": _("Enter the date as day/month/year, for example 05/09/1995.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric", "placeholder": "dd/mm/yyyy"}),
    )


def public_page(view):
    """No caching anywhere, no search engine indexing, no referrer to whatever the visitor opens next."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        return response

    return wrapped


def _page(request: HttpRequest, state: str, *, status: int = 200, **context) -> HttpResponse:
    return render(request, TEMPLATE, {"state": state, **context}, status=status)


def _not_found(request: HttpRequest, form: CertificateLookupForm | None = None) -> HttpResponse:
    return _page(request, "not_found", status=404, form=form or CertificateLookupForm())


def _too_many(request: HttpRequest, result: RateLimitResult) -> HttpResponse:
    minutes = max(1, math.ceil(result.retry_after / 60))
    return _page(request, "limited", status=429, minutes=minutes)


@public_page
@require_http_methods(["GET", "HEAD"])
@rate_limit(
    scope="certificate-verify",
    limit=VERIFY_LIMIT[0],
    window=VERIFY_LIMIT[1],
    setting="VERIFY_RATE_LIMIT",
    response=_too_many,
)
def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    certificate = certificate_by_code(code)
    if certificate is None:
        return _not_found(request)
    facts = certificate_public_facts(certificate, timezone.localdate())
    return _page(request, "result", certificate=facts)


@public_page
@require_http_methods(["GET", "HEAD", "POST"])
@rate_limit(
    scope="certificate-lookup",
    limit=LOOKUP_LIMIT[0],
    window=LOOKUP_LIMIT[1],
    setting="LOOKUP_RATE_LIMIT",
    methods=("POST",),
    response=_too_many,
)
def certificate_lookup(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, "lookup", form=CertificateLookupForm())
    form = CertificateLookupForm(request.POST)
    if not form.is_valid():
        return _page(request, "lookup", form=form)
    certificate = certificate_by_number(form.cleaned_data["number"], form.cleaned_data["date_of_birth"])
    if certificate is None:
        return _not_found(request, form)
    return redirect("assessments:certificate_verify", code=certificate.code)
