"""The PostgreSQL health check that costs no round trip while a connection is busy (lms/db/postgresql)."""

import time

import pytest
from django.db import connections

connection = connections["default"]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the backend is PostgreSQL's"),
]


def _count_queries(wrapper, monkeypatch) -> list:
    sent = []
    real = wrapper.connection.cursor
    monkeypatch.setattr(wrapper.connection, "cursor", lambda *a, **k: sent.append(1) or real(*a, **k))
    return sent


def test_the_project_uses_the_backend():
    assert type(connection).__module__ == "lms.db.postgresql.base"


def test_a_busy_healthy_connection_is_judged_usable_without_a_query(monkeypatch):
    connection.ensure_connection()
    connection._last_request_ended = (
        time.monotonic()
    )  # a request just ended (the test's transaction forbids the real hook)
    sent = _count_queries(connection, monkeypatch)
    assert connection.is_usable() is True
    assert sent == []


def test_after_a_quiet_spell_the_real_select_1_decides(monkeypatch, settings):
    settings.DB_HEALTH_CHECK_QUIET_SECONDS = 0
    connection.ensure_connection()
    connection._last_request_ended = time.monotonic()
    time.sleep(0.01)
    sent = _count_queries(connection, monkeypatch)
    assert connection.is_usable() is True
    assert sent == [1]


def test_a_connection_the_server_closed_is_replaced_before_the_next_query():
    other = connections.create_connection("default")
    try:
        other.ensure_connection()
        other.close_if_unusable_or_obsolete()  # busy until now
        pid = other.connection.info.backend_pid
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 5
        while not other._socket_has_news() and time.monotonic() < deadline:  # the server's goodbye is on its way
            time.sleep(0.01)

        assert other.is_usable() is False
        other.health_check_enabled, other.health_check_done = True, False
        with other.cursor() as cursor:  # the check closes the dead connection; the cursor opens a new one
            cursor.execute("SELECT pg_backend_pid()")
            assert cursor.fetchone()[0] != pid
    finally:
        other.close()
