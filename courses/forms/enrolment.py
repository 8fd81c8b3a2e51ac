from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import FINAL_STATES, Cohort, CohortStatus, CoursePage, EnrolmentState, ProgrammeKind
from lms.text import nfc


class NominationForm(forms.Form):
    programme_kind = forms.ChoiceField(label=_("Programme"), choices=[])
    recommendation = forms.CharField(
        label=_("Recommendation"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why these workers are outstanding: work, attitude, union activities."),
    )
    learners = forms.ModelMultipleChoiceField(label=_("Workers"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, learners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["learners"].queryset = learners
        self.fields["learners"].label_from_instance = lambda profile: f"{profile.user.get_full_name()} · {profile.job}"
        self.fields["programme_kind"].choices = [
            (ProgrammeKind.AWARENESS, ProgrammeKind.AWARENESS.label),
            (ProgrammeKind.NEW_MEMBER, ProgrammeKind.NEW_MEMBER.label),
        ]


class ClassChoiceForm(forms.Form):
    """One of the organizer's classes: to approve a nomination into, or to place a worker in directly."""

    cohort = forms.ModelChoiceField(label=_("Class"), queryset=None, empty_label=None)

    def __init__(self, *args, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts


class RejectNominationForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))


class EnrolmentTransitionForm(forms.Form):
    to_state = forms.ChoiceField(label=_("New state"), choices=[])
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args, **kwargs):
        # Shown as a bare select in every row of the class list: no ids to repeat, the label read out instead.
        kwargs.setdefault("auto_id", False)
        super().__init__(*args, **kwargs)
        self.fields["to_state"].widget.attrs["aria-label"] = self.fields["to_state"].label
        # Only the states an organizer sets by hand; the final ones come from closing the class.
        self.fields["to_state"].choices = [
            (value, label) for value, label in EnrolmentState.choices if value not in FINAL_STATES
        ]


class RosterUploadForm(forms.Form):
    MAX_BYTES = 5 * 1024 * 1024

    enterprise = forms.ModelChoiceField(label=_("Enterprise"), queryset=None)
    cohort = forms.ModelChoiceField(
        label=_("Enrol in class (optional)"), queryset=None, required=False, empty_label=_("— none —")
    )
    file = forms.FileField(label=_("Roster file (CSV or XLSX)"))

    def __init__(self, *args, enterprises, cohorts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises
        self.fields["cohort"].queryset = cohorts

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if not upload.name.lower().endswith((".csv", ".xlsx", ".txt")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file (save an .xls file as .xlsx first)."))
        return upload


class CohortForm(forms.ModelForm):
    """An organizer opens or edits a class of one of their units, in one of their zones."""

    class Meta:
        model = Cohort
        fields = [
            "code",
            "course",
            "organizing_unit",
            "zone",
            "opens_on",
            "closes_on",
            "enrolment_opens_on",
            "enrolment_closes_on",
            "capacity",
            "instructors",
            "status",
        ]
        widgets = {
            name: forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"})
            for name in ("opens_on", "closes_on", "enrolment_opens_on", "enrolment_closes_on")
        }

    def __init__(self, *args, units, zones, instructors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organizing_unit"].queryset = units
        self.fields["zone"].queryset = zones
        self.fields["instructors"].queryset = instructors
        self.fields["instructors"].required = False
        self.fields["course"].queryset = CoursePage.objects.live().order_by("path")
        status = self.fields["status"]
        if self.instance.is_final:
            status.disabled = True
            status.help_text = _("The class is closed; reopen it on its page to change this.")
        elif self.instance.status != CohortStatus.CLOSED:
            # Closing makes the results final, so it has its own action on the class page.
            status.choices = [(v, label) for v, label in status.choices if v != CohortStatus.CLOSED]

    def clean_code(self):
        return nfc(self.cleaned_data["code"].strip()).upper()

    def clean(self):
        cleaned = super().clean()
        unit, zone = cleaned.get("organizing_unit"), cleaned.get("zone")
        if unit and zone and not unit.zones.filter(pk=zone.pk).exists():
            self.add_error("zone", _("This zone is not covered by the organizing unit."))
        opens, closes = cleaned.get("opens_on"), cleaned.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("The class cannot close before it opens."))
        enrol_opens, enrol_closes = cleaned.get("enrolment_opens_on"), cleaned.get("enrolment_closes_on")
        if enrol_opens and enrol_closes and enrol_closes < enrol_opens:
            self.add_error("enrolment_closes_on", _("Enrolment cannot close before it opens."))
        if enrol_closes and closes and enrol_closes > closes:
            self.add_error("enrolment_closes_on", _("Enrolment must close by the last day of the class."))
        return cleaned
