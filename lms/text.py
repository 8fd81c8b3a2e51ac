"""Vietnamese text normalisation (every stored string is NFC, so accents render and compare correctly) and marking
passages of a text in HTML."""

import html
import unicodedata
from collections.abc import Sequence
from typing import Any


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def nfc_deep(value: Any) -> Any:
    """Normalise every string inside nested lists/dicts (e.g. StreamField raw data)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, tuple):
        return tuple(nfc_deep(item) for item in value)
    if isinstance(value, dict):
        return {key: nfc_deep(item) for key, item in value.items()}
    return value


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` as HTML-escaped text with the given character spans wrapped in <mark> (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts = []
    position = 0
    for start, end in merged:
        parts.append(html.escape(text[position:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)
