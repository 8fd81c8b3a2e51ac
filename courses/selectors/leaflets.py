"""Reads for leaflets: the bilingual reading of one leaflet, the list of leaflets, the translations' state."""

from dataclasses import dataclass
from itertools import zip_longest

from django.utils import translation as django_translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.models.leaflets import LeafletLanguage, LeafletPage, LeafletTranslation
from courses.services.leaflets import leaflet_source_digest

# The few words around a leaflet's text, shown in the reader's language as well as the site's.
# Catalogues for Korean, Chinese and Japanese hold these strings only (locale/{ko,zh_Hans,ja}).
LEAFLET_LABELS = {
    "read_in": _("Read this leaflet in"),
    "print": _("Print this leaflet"),
    "outdated": _(
        "This translation was made for an earlier version of the Vietnamese text. Where they differ, the "
        "Vietnamese text applies."
    ),
    "published_by": _("Published by"),
    "scan": _("Scan to read this leaflet online, in other languages too"),
}


def leaflet_labels(language: str) -> dict[str, str]:
    with django_translation.override(language):
        return {key: str(text) for key, text in LEAFLET_LABELS.items()}


def language_name(code: str) -> str:
    """The language's own name for itself (한국어, 日本語…): the reader may not read the site's language."""
    return django_translation.get_language_info(code)["name_local"]


@dataclass(frozen=True)
class LeafletLanguageLink:
    code: str
    name: str


@dataclass(frozen=True)
class LeafletSectionPair:
    vietnamese: dict | None  # the section block's value: heading, text
    translated: dict | None


@dataclass(frozen=True)
class LeafletReading:
    translation: LeafletTranslation | None
    is_current: bool
    sections: list[LeafletSectionPair]
    languages: list[LeafletLanguageLink]


def _ordered(translations: list[LeafletTranslation]) -> list[LeafletTranslation]:
    order = {code: index for index, code in enumerate(LeafletLanguage.values)}
    return sorted(translations, key=lambda item: order.get(item.language, len(order)))


def leaflet_reading(
    page: LeafletPage, language: str | None, translations: list[LeafletTranslation] | None = None
) -> LeafletReading:
    """The leaflet in Vietnamese beside `language` (None: Vietnamese alone), section by section."""
    translations = _ordered(list(page.translations.all()) if translations is None else translations)
    chosen = next((item for item in translations if item.language == language), None)
    theirs = [block.value for block in chosen.sections] if chosen else []
    pairs = [
        LeafletSectionPair(vietnamese=ours, translated=other)
        for ours, other in zip_longest([block.value for block in page.sections], theirs)
    ]
    return LeafletReading(
        translation=chosen,
        is_current=chosen is None or chosen.source_digest == leaflet_source_digest(page),
        sections=pairs,
        languages=[LeafletLanguageLink(item.language, language_name(item.language)) for item in translations],
    )


@dataclass(frozen=True)
class LeafletCard:
    page: LeafletPage
    languages: list[LeafletLanguageLink]


def leaflet_list(*, index: Page) -> list[LeafletCard]:
    """The published leaflets under `index`, each with the languages it can be read in (two queries)."""
    pages = LeafletPage.objects.child_of(index).live().order_by("path").prefetch_related("translations")
    return [
        LeafletCard(
            page=page,
            languages=[
                LeafletLanguageLink(item.language, language_name(item.language))
                for item in _ordered(list(page.translations.all()))
            ],
        )
        for page in pages
    ]


@dataclass(frozen=True)
class TranslationStateRow:
    page: LeafletPage
    has_unpublished_changes: bool
    states: list[tuple[str, str]]  # (language label, "current" / "outdated" / "missing") per LeafletLanguage


def leaflet_translation_states() -> list[TranslationStateRow]:
    """Every leaflet, as its latest draft stands, with each language's state: what the translators must do.
    Two queries for the published leaflets, whatever their number; a leaflet with a draft adds the few that
    Wagtail needs to restore the draft from its revision."""
    rows = []
    pages = LeafletPage.objects.order_by("path").select_related("latest_revision").prefetch_related("translations")
    for page in pages:
        latest = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        digest = leaflet_source_digest(latest)
        by_language = {item.language: item for item in latest.translations.all()}
        states = []
        for code, label in LeafletLanguage.choices:
            item = by_language.get(code)
            state = "missing" if item is None else ("current" if item.source_digest == digest else "outdated")
            states.append((label, state))
        rows.append(
            TranslationStateRow(page=latest, has_unpublished_changes=page.has_unpublished_changes, states=states)
        )
    return rows
