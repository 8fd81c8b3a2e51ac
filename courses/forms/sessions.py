"""Forms for in-person sessions: the planner, a session (or weekly series), moving one, and shift rosters."""

from datetime import datetime, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from courses.models import Cohort, DeliveryMode, ModulePage, RosterChange, ShiftPattern
from courses.services.sessions import MAX_WEEKS

DATE_WIDGET = forms.DateInput(attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"})
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _session_choices(form: forms.Form, cohort: Cohort, venues) -> None:
    form.fields["module"].queryset = (
        ModulePage.objects.child_of(cohort.course).live().exclude(delivery_mode=DeliveryMode.ONLINE)
    )
    form.fields["venue"].queryset = venues
    form.fields["instructor"].queryset = cohort.instructors.all()


def aware(day, moment) -> datetime:
    return timezone.make_aware(datetime.combine(day, moment))


class PlanForm(forms.Form):
    """What the organizer asks the planner for."""

    module = forms.ModelChoiceField(label=_("Lesson"), queryset=None)
    date_from = forms.DateField(
        label=pgettext_lazy("date range", "From"), widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"})
    )
    date_to = forms.DateField(
        label=pgettext_lazy("date range", "To"), widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"})
    )
    k = forms.IntegerField(label=_("Number of sessions"), min_value=1, max_value=20, initial=3)
    minutes = forms.IntegerField(label=_("Length (minutes)"), min_value=30, max_value=600, initial=180)
    venue = forms.ModelChoiceField(label=_("Venue"), queryset=None)
    instructor = forms.ModelChoiceField(label=_("Instructor"), queryset=None, required=False)

    def __init__(self, *args, cohort: Cohort, venues, **kwargs):
        super().__init__(*args, **kwargs)
        _session_choices(self, cohort, venues)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and (end < start or (end - start).days > 31):
            self.add_error("date_to", _("Choose a range of at most 31 days, ending after it starts."))
        return cleaned


class SessionForm(forms.Form):
    """One session, or the same session every week for a few weeks."""

    module = forms.ModelChoiceField(label=_("Lesson"), queryset=None)
    day = forms.DateField(label=_("Date"), widget=DATE_WIDGET)
    start = forms.TimeField(label=_("Starts at"), widget=TIME_WIDGET)
    minutes = forms.IntegerField(label=_("Length (minutes)"), min_value=30, max_value=600, initial=180)
    venue = forms.ModelChoiceField(label=_("Venue"), queryset=None)
    instructor = forms.ModelChoiceField(label=_("Instructor"), queryset=None, required=False)
    capacity = forms.IntegerField(
        label=_("Places"), min_value=1, required=False, help_text=_("Empty: as many as the venue seats.")
    )
    weeks = forms.IntegerField(
        label=_("Repeat every week for"),
        min_value=1,
        max_value=MAX_WEEKS,
        initial=1,
        help_text=_("Number of weeks; 1 for a single session."),
    )

    def __init__(self, *args, cohort: Cohort, venues, **kwargs):
        super().__init__(*args, **kwargs)
        _session_choices(self, cohort, venues)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day") and cleaned.get("start"):
            cleaned["starts_at"] = aware(cleaned["day"], cleaned["start"])
            if cleaned["starts_at"] <= timezone.now():
                self.add_error("day", _("Choose a time in the future."))
            cleaned["ends_at"] = cleaned["starts_at"] + timedelta(minutes=cleaned.get("minutes") or 0)
        return cleaned


class SessionMoveForm(forms.Form):
    day = forms.DateField(label=_("New date"), widget=DATE_WIDGET)
    start = forms.TimeField(label=_("Starts at"), widget=TIME_WIDGET)
    minutes = forms.IntegerField(label=_("Length (minutes)"), min_value=30, max_value=600)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day") and cleaned.get("start") and cleaned.get("minutes"):
            cleaned["starts_at"] = aware(cleaned["day"], cleaned["start"])
            if cleaned["starts_at"] <= timezone.now():
                self.add_error("day", _("Choose a time in the future."))
            cleaned["ends_at"] = cleaned["starts_at"] + timedelta(minutes=cleaned["minutes"])
        return cleaned


class RosterChangeForm(forms.Form):
    """A learner's overtime, swapped shift or leave."""

    kind = forms.ChoiceField(label=_("Kind"), choices=RosterChange.KIND_CHOICES)
    start_day = forms.DateField(label=_("From (date)"), widget=DATE_WIDGET)
    start_time = forms.TimeField(label=_("From (time)"), widget=TIME_WIDGET)
    end_day = forms.DateField(label=_("To (date)"), widget=DATE_WIDGET)
    end_time = forms.TimeField(label=_("To (time)"), widget=TIME_WIDGET)
    note = forms.CharField(label=_("Note"), max_length=200, required=False)

    def clean(self):
        cleaned = super().clean()
        if all(cleaned.get(k) for k in ("start_day", "start_time", "end_day", "end_time")):
            cleaned["starts_at"] = aware(cleaned["start_day"], cleaned["start_time"])
            cleaned["ends_at"] = aware(cleaned["end_day"], cleaned["end_time"])
        return cleaned


class ShiftGroupForm(forms.Form):
    name = forms.CharField(label=_("Name of the group (tổ, ca)"), max_length=120)
    pattern = forms.ModelChoiceField(label=_("Roster"), queryset=ShiftPattern.objects.order_by("name"))
    anchor_date = forms.DateField(
        label=_("Cycle starts on"), widget=DATE_WIDGET, help_text=_("A day on which the group starts its cycle.")
    )


class ShiftMembersForm(forms.Form):
    members = forms.ModelMultipleChoiceField(
        label=_("Workers in this group"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, learners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = learners
        self.fields["members"].label_from_instance = lambda profile: profile.user.get_full_name()
