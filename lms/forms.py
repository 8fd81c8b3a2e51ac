from django import forms
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.models import EducationLevel, Gender, LearnerProfile, PartyStatus
from lms.services import ProfileData
from lms.services.activation import BATCH_PATTERN
from lms.validators import (
    national_id_matches,
    normalise_national_id,
    normalise_phone,
    validate_national_id,
    validate_phone,
)

DATE_WIDGET = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"})


class LearnerProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=DATE_WIDGET)
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices)
    phone = forms.CharField(label=_("Phone number"), max_length=20)
    national_id = forms.CharField(label=_("National ID (CCCD)"), max_length=20, required=False)
    job = forms.CharField(label=_("Job"), max_length=120, required=False)
    education_level = forms.ChoiceField(
        label=_("Education level"), choices=[("", "—"), *EducationLevel.choices], required=False
    )
    party_status = forms.ChoiceField(label=_("Party status"), choices=PartyStatus.choices)
    admission_date = forms.DateField(label=_("Date admitted to the Party"), required=False, widget=DATE_WIDGET)
    awareness_certificate_date = forms.DateField(
        label=_("Awareness certificate issued on"),
        required=False,
        widget=DATE_WIDGET,
        help_text=_("Only for a certificate issued on paper, before this platform."),
    )
    union_member = forms.BooleanField(label=_("Trade union member"), required=False)
    youth_union_member = forms.BooleanField(label=_("Youth union member"), required=False)

    def __init__(self, *args, profile: LearnerProfile, **kwargs):
        self.profile = profile
        initial = {name: getattr(profile, name) for name in ProfileData.__dataclass_fields__ if name != "full_name"}
        initial["full_name"] = profile.user.full_name
        initial["national_id"] = profile.national_id or ""
        super().__init__(*args, initial=initial, **kwargs)

    def clean_phone(self):
        validate_phone(self.cleaned_data["phone"])
        phone = normalise_phone(self.cleaned_data["phone"])
        if LearnerProfile.objects.filter(phone=phone).exclude(pk=self.profile.pk).exists():
            raise ValidationError(_("Another person is registered with this phone number."))
        return phone

    def clean_national_id(self):
        number = normalise_national_id(self.cleaned_data["national_id"])
        if not number:
            return ""
        validate_national_id(number)
        if LearnerProfile.objects.filter(national_id=number).exclude(pk=self.profile.pk).exists():
            raise ValidationError(_("Another person is registered with this national ID."))
        return number

    def clean_awareness_certificate_date(self):
        issued = self.cleaned_data["awareness_certificate_date"]
        if issued and issued > timezone.localdate():
            raise ValidationError(_("This date is in the future."))
        return issued

    def clean(self):
        cleaned = super().clean()
        number, born = cleaned.get("national_id"), cleaned.get("date_of_birth")
        if (
            number
            and born
            and not national_id_matches(number, date_of_birth=born, female=cleaned.get("gender") == Gender.FEMALE)
        ):
            self.add_error("national_id", _("The national ID does not match the date of birth or gender."))
        if cleaned.get("party_status") != PartyStatus.OUTSTANDING_NON_MEMBER and not cleaned.get("admission_date"):
            self.add_error("admission_date", _("Give the date of admission to the Party."))
        return cleaned

    def profile_data(self) -> ProfileData:
        return ProfileData(**{name: self.cleaned_data[name] for name in ProfileData.__dataclass_fields__})


class SetPasswordForm(forms.Form):
    password = forms.CharField(
        label=_("New password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html,
    )


class ActivationForm(forms.Form):
    """A worker's first login: the phone number the organizer has, the code from the slip, a password of their own."""

    phone = forms.CharField(
        label=_("Phone number"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "username", "inputmode": "tel"}),
    )
    code = forms.CharField(
        label=_("Activation code"),
        max_length=20,
        help_text=_("The 8 letters and digits on the slip from your class organizer, e.g. ABCD-EFGH."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
    )
    password1 = forms.CharField(
        label=_("Your new password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("The new password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        return cleaned


class ActivationIssueForm(forms.Form):
    """Which workers of one enterprise get a new activation code."""

    WAITING, ALL = "waiting", "all"

    enterprise = forms.ModelChoiceField(label=_("Enterprise"), queryset=None)
    who = forms.ChoiceField(
        label=_("Workers"),
        choices=[
            (WAITING, _("Only those who have not activated their account yet")),
            (ALL, _("Everyone (their passwords stay until they use the new code)")),
        ],
        initial=WAITING,
        widget=forms.RadioSelect,
    )
    batch = forms.RegexField(regex=BATCH_PATTERN, widget=forms.HiddenInput, max_length=32)

    def __init__(self, *args, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises
        self.fields["enterprise"].label_from_instance = lambda e: f"{e.name} — {e.zone.name}"
