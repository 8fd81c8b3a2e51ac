from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import ProgrammeKind


class ReportFilterForm(forms.Form):
    """The year and programme of the board's report (read from the query string)."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    programme = forms.ChoiceField(
        label=_("Programme"), required=False, choices=[("", _("Every programme")), *ProgrammeKind.choices]
    )

    def __init__(self, data, *, years: list[int]):
        super().__init__(data)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        self.fields["year"].error_messages["invalid_choice"] = _("There are no figures for that year.")
        self.fields["programme"].error_messages["invalid_choice"] = _("Choose a programme from the list.")
