from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ModulePageForm(WagtailAdminPageForm):
    """Admin form for lessons: a lesson number is used once per course."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("lesson_number")
        parent = self.parent_page
        if number and parent is not None:
            siblings = type(self.instance).objects.child_of(parent).filter(lesson_number=number)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                self.add_error("lesson_number", _("Another lesson of this course already has this number."))
        return cleaned_data


class HeartbeatForm(forms.Form):
    """What the lesson page reports while it is open: visible seconds and where the reader is."""

    seconds = forms.IntegerField(min_value=0, max_value=3600)
    anchor = forms.RegexField(regex=r"^[A-Za-z0-9_-]{0,64}$", required=False)
    ratio = forms.FloatField(min_value=0.0, max_value=1.0, required=False)


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
        from courses.models import ProgrammeKind

        super().__init__(*args, **kwargs)
        self.fields["learners"].queryset = learners
        self.fields["learners"].label_from_instance = lambda profile: f"{profile.user.get_full_name()} · {profile.job}"
        self.fields["programme_kind"].choices = [
            (ProgrammeKind.AWARENESS, ProgrammeKind.AWARENESS.label),
            (ProgrammeKind.NEW_MEMBER, ProgrammeKind.NEW_MEMBER.label),
        ]


class ApproveNominationForm(forms.Form):
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
        from courses.models import EnrolmentState

        super().__init__(*args, **kwargs)
        self.fields["to_state"].choices = EnrolmentState.choices


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
