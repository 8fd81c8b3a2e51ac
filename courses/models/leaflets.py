"""Leaflets for enterprise owners: a Vietnamese text with its translations, published as one bilingual page.

Each translation lives on the leaflet itself (not as a separate page in another locale), so the Vietnamese and the
translated text go through the same revision and approval, and the page can show both side by side, section by
section. Why not Wagtail's locales or wagtail-localize: docs/decisions/0010-leaflets.md.
"""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.forms.leaflets import LeafletPageForm, TranslationsPanel
from lms.pages import NFCPageMixin

LEAFLET_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class LeafletLanguage(models.TextChoices):
    """The languages of foreign-invested enterprises' owners that the project asks leaflets to be written in."""

    ENGLISH = "en", _("English")
    KOREAN = "ko", _("Korean")
    CHINESE = "zh-hans", _("Chinese (simplified)")
    JAPANESE = "ja", _("Japanese")


class LeafletSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=LEAFLET_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "courses/blocks/leaflet_section.html"
        preview_value = {
            "heading": "Công đoàn là cầu nối",
            "text": "<p>Người lao động và chủ doanh nghiệp trao đổi với nhau qua công đoàn cơ sở.</p>",
        }
        description = _("A heading and its text; translations follow the same sections in the same order.")


def leaflet_sections_field() -> StreamField:
    return StreamField([("section", LeafletSectionBlock())], verbose_name=_("sections"), blank=True)


class LeafletIndexPage(NFCPageMixin, Page):
    """The list of leaflets, open to everyone."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.LeafletPage"]

    class Meta:
        verbose_name = _("leaflet index")
        verbose_name_plural = _("leaflet indexes")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import leaflet_list

        context = super().get_context(request, *args, **kwargs)
        context["leaflets"] = leaflet_list(index=self)
        return context


class LeafletPage(NFCPageMixin, Page):
    """A leaflet: the Vietnamese text in sections; each translation follows the same sections in the same order."""

    summary = models.TextField(_("summary"), max_length=600)
    sections = leaflet_sections_field()

    base_form_class = LeafletPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("sections"),
        TranslationsPanel("translations", heading=_("Translations"), label=_("translation")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.LeafletIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("leaflet")
        verbose_name_plural = _("leaflets")

    def serve(self, request, *args, **kwargs) -> HttpResponse:
        from courses.views.leaflets import leaflet_serve

        return leaflet_serve(self, request)

    @property
    def preview_modes(self) -> list[tuple[str, str]]:
        """Editors preview the Vietnamese alone or beside each language."""
        return [("", _("Vietnamese")), *LeafletLanguage.choices]

    def serve_preview(self, request, mode_name: str) -> HttpResponse:
        from courses.views.leaflets import leaflet_serve

        return leaflet_serve(self, request, language=mode_name or None)


class LeafletTranslation(Orderable):
    """One language of a leaflet. `source_digest` is the Vietnamese text it was last made or checked against."""

    page = ParentalKey(LeafletPage, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=LeafletLanguage.choices)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), max_length=1000)
    sections = leaflet_sections_field()
    source_digest = models.CharField(max_length=64, editable=False, default="")
    translation_digest = models.CharField(max_length=64, editable=False, default="")
    checked_at = models.DateTimeField(null=True, editable=False)

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("sections"),
        FieldPanel("confirm_current"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("leaflet translation")
        verbose_name_plural = _("leaflet translations")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="leaflet_translation_one_per_language"),
            models.CheckConstraint(
                condition=models.Q(language__in=LeafletLanguage.values), name="leaflet_translation_language_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page_id}:{self.language}"
