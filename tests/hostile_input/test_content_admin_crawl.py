"""A content editor sends every form of their admin screens (question banks and their spreadsheet import, quizzes,
rubrics) hostile input: no server error."""

import pytest

from tests.hostile_input.crawler import assert_no_server_error_for

pytestmark = [pytest.mark.django_db, pytest.mark.heavy(150)]


def test_no_form_answers_hostile_input_with_a_server_error(demo):
    assert_no_server_error_for("bientap")
