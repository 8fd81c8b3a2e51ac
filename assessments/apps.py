from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    """Quizzes, reflections, completion results and certificates (see the assessment and certificate issues)."""

    name = "assessments"
    verbose_name = _("Assessments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from assessments.receivers import refresh_results
        from courses.signals import learning_record_changed

        learning_record_changed.connect(refresh_results, dispatch_uid="assessments.refresh_results")
