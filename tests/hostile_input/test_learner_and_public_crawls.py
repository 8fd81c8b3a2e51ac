"""Learners (and a visitor who is not logged in) send every form and URL they reach hostile input: no server error."""

import pytest

from tests.hostile_input.crawler import assert_no_server_error_for

pytestmark = [pytest.mark.django_db, pytest.mark.heavy(35)]


@pytest.mark.parametrize("username", ["hocvien", "hocvien2", "anonymous"])
def test_no_form_answers_hostile_input_with_a_server_error(demo, username):
    assert_no_server_error_for(username)
