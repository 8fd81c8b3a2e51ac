"""Masked CSRF tokens made by lms.csrf_tokens are Django's own in all but the cost."""

from collections import Counter

from django.middleware.csrf import CSRF_ALLOWED_CHARS, _get_new_csrf_string, _unmask_cipher_token
from django.test import RequestFactory

from lms import csrf_tokens
from lms.csrf_tokens import masked_token, request_token


def test_django_unmasks_the_token_to_the_secret():
    for _ in range(200):
        secret = _get_new_csrf_string()
        token = masked_token(secret)
        assert len(token) == 64 and set(token) <= set(CSRF_ALLOWED_CHARS)
        assert _unmask_cipher_token(token) == secret


def test_every_token_is_masked_afresh():
    secret = _get_new_csrf_string()
    assert len({masked_token(secret) for _ in range(100)}) == 100


def test_the_mask_uses_every_character():
    counts = Counter(char for _ in range(2000) for char in masked_token("a" * 32)[:32])
    assert set(counts) == set(CSRF_ALLOWED_CHARS)


def _random_source(*chunks: bytes):
    """A stand-in for os.urandom that hands out the given bytes in order, as many as asked."""
    stream = iter(b"".join(chunks))
    return lambda size: bytes(next(stream) for _ in range(size))


def test_bytes_that_would_skew_the_mask_are_drawn_again(monkeypatch):
    # Each of the 248 bytes below 248 once, after the 8 that would skew a modulo-62 draw: every character exactly
    # 4 times. Taking bytes modulo 62 without rejecting 248-255 would give the first 8 characters 5 and the last 8
    # only 3. (Deterministic: a statistical test of the real source fails now and then however it is bounded.)
    monkeypatch.setattr(
        csrf_tokens.os, "urandom", _random_source(bytes(range(248, 256)), bytes(range(248)), b"\0" * 64)
    )
    indices = csrf_tokens._random_indices(248)
    assert Counter(indices) == {index: 4 for index in range(len(CSRF_ALLOWED_CHARS))}


def test_a_draw_with_every_byte_rejected_is_made_again(monkeypatch):
    monkeypatch.setattr(csrf_tokens.os, "urandom", _random_source(b"\xff" * 40, bytes(range(40))))
    assert csrf_tokens._random_indices(32) == list(range(32))


def test_a_request_without_a_secret_gets_one_as_django_gives_it():
    request = RequestFactory().get("/")
    token = request_token(request)
    assert _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"]


def test_a_request_with_a_secret_keeps_it_and_renews_the_cookie():
    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE"] = secret = _get_new_csrf_string()
    assert _unmask_cipher_token(request_token(request)) == secret
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"]
