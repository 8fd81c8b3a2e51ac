from django.core.validators import MaxValueValidator
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
    probation_soon_days = models.PositiveSmallIntegerField(
        _("a probation ending within (days) is marked as soon"),
        default=90,
        help_text=_("On the organizers' deadlines page, the board's report and its workbook."),
    )
    probation_first_notice_days = models.PositiveSmallIntegerField(
        _("first notice to a probationary member (days before the probation ends)"),
        default=60,
        help_text=_("Sent to a probationary member who is in no new-member class that closes in time."),
    )
    probation_last_notice_days = models.PositiveSmallIntegerField(
        _("second notice to a probationary member (days before the probation ends)"), default=14
    )
    certificate_watch_months = models.PositiveSmallIntegerField(
        _("list awareness certificates lapsing within (months)"),
        default=6,
        validators=[MaxValueValidator(60)],
        help_text=_("Outstanding non-members whose certificate lapses before they are admitted."),
    )

    class Meta:
        verbose_name = _("enrolment rules")
        verbose_name_plural = _("enrolment rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(probation_first_notice_days__gt=models.F("probation_last_notice_days"))
                & models.Q(probation_last_notice_days__gte=1),
                name="enrolment_rules_notices_in_order",
                violation_error_message=_(
                    "The first notice comes before the second: give it more days, and the second at least one."
                ),
            )
        ]
