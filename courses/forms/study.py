from django import forms
from django.utils.translation import gettext as _


class HeartbeatForm(forms.Form):
    """What the lesson page reports while it is open: visible seconds and where the reader is."""

    seconds = forms.IntegerField(min_value=0, max_value=3600)
    anchor = forms.RegexField(regex=r"^[A-Za-z0-9_-]{0,64}$", required=False)
    ratio = forms.FloatField(min_value=0.0, max_value=1.0, required=False)


class OfflineSittingForm(HeartbeatForm):
    """One lesson's offline study, as the phone kept it."""

    module = forms.IntegerField(min_value=1)
    seconds = forms.IntegerField(min_value=0, max_value=24 * 60 * 60)
    completed = forms.BooleanField(required=False)


OFFLINE_BATCH_LIMIT = 200


def offline_batch_errors(payload) -> tuple[list[dict], list[str]]:
    """The batch's sittings as cleaned data, and what is wrong with it (empty when it can be applied)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("sittings"), list):
        return [], [_("The study kept offline could not be read.")]
    items = payload["sittings"]
    if len(items) > OFFLINE_BATCH_LIMIT:
        return [], [_("Too many lessons in one batch (at most %(limit)d).") % {"limit": OFFLINE_BATCH_LIMIT}]
    cleaned, errors = [], []
    for item in items:
        form = OfflineSittingForm(item if isinstance(item, dict) else {})
        if not form.is_valid():
            errors.extend(f"{name}: {' '.join(messages)}" for name, messages in form.errors.items())
            continue
        cleaned.append(form.cleaned_data)
    return cleaned, errors
