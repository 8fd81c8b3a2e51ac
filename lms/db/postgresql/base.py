"""Django's PostgreSQL backend with a cheaper connection health check.

With `CONN_HEALTH_CHECKS`, Django sends `SELECT 1` before the first query of every request: one more round trip
on every page. This backend asks the operating system instead, at no cost. If the server has closed the
connection (restart, `pg_terminate_backend`, idle timeout on the server), the closing message or end-of-file is
already waiting on the socket, so the socket reads as ready. Then, and only then, the real `SELECT 1` decides.

What a socket cannot show is a connection cut silently on the way, e.g. by a firewall dropping idle flows. Those
happen after long silences, so a connection idle for longer than `DB_HEALTH_CHECK_QUIET_SECONDS` (a setting,
default 10) always gets the real `SELECT 1`.
"""

import select
import time

from django.conf import settings
from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._last_request_ended = 0.0

    def close_if_unusable_or_obsolete(self):
        # Called when a request starts and when it ends: the connection was in use until now.
        super().close_if_unusable_or_obsolete()
        self._last_request_ended = time.monotonic()

    def is_usable(self):
        if self.connection is None or self.connection.closed:
            return False
        quiet = time.monotonic() - self._last_request_ended <= settings.DB_HEALTH_CHECK_QUIET_SECONDS
        if quiet and not self._socket_has_news():
            return True
        return super().is_usable()

    def _socket_has_news(self) -> bool:
        """Whether anything arrived unasked since the last query (a closing notice, end-of-file, a notification)."""
        try:
            ready, _, _ = select.select([self.connection.pgconn.socket], [], [], 0)
        except (OSError, ValueError, AttributeError):
            return True  # cannot tell: let SELECT 1 decide
        return bool(ready)
