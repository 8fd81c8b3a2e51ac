"""Shift rosters: a learner's own roster and changes; the shift groups of enterprises for organizers and unions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from courses.forms.sessions import RosterChangeForm, ShiftGroupForm, ShiftMembersForm
from courses.models import RosterChange, ShiftGroup, ShiftMembership
from courses.scope import enterprises_whose_rosters_user_manages
from courses.selectors.scheduling import upcoming_shifts
from courses.services.shifts import (
    roster_change_add,
    roster_change_delete,
    shift_group_create,
    shift_group_members_set,
)
from lms.decorators import role_required
from lms.form_fields import posted_id
from lms.models import LearnerProfile
from lms.roles import Role


def _report_clashes(request: HttpRequest, flagged: list) -> None:
    if flagged:
        messages.warning(
            request,
            ngettext(
                "%(count)d booked session now clashes with your shifts: see In-person sessions.",
                "%(count)d booked sessions now clash with your shifts: see In-person sessions.",
                len(flagged),
            )
            % {"count": len(flagged)},
        )


@login_required
@require_http_methods(["GET", "POST"])
def my_roster(request: HttpRequest) -> HttpResponse:
    """The learner's shifts for the next two weeks, and their overtime, swapped shifts and leave."""
    profile = LearnerProfile.objects.select_related("enterprise").filter(user=request.user).first()
    if profile is None:
        messages.info(request, _("Only workers with a learner profile have a shift roster."))
        return redirect("courses:learner_home")
    form = RosterChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            _change, flagged = roster_change_add(
                actor=request.user,
                profile=profile,
                kind=data["kind"],
                start=data["starts_at"],
                end=data["ends_at"],
                note=data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your roster change is saved."))
            _report_clashes(request, flagged)
            return redirect("courses:my_roster")
    membership = ShiftMembership.objects.filter(learner=profile).select_related("group__pattern").first()
    return render(
        request,
        "courses/my_roster.html",
        {
            "form": form,
            "group": membership.group if membership else None,
            "shifts": upcoming_shifts(profile),
            "changes": RosterChange.objects.filter(learner=profile).order_by("-starts_at")[:30],
        },
    )


@login_required
@require_POST
def roster_change_delete_view(request: HttpRequest, change_id: int) -> HttpResponse:
    change = get_object_or_404(RosterChange.objects.select_related("learner"), pk=change_id, learner__user=request.user)
    _report_clashes(request, roster_change_delete(actor=request.user, change=change))
    messages.success(request, _("The roster change is removed."))
    return redirect("courses:my_roster")


@role_required(Role.ORGANIZER, Role.UNION_NOMINATOR)
@require_http_methods(["GET", "POST"])
def shift_groups(request: HttpRequest) -> HttpResponse:
    enterprises = enterprises_whose_rosters_user_manages(request.user).order_by("name")
    form = ShiftGroupForm(request.POST or None)
    if request.method == "POST":
        enterprise = get_object_or_404(enterprises, pk=posted_id(request.POST.get("enterprise")))
        if form.is_valid():
            try:
                group = shift_group_create(actor=request.user, enterprise=enterprise, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Shift group created; now choose its workers."))
                return redirect("courses:shift_group", group_id=group.pk)
    groups = ShiftGroup.objects.filter(enterprise__in=enterprises).select_related("enterprise", "pattern")
    return render(
        request,
        "courses/shift_groups.html",
        {"form": form, "enterprises": enterprises, "groups": groups.order_by("enterprise__name", "name")},
    )


@role_required(Role.ORGANIZER, Role.UNION_NOMINATOR)
@require_http_methods(["GET", "POST"])
def shift_group_detail(request: HttpRequest, group_id: int) -> HttpResponse:
    """Choose which workers of the enterprise belong to this group (one group per worker)."""
    group = get_object_or_404(
        ShiftGroup.objects.select_related("enterprise", "pattern").filter(
            enterprise__in=enterprises_whose_rosters_user_manages(request.user)
        ),
        pk=group_id,
    )
    learners = (
        LearnerProfile.objects.filter(enterprise=group.enterprise).select_related("user").order_by("user__full_name")
    )
    current = set(ShiftMembership.objects.filter(group=group).values_list("learner_id", flat=True))
    form = ShiftMembersForm(request.POST or None, learners=learners, initial={"members": list(current)})
    if request.method == "POST" and form.is_valid():
        flagged = shift_group_members_set(actor=request.user, group=group, profiles=list(form.cleaned_data["members"]))
        messages.success(request, _("The group's workers are saved."))
        if flagged:
            messages.warning(
                request,
                _("%(count)d booked sessions now clash with the new rosters; the learners are told.")
                % {"count": len(flagged)},
            )
        return redirect("courses:shift_group", group_id=group.pk)
    others = dict(
        ShiftMembership.objects.filter(learner__in=learners)
        .exclude(group=group)
        .values_list("learner_id", "group__name")
    )
    return render(request, "courses/shift_group.html", {"group": group, "form": form, "others": others})
