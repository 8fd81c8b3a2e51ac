from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from lms.models import EducationLevel


@register_setting(icon="group")
class EnrolmentSettings(BaseSiteSetting):
    """Eligibility warnings shown to organizers before approving, and the unions' yearly nomination target."""

    awareness_min_age = models.PositiveSmallIntegerField(_("minimum age for the awareness class"), default=18)
    awareness_max_age = models.PositiveSmallIntegerField(_("maximum age for the awareness class"), default=60)
    min_education_level = models.CharField(
        _("minimum education level"),
        max_length=20,
        choices=EducationLevel.choices,
        default=EducationLevel.LOWER_SECONDARY,
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("awareness certificate valid for (months)"), default=60
    )
    probation_months = models.PositiveSmallIntegerField(_("probation period (months)"), default=12)
    union_yearly_target = models.PositiveSmallIntegerField(_("nominations asked of each union per year"), default=3)

    class Meta:
        verbose_name = _("enrolment rules")
        verbose_name_plural = _("enrolment rules")
