from django import forms


class HeartbeatForm(forms.Form):
    """What the lesson page reports while it is open: visible seconds and where the reader is."""

    seconds = forms.IntegerField(min_value=0, max_value=3600)
    anchor = forms.RegexField(regex=r"^[A-Za-z0-9_-]{0,64}$", required=False)
    ratio = forms.FloatField(min_value=0.0, max_value=1.0, required=False)
