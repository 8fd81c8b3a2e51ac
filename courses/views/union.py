"""Screens for union officers: nominate their enterprise's outstanding workers and follow the decisions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.forms.enrolment import NominationForm
from courses.models import EnrolmentSettings
from courses.scope import nominations_in_scope
from courses.selectors import union_nomination_counts
from courses.services import nomination_create
from lms.decorators import role_required
from lms.models import LearnerProfile
from lms.roles import Role
from lms.scope import unions_of


@role_required(Role.UNION_NOMINATOR)
@require_http_methods(["GET", "POST"])
def union_home(request: HttpRequest) -> HttpResponse:
    unions = unions_of(request.user)
    learners = (
        LearnerProfile.objects.filter(enterprise__in=unions.values("enterprise"))
        .select_related("user")
        .order_by("user__full_name")
    )
    form = NominationForm(request.POST or None, learners=learners)
    if request.method == "POST" and form.is_valid():
        made, refused = 0, []
        for learner in form.cleaned_data["learners"]:
            try:
                with transaction.atomic():
                    nomination_create(
                        actor=request.user,
                        learner=learner,
                        programme_kind=form.cleaned_data["programme_kind"],
                        recommendation=form.cleaned_data["recommendation"],
                    )
                made += 1
            except ValidationError as error:
                refused.extend(error.messages)
        if made:
            messages.success(request, _("%(count)d nomination(s) sent to the organizers.") % {"count": made})
        for message in refused:
            messages.warning(request, message)
        return redirect("courses:union_home")
    rules = EnrolmentSettings.for_request(request)
    return render(
        request,
        "courses/union_home.html",
        {
            "form": form,
            "counts": union_nomination_counts(
                unions=unions, year=timezone.localdate().year, target=rules.union_yearly_target
            ),
            "nominations": nominations_in_scope(request.user).filter(union__in=unions)[:100],
        },
    )
