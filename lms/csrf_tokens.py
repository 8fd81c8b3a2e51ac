"""The CSRF token a page carries, masked as Django masks it, for a fraction of the cost.

Django masks the secret afresh for every response (so a compressed page never repeats it; see BREACH) with a mask of
32 characters drawn one `secrets.choice` at a time, which on the lesson page costs more than filling all its holes.
`masked_token` draws the whole mask from one call to the operating system's random source and applies the same
cipher as `django.middleware.csrf._mask_cipher_secret`; Django's middleware unmasks and checks it as its own
(tests/lms/test_csrf_tokens.py posts one back).
"""

import os

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token

_COUNT = len(CSRF_ALLOWED_CHARS)
_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
# Bytes at or above this limit would make some characters likelier than others; they are drawn again.
_LIMIT = 256 - 256 % _COUNT


def _random_indices(count: int) -> list[int]:
    indices: list[int] = []
    while len(indices) < count:
        indices.extend(byte % _COUNT for byte in os.urandom(count + 8) if byte < _LIMIT)
    return indices[:count]


def masked_token(secret: str) -> str:
    """A fresh masked token for a CSRF secret (32 characters of CSRF_ALLOWED_CHARS)."""
    mask = _random_indices(CSRF_SECRET_LENGTH)
    cipher = "".join(CSRF_ALLOWED_CHARS[(_INDEX[char] + m) % _COUNT] for char, m in zip(secret, mask, strict=True))
    return "".join(CSRF_ALLOWED_CHARS[m] for m in mask) + cipher


def request_token(request) -> str:
    """What `django.middleware.csrf.get_token` returns, with the cheaper mask when the request has a secret."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        return get_token(request)  # Django makes the secret and marks the cookie to be set
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # as get_token does: the cookie is sent again, renewed
    return masked_token(secret)
