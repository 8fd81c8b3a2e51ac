"""Instructors, organizers, union officers and report viewers send every form and URL they reach hostile input:
no server error."""

import pytest

from tests.hostile_input.crawler import assert_no_server_error_for

pytestmark = [pytest.mark.django_db, pytest.mark.heavy(90)]


@pytest.mark.parametrize("username", ["giangvien", "tochuc", "congdoan", "baocao"])
def test_no_form_answers_hostile_input_with_a_server_error(demo, username):
    assert_no_server_error_for(username)
