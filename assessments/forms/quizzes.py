from django import forms
from django.utils.translation import gettext_lazy as _

from courses.forms.sessions import DATE_WIDGET, TIME_WIDGET, aware


class QuizWindowForm(forms.Form):
    quiz = forms.ModelChoiceField(label=_("Quiz"), queryset=None)
    group = forms.ModelChoiceField(label=_("Shift group"), queryset=None)
    open_day = forms.DateField(label=_("Opens on"), widget=DATE_WIDGET)
    open_time = forms.TimeField(label=_("at"), widget=TIME_WIDGET)
    close_day = forms.DateField(label=_("Closes on"), widget=DATE_WIDGET)
    close_time = forms.TimeField(label=_("at"), widget=TIME_WIDGET)

    def __init__(self, *args, quizzes, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quiz"].queryset = quizzes
        self.fields["group"].queryset = groups

    def clean(self):
        cleaned = super().clean()
        if all(cleaned.get(k) for k in ("open_day", "open_time", "close_day", "close_time")):
            cleaned["opens_at"] = aware(cleaned["open_day"], cleaned["open_time"])
            cleaned["closes_at"] = aware(cleaned["close_day"], cleaned["close_time"])
        return cleaned
