"""Comparing learners' short answers in Vietnamese.

Learners type on phones with different keyboards (Telex/VNI, Unikey, iOS/Android), so the same answer arrives as
precomposed (NFC) or decomposed (NFD) Unicode, with the tone mark on either vowel of "oa", "oe" and "uy" (old
"hòa, thủy, khỏe" vs new "hoà, thuỷ, khoẻ" orthography), with stray capitals, non-breaking spaces, quotes and
full stops, and with any of several dash characters. None of that should make a correct answer wrong.

What must *not* be folded away is the diacritics: "Đảng" and "Dang", "bác" and "bạc" are different words, so an
answer without accents is a different answer.
"""

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["answer_matches", "canonical_tones", "fold", "normalise_answer"]

# Tone marks as combining characters: grave, acute, tilde, hook above, dot below.
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")

# In the glide clusters "oa", "oe" and "uy" the tone may sit on the first letter (old style: "hòa", "thủy") or on
# the second (new style, the form used here: "hoà", "thuỷ"). With a final consonant or a third vowel both styles
# already agree on the second letter ("hoàng", "ngoài", "khuỷu"), so moving the tone there is always right.
# ("qu" + "y" is covered too: "qúy" is only ever a misspelling of "quý".)
_MOVE_TONE: dict[str, str] = {
    unicodedata.normalize("NFC", first + tone) + second: first + unicodedata.normalize("NFC", second + tone)
    for tone in _TONES
    for first, seconds in (("o", "ae"), ("O", "AE"), ("u", "y"), ("U", "Y"))
    for second in seconds + seconds.swapcase()
}
_MOVE_TONE_RE = re.compile("|".join(sorted(_MOVE_TONE)))

_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width characters, soft hyphen
_DASH_RE = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]")  # hyphens, en/em dashes, minus sign
_SPACED_DASH_RE = re.compile(" ?- ?")
_EDGE_CHARS = " .,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()\u2026"  # … and quotes « » “ ” ‘ ’


def canonical_tones(text: str) -> str:
    """Put the tone mark of "oa", "oe", "uy" on the second vowel ("hòa" → "hoà", "thủy" → "thuỷ"). Input: NFC."""
    return _MOVE_TONE_RE.sub(lambda match: _MOVE_TONE[match.group()], text)


def fold(text: str) -> str:
    """NFC, casefold and canonical tone placement, keeping diacritics, spacing and punctuation.

    Shared with `assessments.similarity`. The result may differ in length from the input.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    return canonical_tones(unicodedata.normalize("NFC", text))


def normalise_answer(text: str) -> str:
    """The canonical form of a short answer: two answers are the same when their canonical forms are equal."""
    text = fold(_INVISIBLE_RE.sub("", text))
    text = " ".join(text.split())  # every Unicode space (incl. NBSP, tabs, newlines) → one space
    text = _SPACED_DASH_RE.sub("-", _DASH_RE.sub("-", text))  # "1930 – 1945" == "1930-1945"
    return text.strip(_EDGE_CHARS)


def answer_matches(given: str, accepted: Iterable[str]) -> bool:
    """Whether the learner's answer equals one of the accepted answers once both are normalised.

    A blank answer (nothing left after normalising) never matches.
    """
    answer = normalise_answer(given)
    if not answer:
        return False
    if isinstance(accepted, str):  # a single accepted answer passed by mistake: not its characters
        accepted = (accepted,)
    return any(normalise_answer(candidate) == answer for candidate in accepted)
