"""Admin additions for the curriculum's authors: the leaflets' translation overview under Reports, and their guide
in the Help menu instead of Wagtail's English guide and release notes on wagtail.org."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.views.authoring import can_author_content
from courses.views.editor_guide import EditorGuideView
from courses.views.leaflets import LeafletTranslationsView

# Wagtail's help items that lead to wagtail.org, in English: its editor guide and "What's new in Wagtail …".
WAGTAIL_EXTERNAL_HELP = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("register_admin_urls")
def register_leaflet_urls():
    return [
        path("leaflets/translations/", LeafletTranslationsView.as_view(), name="courses_leaflet_translations"),
        path("huong-dan-bien-tap/", EditorGuideView.as_view(), name="courses_editor_guide"),
    ]


class ContentAuthorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_author_content(request.user)


@hooks.register("register_reports_menu_item")
def register_leaflet_translations_menu_item():
    return ContentAuthorsMenuItem(
        _("Leaflet translations"), reverse("courses_leaflet_translations"), icon_name="doc-full", order=900
    )


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return ContentAuthorsMenuItem(_("Editor's guide"), reverse("courses_editor_guide"), icon_name="help", order=900)


@hooks.register("construct_help_menu")
def drop_wagtail_external_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_EXTERNAL_HELP)]
