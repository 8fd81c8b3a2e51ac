"""Roster import in the browser: upload, preview every row's fate, confirm once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.forms.enrolment import RosterUploadForm
from courses.models import RosterUpload
from courses.scope import cohorts_organizer_may_fill
from courses.services import roster_import
from lms.decorators import role_required
from lms.roles import Role
from lms.roster.parsing import FIELDS
from lms.scope import enterprises_in_scope


@role_required(Role.ORGANIZER)
@require_http_methods(["GET", "POST"])
def roster_upload(request: HttpRequest) -> HttpResponse:
    form = RosterUploadForm(
        request.POST or None,
        request.FILES or None,
        enterprises=enterprises_in_scope(request.user).order_by("name"),
        cohorts=cohorts_organizer_may_fill(request.user).exclude(status="closed"),
    )
    if request.method == "POST" and form.is_valid():
        upload = RosterUpload.objects.create(
            uploaded_by=request.user,
            enterprise=form.cleaned_data["enterprise"],
            cohort=form.cleaned_data["cohort"],
            filename=form.cleaned_data["file"].name[:255],
            data=form.cleaned_data["file"].read(),
        )
        return redirect("courses:roster_preview", upload_id=upload.pk)
    return render(request, "courses/roster_upload.html", {"form": form, "fields": FIELDS})


def _upload_of(request: HttpRequest, upload_id: int) -> RosterUpload:
    upload = get_object_or_404(
        RosterUpload.objects.select_related("enterprise", "cohort"), pk=upload_id, uploaded_by=request.user
    )
    if not enterprises_in_scope(request.user).filter(pk=upload.enterprise_id).exists():
        raise PermissionDenied
    return upload


@role_required(Role.ORGANIZER)
@require_http_methods(["GET"])
def roster_preview_view(request: HttpRequest, upload_id: int) -> HttpResponse:
    upload = _upload_of(request, upload_id)
    outcome = roster_import(
        actor=request.user,
        data=bytes(upload.data),
        filename=upload.filename,
        enterprise=upload.enterprise,
        cohort=upload.cohort,
        commit=False,
    )
    return render(
        request,
        "courses/roster_preview.html",
        {"upload": upload, "preview": outcome.preview, "fields": FIELDS},
    )


@role_required(Role.ORGANIZER)
@require_POST
def roster_confirm(request: HttpRequest, upload_id: int) -> HttpResponse:
    """Write the valid rows. A second confirmation (double tap, reload) changes nothing."""
    _upload_of(request, upload_id)
    with transaction.atomic():
        upload = RosterUpload.objects.select_for_update().get(pk=upload_id)
        if upload.committed_at is not None:
            messages.info(request, _("This roster has already been imported."))
            return redirect("courses:roster_preview", upload_id=upload.pk)
        try:
            outcome = roster_import(
                actor=request.user,
                data=bytes(upload.data),
                filename=upload.filename,
                enterprise=upload.enterprise,
                cohort=upload.cohort,
                commit=True,
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect("courses:roster_preview", upload_id=upload.pk)
        if outcome.result is None:
            messages.error(request, _("Nothing can be imported from this file."))
            return redirect("courses:roster_preview", upload_id=upload.pk)
        upload.committed_at = timezone.now()
        upload.result = {**outcome.preview.counts, "enrolled": outcome.enrolled}
        upload.save(update_fields=["committed_at", "result"])
    messages.success(
        request,
        _(
            "Imported: %(new)d new, %(updated)d updated, %(unchanged)d unchanged; "
            "%(error)d rows with errors were left out."
        )
        % outcome.preview.counts,
    )
    return redirect("courses:roster_preview", upload_id=upload.pk)
