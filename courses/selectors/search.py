"""Searching the published lessons, with or without Vietnamese diacritics.

Workers often type without tone marks ("dieu le dang" for "Điều lệ Đảng"), and the same words must be found on
SQLite and PostgreSQL alike. The curriculum is a few dozen lessons, so each worker process keeps their text, folded
(lower case, no diacritics, "đ" as "d"), for the current version of the page tree and searches it in memory: a
publish replaces the tree's version token (lms.routing), and the next search reads the lessons again.

Folding keeps one character for each character of the text, so a match found in the folded text is at the same
place in the original, which the result shows with the words highlighted.
"""

import html
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from courses.models import CoursePage, ModulePage
from lms.routing import current_version
from lms.text import highlight

QUERY_MAX_LENGTH = 100
RESULTS_LIMIT = 20
SNIPPET_CHARS = 160
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without diacritics, one character for each character of `text`."""
    folded = []
    for char in text.lower():
        if char == "đ":
            folded.append("d")
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        folded.append(base if len(base) == 1 else char)
    return "".join(folded)


@dataclass(frozen=True)
class _Passage:
    anchor: str  # the block's id on the lesson page, "" for the lesson's own fields
    text: str
    folded: str
    counts: Counter  # folded word -> how often it occurs


@dataclass(frozen=True)
class _Lesson:
    module_id: int
    title: str
    folded_title: str
    url: str
    course_title: str
    lesson_number: int
    passages: tuple[_Passage, ...]
    everything: str  # the folded title and passages, one per line
    everything_lower: str  # the same, with its tone marks
    counts: Counter  # folded word -> occurrences in the whole lesson
    title_counts: Counter


@dataclass(frozen=True)
class LessonHit:
    module_id: int
    title: SafeString
    url: str  # to the passage where the words are
    course_title: str
    lesson_number: int
    snippet: SafeString


_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.I)


def _rich(value) -> str:
    """Rich text as words: paragraphs kept apart, tags dropped, entities decoded."""
    return html.unescape(strip_tags(_BLOCK_END.sub(" ", getattr(value, "source", value or ""))))


def _block_text(block) -> str:
    """The words a learner reads in a block (captions and transcripts included)."""
    value, kind = block.value, block.block_type
    if kind == "paragraph":
        return _rich(value)
    if kind == "key_points":
        return " · ".join([value.get("title", ""), *value.get("points", [])])
    if kind == "quotation":
        return f"{value.get('text', '')} ({value.get('source', '')})"
    if kind == "callout":
        return f"{value.get('title') or ''} {_rich(value.get('text'))}"
    if kind == "self_check":
        choices = " · ".join(choice.get("text", "") for choice in value.get("choices", []))
        return f"{value.get('question', '')} {choices} {value.get('explanation') or ''}"
    fields = {
        "heading": ("text",),
        "image": ("caption",),
        "media": ("title", "transcript"),
        "document": ("description",),
    }
    return " ".join(str(value.get(name) or "") for name in fields.get(kind, ()))


def _words(folded: str) -> list[str]:
    return _WORD.findall(folded)


def _passage(anchor: str, text: str) -> _Passage | None:
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return None
    folded = fold(text)
    return _Passage(anchor=anchor, text=text, folded=folded, counts=Counter(_words(folded)))


def _read_lessons() -> list[_Lesson]:
    courses = {course.pk: course for course in CoursePage.objects.live().specific()}
    lessons = []
    for module in ModulePage.objects.live().order_by("path"):
        course = next((c for c in courses.values() if module.path.startswith(c.path)), None)
        url = module.url
        if course is None or url is None:  # not under a live course, or outside every site
            continue
        passages = [
            _passage("", module.summary),
            _passage("", module.objectives),
            *(_passage(f"b-{block.id[:8]}", _block_text(block)) for block in module.body),
        ]
        passages = [p for p in passages if p is not None]
        folded_title = fold(module.title)
        title_counts = Counter(_words(folded_title))
        counts = Counter(title_counts)
        for passage in passages:
            counts.update(passage.counts)
        lessons.append(
            _Lesson(
                module_id=module.pk,
                title=module.title,
                folded_title=folded_title,
                url=url,
                course_title=course.title,
                lesson_number=module.lesson_number,
                passages=tuple(passages),
                everything="\n".join([folded_title, *(p.folded for p in passages)]),
                everything_lower="\n".join([module.title.lower(), *(p.text.lower() for p in passages)]),
                counts=counts,
                title_counts=title_counts,
            )
        )
    return lessons


class _Index:
    def __init__(self) -> None:
        self.version: str | None = None
        self.lessons: list[_Lesson] = []
        self.lock = threading.Lock()

    def lessons_for(self, version: str) -> list[_Lesson]:
        if version != self.version:
            lessons = _read_lessons()
            with self.lock:
                self.version, self.lessons = version, lessons
        return self.lessons


_index = _Index()


def _pattern(word: str) -> re.Pattern:
    """A whole word: Vietnamese writes one syllable per word, so "doan" must not match "doanh"."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def _highlight(text: str, folded: str, words: list[str]) -> SafeString:
    """`text` escaped, with every occurrence of the words marked."""
    spans = [match.span() for word in words for match in _pattern(word).finditer(folded)]
    return mark_safe(highlight(text, spans))  # noqa: S308 - highlight escapes the text and adds only <mark>


