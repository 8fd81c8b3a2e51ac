"""Serving a leaflet to anyone, in Vietnamese beside the reader's language; the translators' overview in the admin."""

import segno
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models.leaflets import LeafletLanguage, LeafletPage
from courses.selectors.leaflets import leaflet_labels, leaflet_reading, leaflet_translation_states
from courses.views.authoring import ContentAuthorsOnlyMixin
from lms.models import IssuingBodySettings

LANGUAGE_PARAM = "lang"
VIETNAMESE = "vi"


def _language_from_header(header: str, available: set[str]) -> str | None:
    """The first of the browser's languages we can offer; Vietnamese (or nothing we have) means no translation."""
    for tag, _quality in parse_accept_lang_header(header or ""):
        primary = tag.split("-")[0]
        if primary == VIETNAMESE:
            return None
        # Chinese readers of any script get the simplified text rather than none.
        code = LeafletLanguage.CHINESE.value if primary == "zh" else primary
        if code in available:
            return code
    return None


def reader_language(request: HttpRequest, available: set[str]) -> tuple[str | None, bool]:
    """The language to show beside the Vietnamese, and whether it came from the browser's Accept-Language."""
    asked = request.GET.get(LANGUAGE_PARAM)
    if asked is not None:
        return (asked if asked in available else None), False
    return _language_from_header(request.headers.get("Accept-Language", ""), available), True


def _qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=3, title=url)


def leaflet_serve(page: LeafletPage, request: HttpRequest, language: str | None = None) -> HttpResponse:
    """The leaflet beside `language` (a preview mode), else the language the reader asked for."""
    translations = list(page.translations.all())
    from_header = False
    if language is None:
        language, from_header = reader_language(request, {item.language for item in translations})
    reading = leaflet_reading(page, language, translations)
    # The printed sheet's QR code leads to the public address, whatever host served this copy.
    # A leaflet previewed before its first save has no address yet.
    here = settings.PUBLIC_BASE_URL + (page.url or "/") + (f"?{LANGUAGE_PARAM}={language}" if language else "")
    ui_language = get_language() or VIETNAMESE
    context = {
        **page.get_context(request),
        "reading": reading,
        "reader_language": language,
        "labels": leaflet_labels(ui_language),
        "reader_labels": leaflet_labels(language) if language and language != ui_language else None,
        "issuing_body": IssuingBodySettings.for_request(request),
        "qr_svg": _qr_svg(here),
        "language_param": LANGUAGE_PARAM,
    }
    response = TemplateResponse(request, page.get_template(request), context)
    if from_header:
        patch_vary_headers(response, ("Accept-Language",))
    return response


class LeafletTranslationsView(ContentAuthorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """Admin: each leaflet's translations as the latest draft stands (up to date, out of date, missing)."""

    template_name = "courses/admin/leaflet_translations.html"
    page_title = gettext_lazy("Leaflet translations")
    header_icon = "doc-full"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "rows": leaflet_translation_states(),
            "languages": LeafletLanguage.choices,
        }
