"""Masked CSRF tokens made by lms.csrf_tokens are Django's own in all but the cost."""

from collections import Counter

from django.middleware.csrf import CSRF_ALLOWED_CHARS, _get_new_csrf_string, _unmask_cipher_token
from django.test import RequestFactory

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


def test_the_mask_draws_every_character_about_as_often():
    counts = Counter(char for _ in range(2000) for char in masked_token("a" * 32)[:32])
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    # 64,000 draws over 62 characters: about 1,032 each; a skewed draw (bytes taken modulo 62 without
    # rejecting the top 8 values) would give the first 8 characters about 1.25 times as many.
    assert max(counts.values()) / min(counts.values()) < 1.2


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
