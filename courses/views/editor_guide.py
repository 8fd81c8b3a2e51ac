"""Admin: the guide for the propaganda board's editors and approvers, in the admin's language.

It replaces Wagtail's own help links (an English guide and release notes on wagtail.org). What it says about the
lesson's fields and blocks is read from the model and the block definitions, the same labels and help texts the
editor sees in the form, so the guide cannot drift from them.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from courses.blocks import LessonBodyBlock
from courses.models import ModulePage
from courses.selectors import curriculum_workflow_name
from courses.views.authoring import ContentAuthorsOnlyMixin

GUIDED_FIELDS = ("lesson_number", "delivery_mode", "periods", "online_minutes", "summary", "objectives")


class EditorGuideView(ContentAuthorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/editor_guide.html"
    page_title = gettext_lazy("Editor's guide")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        fields = [ModulePage._meta.get_field(name) for name in GUIDED_FIELDS]
        return {
            **super().get_context_data(**kwargs),
            "workflow": curriculum_workflow_name(),
            "fields": [(capfirst(field.verbose_name), field.help_text) for field in fields],
            "blocks": [
                (block.meta.icon, capfirst(block.label), block.meta.description)
                for block in LessonBodyBlock().child_blocks.values()
            ],
        }
