from django import forms
from django.utils.translation import gettext_lazy as _

from assessments.models import MAX_TARGET, TARGET_MEASURES
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


class YearTargetsForm(forms.Form):
    """One number per zone and measure: the workers of the zone who should pass each programme, or be admitted to the
    Party, in the year (blank: no target)."""

    def __init__(self, data=None, *, zones, current: dict[tuple[int, str], int]):
        super().__init__(data)
        # Django's own Vietnamese messages for these are poor ("số tổng thể"): one clear message instead.
        message = _("A target is a whole number from 0 to %(max)d.") % {"max": MAX_TARGET}
        errors = {"invalid": message, "min_value": message, "max_value": message}
        self.rows = []
        for zone in zones:
            names = []
            for kind in TARGET_MEASURES:
                name = f"t_{zone.pk}_{kind.value}"
                label = f"{zone.name} · {kind.label}"
                self.fields[name] = forms.IntegerField(
                    label=label,
                    required=False,
                    min_value=0,
                    max_value=MAX_TARGET,
                    initial=current.get((zone.pk, kind.value)),
                    error_messages=errors,
                    widget=forms.NumberInput(
                        attrs={"inputmode": "numeric", "min": 0, "max": MAX_TARGET, "aria-label": label}
                    ),
                )
                names.append(name)
            self.rows.append((zone, names))

    def row_fields(self):
        """(zone, bound fields in TARGET_MEASURES order) per zone, for the table."""
        return [(zone, [self[name] for name in names]) for zone, names in self.rows]

    def values(self) -> dict[tuple[int, str], int | None]:
        return {
            (zone.pk, kind.value): self.cleaned_data[f"t_{zone.pk}_{kind.value}"]
            for zone, _names in self.rows
            for kind in TARGET_MEASURES
        }