def _snippet(passage: _Passage, words: list[str]) -> SafeString:
    first = min(match.start() for word in words if (match := _pattern(word).search(passage.folded)))
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:  # begin on a word, never after the first match
        space = passage.text.find(" ", start, first)
        start = space + 1 if space != -1 else first
    end = min(len(passage.text), start + SNIPPET_CHARS)
    if end < len(passage.text):
        end = passage.text.rfind(" ", start, end) if passage.text.rfind(" ", start, end) > start else end
    body = _highlight(passage.text[start:end], passage.folded[start:end], words)
    return mark_safe(("… " if start else "") + body + (" …" if end < len(passage.text) else ""))  # noqa: S308


def query_words(query: str) -> list[str]:
    """The folded words of a query (at most QUERY_MAX_LENGTH characters of it), longest first."""
    words = {word for word in _words(fold(query[:QUERY_MAX_LENGTH])) if len(word) >= 2 or word.isdigit()}
    return sorted(words, key=len, reverse=True)


class _Phrase:
    def __init__(self, folded: str) -> None:
        self.pattern = _pattern(folded) if " " in folded else None

    def count_in(self, text: str) -> int:
        return len(self.pattern.findall(text)) if self.pattern else 0


def lesson_search(*, query: str) -> list[LessonHit]:
    """Published lessons holding every word of the query, best first: words in the title, then how often they occur."""
    words = query_words(query)
    if not words:
        return []
    # Ranking helpers: the words in the order typed, as a phrase; and, when typed with tone marks, the same marks
    # count first ("Đảng" before "đáng", which folds to the same letters).
    phrase = _Phrase(" ".join(_words(fold(query[:QUERY_MAX_LENGTH]))))
    exact_words = [word for word in query[:QUERY_MAX_LENGTH].lower().split() if fold(word) != word]

    def found(counts: Counter) -> int:  # how many of the words are there
        return sum(1 for word in words if word in counts)

    def occurrences(counts: Counter) -> int:
        return sum(counts[word] for word in words)

    scored = []
    for lesson in _index.lessons_for(current_version()):
        if found(lesson.counts) < len(words):
            continue
        candidates = [p for p in lesson.passages if found(p.counts)]
        best = max(candidates, key=lambda p: (found(p.counts), occurrences(p.counts)), default=None)
        hit = LessonHit(
            module_id=lesson.module_id,
            title=_highlight(lesson.title, lesson.folded_title, words),
            url=lesson.url + (f"#{best.anchor}" if best is not None and best.anchor else ""),
            course_title=lesson.course_title,
            lesson_number=lesson.lesson_number,
            snippet=_snippet(best, words) if best is not None else mark_safe(""),  # noqa: S308 - empty
        )
        rank = (
            -phrase.count_in(lesson.folded_title),
            -phrase.count_in(lesson.everything),
            -found(lesson.title_counts),
            -sum(lesson.everything_lower.count(word) for word in exact_words),
            -occurrences(lesson.counts),
            lesson.course_title,
            lesson.lesson_number,
        )
        scored.append((rank, hit))
    scored.sort(key=lambda pair: pair[0])
    return [hit for _rank, hit in scored[:RESULTS_LIMIT]]
