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
