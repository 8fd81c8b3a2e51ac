from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="form")
class IssuingBodySettings(BaseSiteSetting):
    """Who runs the classes and signs certificates: configuration, since the institutions changed in 2025."""

    parent_body = models.CharField(
        _("parent body"), max_length=200, blank=True, help_text=_("Printed above the issuing body's name.")
    )
    name = models.CharField(_("issuing body"), max_length=200, default="Trung tâm Chính trị")
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    signer_name = models.CharField(_("signer's name"), max_length=120, blank=True)
    signer_title = models.CharField(_("signer's title"), max_length=120, default="Giám đốc")
    place = models.CharField(_("place of issue"), max_length=120, blank=True)
    guidance_reference = models.CharField(
        _("guidance reference"),
        max_length=200,
        blank=True,
        help_text=_("The regulation the programmes follow, e.g. the current guidance number."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("parent_body"), FieldPanel("name"), FieldPanel("short_name"), FieldPanel("place")],
            heading=_("Issuing body"),
        ),
        MultiFieldPanel([FieldPanel("signer_name"), FieldPanel("signer_title")], heading=_("Signer")),
        FieldPanel("guidance_reference"),
    ]

    class Meta:
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing body")

    def __str__(self) -> str:
        return self.name
