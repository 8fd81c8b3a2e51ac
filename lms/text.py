"""Vietnamese text normalisation: every stored string is NFC, so accents render and compare correctly."""

import unicodedata
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
