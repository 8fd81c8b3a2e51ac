"""Admin additions for the curriculum's authors: the leaflets' translation overview under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.views.leaflets import LeafletTranslationsView, can_author_content


@hooks.register("register_admin_urls")
def register_leaflet_urls():
    return [path("leaflets/translations/", LeafletTranslationsView.as_view(), name="courses_leaflet_translations")]


class ContentAuthorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_author_content(request.user)


@hooks.register("register_reports_menu_item")
def register_leaflet_translations_menu_item():
    return ContentAuthorsMenuItem(
        _("Leaflet translations"), reverse("courses_leaflet_translations"), icon_name="doc-full", order=900
    )
