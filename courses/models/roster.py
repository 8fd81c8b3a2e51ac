from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RosterUpload(models.Model):
    """An uploaded roster kept between its preview and the organizer's confirmation (then its result)."""

    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    enterprise = models.ForeignKey("lms.Enterprise", on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey("courses.Cohort", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    filename = models.CharField(max_length=255)
    data = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)
    committed_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("roster upload")
        verbose_name_plural = _("roster uploads")

    def __str__(self) -> str:
        return self.filename
