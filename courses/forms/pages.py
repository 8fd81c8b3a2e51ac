from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ModulePageForm(WagtailAdminPageForm):
    """Admin form for lessons: a lesson number is used once per course."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("lesson_number")
        parent = self.parent_page
        if number and parent is not None:
            siblings = type(self.instance).objects.child_of(parent).filter(lesson_number=number)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                self.add_error("lesson_number", _("Another lesson of this course already has this number."))
        return cleaned_data
