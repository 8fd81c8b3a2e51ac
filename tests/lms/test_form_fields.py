from decimal import Decimal

import pytest
from django import forms
from django.test import RequestFactory

from lms.form_fields import BoundedDecimalField, posted_id
from lms.redirects import local_destination


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12", 12), (" 7 ", 7), ("0", None), ("-3", None), ("", None), (None, None), ("1e3", None), ("٣", None)]
    + [("9" * 30, None), ("abc\x00", None), (str(2**63 - 1), 2**63 - 1)],
)
def test_posted_id_reads_only_a_positive_storable_id(value, expected):
    assert posted_id(value) == expected


class ScoreForm(forms.Form):
    score = BoundedDecimalField(
        min_value=Decimal(0), max_value=Decimal(4), step_size=Decimal("0.25"), max_digits=4, decimal_places=2
    )


@pytest.mark.parametrize("value", ["1e400", "-1e400", "99999999999999999999"])
def test_a_huge_decimal_is_a_form_error_not_a_crash(value):
    form = ScoreForm({"score": value})
    assert not form.is_valid()
    assert "score" in form.errors


def test_an_ordinary_decimal_still_passes_and_steps_are_still_checked():
    assert ScoreForm({"score": "2.75"}).is_valid()
    assert not ScoreForm({"score": "2.7"}).is_valid()
    assert not ScoreForm({"score": "5"}).is_valid()


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("/to-chuc/thoi-han/?zone=1", "/to-chuc/thoi-han/?zone=1"),
        ("-1", "/home/"),  # a bare word: redirect() would try to reverse it as a view name
        ("courses:learner_home", "/home/"),
        ("https://evil.example/", "/home/"),
        ("//evil.example/", "/home/"),
        ("", "/home/"),
    ],
)
def test_local_destination_keeps_only_paths_on_this_site(candidate, expected):
    request = RequestFactory().get("/")
    assert local_destination(request, candidate, "/home/") == expected
