"""Activation codes on the web: the worker's first-login page (public) and the organizer's issuing pages.

Codes are shown in the clear once, on a printable sheet of slips. The sheet is kept in the cache for
SHEET_MINUTES for the organizer who issued it (so a reload or a second tap shows the same codes instead of
replacing them), and never stored anywhere else.
"""

from dataclasses import asdict

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.decorators import role_required
from lms.forms import ActivationForm, ActivationIssueForm
from lms.ratelimit import rate_limit
from lms.roles import Role
from lms.scope import learners_in_scope
from lms.selectors import activation_candidates, enterprises_for_activation
from lms.services.activation import (
    ActivationRefused,
    BatchAlreadyIssued,
    activation_code_redeem,
    activation_codes_issue,
    is_batch,
    new_batch,
)

SHEET_MINUTES = 30
REDEEM_LIMIT = (10, 600)  # submissions per seconds, per client address; settings.ACTIVATION_RATE_LIMIT overrides


def _sheet_key(user_id: int, batch: str) -> str:
    return f"activation-sheet:{user_id}:{batch}"


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limit(
    scope="activation",
    limit=REDEEM_LIMIT[0],
    window=REDEEM_LIMIT[1],
    setting="ACTIVATION_RATE_LIMIT",
    methods=("POST",),
)
def activation_redeem(request):
    form = ActivationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = activation_code_redeem(
                phone=form.cleaned_data["phone"],
                code=form.cleaned_data["code"],
                password=form.cleaned_data["password1"],
            )
        except ActivationRefused as refused:
            form.add_error(None, str(refused))
        except ValidationError as weak:
            form.add_error("password1", weak)
        else:
            login(request, user, backend="lms.auth_backends.LmsModelBackend")
            messages.success(
                request, _("Your account is ready. Next time, log in with your phone number and password.")
            )
            return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))
    return render(request, "lms/activation_redeem.html", {"form": form})


def _issue_and_show(request, profiles, batch: str):
    """Issue codes for `profiles` once per batch, keep the sheet for its issuer, and show it."""
    if not cache.add(f"activation-batch:{batch}", request.user.pk, 60 * SHEET_MINUTES):
        return redirect("lms:activation_sheet", batch=batch)  # the same form again: show what it issued
    try:
        issued = activation_codes_issue(actor=request.user, profiles=profiles, batch=batch)
    except BatchAlreadyIssued:
        return redirect("lms:activation_sheet", batch=batch)
    except Exception:
        cache.delete(f"activation-batch:{batch}")
        raise
    cache.set(_sheet_key(request.user.pk, batch), [asdict(code) for code in issued], 60 * SHEET_MINUTES)
    return redirect("lms:activation_sheet", batch=batch)


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def activation_codes(request):
    """Issue codes to the workers of one enterprise in the organizer's zones."""
    enterprises = enterprises_for_activation(request.user)
    form = ActivationIssueForm(request.POST or None, enterprises=enterprises, initial={"batch": new_batch()})
    if request.method == "POST" and form.is_valid():
        enterprise = form.cleaned_data["enterprise"]
        everyone = form.cleaned_data["who"] == ActivationIssueForm.ALL
        profiles = activation_candidates(enterprise=enterprise, everyone=everyone)
        if not profiles:
            messages.info(
                request, _("No worker of %(enterprise)s is waiting for activation.") % {"enterprise": enterprise.name}
            )
            return redirect("lms:activation_codes")
        return _issue_and_show(request, profiles, form.cleaned_data["batch"])
    return render(request, "lms/activation_codes.html", {"form": form, "enterprises": enterprises})


@role_required(Role.ORGANIZER)
@require_POST
def activation_code_for_learner(request, profile_id: int):
    """A new code for one worker (who lost the slip or forgot the password)."""
    profile = get_object_or_404(learners_in_scope(request.user), pk=profile_id)
    batch = request.POST.get("batch", "")
    if not is_batch(batch):
        raise PermissionDenied
    return _issue_and_show(request, [profile], batch)


@role_required(Role.ORGANIZER)
@require_GET
@never_cache
def activation_sheet(request, batch: str):
    codes = cache.get(_sheet_key(request.user.pk, batch))
    if codes is None:
        messages.info(
            request,
            _(
                "That sheet of codes is no longer shown (sheets are kept for %(minutes)d minutes). The codes on it "
                "still work; to print them again, issue new ones."
            )
            % {"minutes": SHEET_MINUTES},
        )
        return redirect("lms:activation_codes")
    summary = ngettext("%(count)d activation code", "%(count)d activation codes", len(codes)) % {"count": len(codes)}
    return render(
        request,
        "lms/activation_sheet.html",
        {"codes": codes, "summary": summary, "redeem_url": settings.PUBLIC_BASE_URL + reverse("lms:activation")},
    )
