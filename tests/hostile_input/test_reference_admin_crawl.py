"""The superuser sends every form of the reference data and site settings screens hostile input: no server error."""

import pytest

from tests.hostile_input.crawler import assert_no_server_error_for

pytestmark = [pytest.mark.django_db, pytest.mark.heavy(90)]


def test_no_form_answers_hostile_input_with_a_server_error(demo):
    assert_no_server_error_for("quantri")
