from django import forms
from django.utils.translation import gettext_lazy


class ReasonForm(forms.Form):
    """The written reason an action that undoes something needs (revoking, reissuing, reopening a class)."""

    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "aria-label": gettext_lazy("Reason"), "required": True}),
    )
