"""Admin forms for the propaganda board: a reflection assignment with its rubric, and quiz settings."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import ModulePage


class ReflectionAssignmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("criteria")
        if formset is not None and formset.is_valid():
            total = sum(
                (form.cleaned_data.get("max_points") or Decimal(0))
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            )
            if total != 10:
                raise ValidationError(
                    _("The rubric's points must add up to 10; now they add up to %(total)s.") % {"total": total}
                )
        return cleaned


class QuizForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        course, module = cleaned.get("course"), cleaned.get("module")
        if course and module and not ModulePage.objects.child_of(course).filter(pk=module.pk).exists():
            self.add_error("module", _("This lesson is not part of the chosen course."))
        return cleaned
