from django import forms
from django.contrib.auth.password_validation import password_validators_help_text_html
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lms.models import EducationLevel, Gender, LearnerProfile, PartyStatus
from lms.services import ProfileData
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
