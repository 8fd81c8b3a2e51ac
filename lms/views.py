import csv
import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from lms.decorators import role_required
from lms.forms import LearnerProfileForm, SetPasswordForm
from lms.learner_facts import learner_facts
from lms.models import AuditAction
from lms.redirects import local_destination
from lms.roles import Role
from lms.scope import any_holds_staff_powers, has_role, learners_in_scope, may_see_identifiers
from lms.selectors import audit_entries_in_scope, personal_data_export
from lms.services import audit_record, learner_set_password, learner_update, own_password_change
from lms.services.activation import new_batch


class LoginView(auth_views.LoginView):
    """Django's login; someone whose password staff set (and so know) goes on to choose their own."""

    redirect_authenticated_user = True

    def get_success_url(self) -> str:
        destination = super().get_success_url()  # `next` when it is safe, else the learner home
        if self.request.user.must_change_password:
            change = reverse("lms:password_change")
            if destination != resolve_url(settings.LOGIN_REDIRECT_URL):
                change += "?" + urlencode({"next": destination})
            return change
        return destination


class LogoutView(auth_views.LogoutView):
    """Django's logout; the phone also forgets what it kept for this account (pages saved for offline study)."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def password_change(request: HttpRequest) -> HttpResponse:
    """The user changes their own password (giving the current one); the session stays logged in."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        own_password_change(user=request.user, password=form.cleaned_data["new_password1"])
        update_session_auth_hash(request, request.user)
        messages.success(request, _("Your password is changed."))
        return redirect(
            local_destination(request, request.GET.get("next", ""), resolve_url(settings.LOGIN_REDIRECT_URL))
        )
    return render(request, "lms/password_change.html", {"form": form})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness for the proxy: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@role_required(Role.ORGANIZER, Role.UNION_NOMINATOR)
@require_GET
def learner_detail(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = get_object_or_404(learners_in_scope(request.user), pk=profile_id)
    show_identifiers = may_see_identifiers(request.user, profile)
    audit_record(
        actor=request.user,
        subject=profile.user,
        action=AuditAction.VIEWED,
        detail="profile with identifiers" if show_identifiers else "profile (masked)",
    )
    can_edit = request.user.is_superuser or has_role(request.user, Role.ORGANIZER)
    context = {
        "profile": profile,
        "show_identifiers": show_identifiers,
        "can_edit": can_edit,
        "facts": learner_facts(request, profile),
    }
    if can_edit:
        context["may_reset_access"] = not any_holds_staff_powers([profile.user_id])
        context["activation_batch"] = new_batch()
        context["awaiting_activation"] = not profile.user.has_usable_password()
    return render(request, "lms/learner_detail.html", context)


@role_required(Role.ORGANIZER)
@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    page = Paginator(audit_entries_in_scope(request.user), 50).get_page(request.GET.get("page"))
    return render(request, "lms/audit_log.html", {"page": page})


@login_required
@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    """A learner downloads what the platform holds about them, as JSON or CSV."""
    export_format = request.GET.get("format", "json")
    if export_format not in ("json", "csv"):
        return HttpResponseBadRequest(_("Choose JSON or CSV."))
    data = personal_data_export(request.user)
    audit_record(actor=request.user, subject=request.user, action=AuditAction.EXPORTED, detail=export_format)
    stamp = timezone.localdate().strftime("%Y%m%d")
    if export_format == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="du-lieu-ca-nhan-{stamp}.csv"'
        response.write("\ufeff")  # Excel opens UTF-8 with a BOM correctly
        writer = csv.writer(response)
        writer.writerow(["section", "field", "value"])
        for section, values in data.items():
            for field, value in (values or {}).items():
                writer.writerow([section, field, value])
        return response
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="du-lieu-ca-nhan-{stamp}.json"'
    return response


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def learner_edit(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = get_object_or_404(learners_in_scope(request.user), pk=profile_id)
    form = LearnerProfileForm(request.POST or None, profile=profile)
    password_form = SetPasswordForm(request.POST if "password" in request.POST else None)
    if request.method == "POST" and "password" in request.POST:
        if password_form.is_valid():
            try:
                learner_set_password(
                    actor=request.user, profile=profile, password=password_form.cleaned_data["password"]
                )
            except ValidationError as error:
                password_form.add_error("password", error)
            else:
                messages.success(
                    request,
                    _(
                        "The new password is set; give it to the learner in person. They will choose their own "
                        "when they next log in."
                    ),
                )
                return redirect("lms:learner_detail", profile_id=profile.pk)
    elif request.method == "POST" and form.is_valid():
        changed = learner_update(actor=request.user, profile=profile, data=form.profile_data())
        messages.success(request, _("Saved.") if changed else _("Nothing changed."))
        return redirect("lms:learner_detail", profile_id=profile.pk)
    return render(
        request,
        "lms/learner_edit.html",
        {
            "profile": profile,
            "form": form,
            "password_form": password_form,
            "may_reset_access": not any_holds_staff_powers([profile.user_id]),
        },
    )
