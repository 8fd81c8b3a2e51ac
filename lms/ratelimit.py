"""Fixed-window rate limits per client address, counted in Django's cache (so shared by every app server when the
cache is Redis).

    from lms.ratelimit import rate_limit

    @rate_limit(scope="certificate-lookup", limit=10, window=600, setting="LOOKUP_RATE_LIMIT", methods=("POST",))
    def view(request): ...

A request over the limit gets 429 with `Retry-After` (seconds until the window ends) instead of the view. The
limit can be changed in settings without touching the code: `LOOKUP_RATE_LIMIT = (10, 600)` (requests, seconds),
a bare number (requests per the default window), or None to switch the limit off.

The client is `REMOTE_ADDR`. Behind reverse proxies that append to `X-Forwarded-For`, set
`RATE_LIMIT_TRUSTED_PROXIES` to how many of them there are, otherwise every visitor shares the proxy's address;
with 0 (the default) the header is ignored, since anyone can send it. IPv6 clients are counted per /64 network,
the block one household or phone usually holds.

When the cache cannot be reached the request is let through (and logged): a limiter should not take a public page
down with it.
"""

import ipaddress
import logging
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    count: int  # requests in this window, this one included
    limit: int
    retry_after: int  # seconds until the window ends


def client_ip(request: HttpRequest) -> str:
    """The client's address as this server can trust it; an IPv6 address stands for its /64 network."""
    address = request.META.get("REMOTE_ADDR", "")
    hops = int(getattr(settings, "RATE_LIMIT_TRUSTED_PROXIES", 0) or 0)
    if hops > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        # Each trusted proxy appends the address it received the request from; the one the nearest proxy
        # cannot vouch for is `hops` from the right. Fewer entries: the request did not come through them.
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64] or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def rate_limit_hit(
    key: str, *, scope: str, limit: int, window: int, now: float | None = None, cache_alias: str = "default"
) -> RateLimitResult:
    """Count one request of `key` (usually the client address) in `scope`'s current window and say whether it is
    within `limit` requests per `window` seconds. Atomic across processes: `add` starts the window's counter,
    `incr` moves it."""
    now = time.time() if now is None else now
    start = int(now // window) * window
    retry_after = max(1, math.ceil(start + window - now))
    cache_key = f"ratelimit:{scope}:{window}:{start}:{key}"
    cache = caches[cache_alias]
    try:
        if cache.add(cache_key, 1, timeout=window + 1):
            count = 1
        else:
            try:
                count = cache.incr(cache_key)
            except ValueError:  # the counter expired between add and incr: this request opens the window
                cache.add(cache_key, 1, timeout=window + 1)
                count = 1
    except Exception:  # noqa: BLE001 — the cache is down: let the request through
        logger.exception("rate limit %s: the cache is unavailable; request allowed", scope)
        return RateLimitResult(allowed=True, count=0, limit=limit, retry_after=0)
    return RateLimitResult(allowed=count <= limit, count=count, limit=limit, retry_after=retry_after)


def configured_limit(setting: str | None, limit: int, window: int) -> tuple[int, int] | None:
    """(limit, window) from the named setting if it is set, else the defaults; None when the setting is None."""
    if not setting or not hasattr(settings, setting):
        return limit, window
    value = getattr(settings, setting)
    if value is None:
        return None
    if isinstance(value, int):
        return value, window
    configured_limit_, configured_window = value
    return int(configured_limit_), int(configured_window)


def too_many_requests(request: HttpRequest, result: RateLimitResult) -> HttpResponse:
    """The default answer over the limit: a short plain-text message in the visitor's language."""
    minutes = max(1, math.ceil(result.retry_after / 60))
    message = ngettext(
        "Too many requests from your connection. Please wait %(minutes)d minute and try again.",
        "Too many requests from your connection. Please wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
    return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")


def rate_limit(
    *,
    scope: str,
    limit: int,
    window: int,
    setting: str | None = None,
    methods: Iterable[str] | None = None,
    key: Callable[[HttpRequest], str] = client_ip,
    response: Callable[[HttpRequest, RateLimitResult], HttpResponse] = too_many_requests,
):
    """Decorate a view: at most `limit` requests per `window` seconds per client (see `key`) in `scope`.

    `setting` names a Django setting that overrides (limit, window), read on every request; `methods` limits the
    counting to those HTTP methods (e.g. only the POST of a form); `response` builds the 429 page (it receives
    the request and the `RateLimitResult`; `Retry-After` is added to whatever it returns).
    """
    counted = {method.upper() for method in methods} if methods else None

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs):
            if counted is None or request.method in counted:
                rate = configured_limit(setting, limit, window)
                if rate is not None:
                    result = rate_limit_hit(key(request), scope=scope, limit=rate[0], window=rate[1])
                    if not result.allowed:
                        refused = response(request, result)
                        refused.status_code = 429
                        refused["Retry-After"] = str(result.retry_after)
                        refused.headers.setdefault("Cache-Control", "no-store")
                        return refused
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


__all__ = ["RateLimitResult", "client_ip", "configured_limit", "rate_limit", "rate_limit_hit", "too_many_requests"]
