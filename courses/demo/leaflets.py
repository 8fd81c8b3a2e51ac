"""Demo leaflets under the home page, with their translations. Idempotent: publishes only what changed."""

import uuid

from django.db import transaction

from courses.demo import content_leaflets
from courses.demo.loader import _child, _ensure_home, _without_ids
from courses.models import LeafletIndexPage, LeafletPage, LeafletTranslation
from courses.services import curriculum_editorial_setup, leaflet_source_digest, translation_stamp
from lms.text import nfc


def _sections(items: list[tuple[str, str]]) -> list[dict]:
    return [
        {"type": "section", "value": {"heading": nfc(heading), "text": nfc(text)}, "id": str(uuid.uuid4())}
        for heading, text in items
    ]


def _content(page: LeafletPage) -> list:
    """What the demo controls on a leaflet, without block ids, to tell whether it changed."""
    return [
        page.title,
        page.summary,
        _without_ids(list(page.sections.raw_data)),
        sorted(
            (item.language, item.title, item.summary, _without_ids(list(item.sections.raw_data)))
            for item in page.translations.all()
        ),
    ]


def _fill(page: LeafletPage, data: dict) -> None:
    page.title = nfc(data["title"])
    page.summary = nfc(data["summary"])
    page.sections = _sections(data["sections"])
    translations = []
    for language, (title, summary, sections) in data["translations"].items():
        translations.append(
            LeafletTranslation(language=language, title=nfc(title), summary=nfc(summary), sections=_sections(sections))
        )
    page.translations = translations
    digest = leaflet_source_digest(page)
    for translation in page.translations.all():
        translation_stamp(translation, source_digest=digest)


@transaction.atomic
def load_leaflets() -> list[LeafletPage]:
    home = _ensure_home()
    index = _child(
        home,
        LeafletIndexPage,
        content_leaflets.INDEX["slug"],
        {"title": content_leaflets.INDEX["title"], "intro": content_leaflets.INDEX["intro"]},
    )
    curriculum_editorial_setup(root=index)
    pages = []
    for data in content_leaflets.LEAFLETS:
        page = LeafletPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = LeafletPage(slug=data["slug"])
            _fill(page, data)
            index.add_child(instance=page)
            page.save_revision().publish()
        else:
            wanted = LeafletPage(slug=data["slug"])
            _fill(wanted, data)
            if _content(page) != _content(wanted) or page.has_unpublished_changes or not page.live:
                _fill(page, data)
                page.save_revision().publish()
        pages.append(page)
    return pages
