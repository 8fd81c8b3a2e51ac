"""Writes for leaflets: stamping a translation with the Vietnamese text it was made or checked against."""

import hashlib
import json
from collections.abc import Iterable
from html.parser import HTMLParser

from django.utils import timezone

from courses.models.leaflets import LeafletPage, LeafletTranslation
from lms.text import nfc


class _Wording(HTMLParser):
    """The words and the formatting of rich text, without what the editor adds on every save (block keys)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        self.parts.append(f"<{tag}{' ' + href if href else ''}>")

    def handle_endtag(self, tag):
        self.parts.append(f"</{tag}>")

    def handle_data(self, data):
        if data.strip():
            self.parts.append(" ".join(data.split()))


def _wording(html: str) -> str:
    parser = _Wording()
    parser.feed(nfc(html or ""))
    parser.close()
    return "".join(parser.parts)


def _section_texts(sections: Iterable) -> list[tuple[str, str]]:
    """(heading, text) of each section, from a StreamValue or from the raw JSON list a revision holds."""
    texts = []
    for block in sections or []:
        value = block["value"] if isinstance(block, dict) else block.value
        text = value.get("text", "")
        texts.append((" ".join(nfc(str(value.get("heading", ""))).split()), _wording(getattr(text, "source", text))))
    return texts


def leaflet_text_digest(*, title: str, summary: str, sections: Iterable) -> str:
    """A fingerprint of a leaflet's words in one language: a change of wording changes it, block ids do not."""
    payload = [nfc(title or "").strip(), nfc(summary or "").strip(), _section_texts(sections)]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def leaflet_source_digest(page: LeafletPage) -> str:
    return leaflet_text_digest(title=page.title, summary=page.summary, sections=page.sections)


def leaflet_section_count(sections: Iterable) -> int:
    return len(_section_texts(sections))


def translation_stamp(translation: LeafletTranslation, *, source_digest: str) -> None:
    """Record that this translation matches the Vietnamese text whose digest is given (on the object, unsaved:
    the page's revision carries it)."""
    translation.source_digest = source_digest
    translation.translation_digest = leaflet_text_digest(
        title=translation.title, summary=translation.summary, sections=translation.sections
    )
    translation.checked_at = timezone.now()
