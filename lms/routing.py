"""Page serving with a shared route cache.

Wagtail resolves a URL by walking the page tree, one or two queries per path segment, then checks view
restrictions with more queries. The page tree changes only when someone publishes, moves or deletes a page, so
the result of that walk (site, page, whether any view restriction applies) is cached under a version token that
every such change replaces (see lms/apps.py and docs/decisions/0002-route-cache.md).

Two levels: the shared cache (Redis in production) holds the route of each path under the current version, and
each worker process keeps the pages it served for the current version in memory. A request therefore costs one
cache round trip (the version token) when its page is warm in the process, and one more plus one query when not.
Whatever changes the tree changes the token; each process re-reads the token at least every
ROUTE_VERSION_CHECK_SECONDS (default 1 s), so a publish reaches every worker within that time.
"""

import secrets
import threading
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

VERSION_KEY = "page-routes:version"
ROUTE_TIMEOUT = 60 * 60 * 24
PROCESS_MEMO_LIMIT = 2000


class _ProcessMemo:
    """Pages served by this process for one version of the tree; dropped whole when the version changes."""

    def __init__(self) -> None:
        self.version: str | None = None
        self.routes: dict[str, tuple[Page, Site, bool]] = {}
        self.lock = threading.Lock()
        self.checked_version: str | None = None
        self.checked_at = 0.0

    def get(self, version: str, key: str):
        return self.routes.get(key) if version == self.version else None

    def put(self, version: str, key: str, value: tuple[Page, Site, bool]) -> None:
        with self.lock:
            if version != self.version or len(self.routes) >= PROCESS_MEMO_LIMIT:
                self.version, self.routes = version, {}
            self.routes[key] = value


_memo = _ProcessMemo()


def _route_key(request: HttpRequest, path: str) -> str:
    return f"page-routes:{request.get_host()}:{path}"


def invalidate_routes(**kwargs) -> None:
    """Forget every cached route (called when pages, sites or view restrictions change).

    This process sees the change at once; other processes within ROUTE_VERSION_CHECK_SECONDS.
    """
    cache.set(VERSION_KEY, secrets.token_hex(8), None)
    reset_process_state()


def current_version() -> str:
    """The tree's version token, read from the shared cache at most every ROUTE_VERSION_CHECK_SECONDS."""
    now = time.monotonic()
    if _memo.checked_version is not None and now - _memo.checked_at < settings.ROUTE_VERSION_CHECK_SECONDS:
        return _memo.checked_version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, secrets.token_hex(8), None)
        version = cache.get(VERSION_KEY)
    _memo.checked_version, _memo.checked_at = version, now
    return version


def reset_process_state() -> None:
    """Forget what this process remembers (tests call it when they reset the database and the cache)."""
    global _memo
    _memo = _ProcessMemo()


def request_version(request: HttpRequest) -> str | None:
    """The tree version this request was routed under; page renderers key their own caches on it."""
    return getattr(request, "_lms_route_version", None)


def warm_route(request: HttpRequest, path: str) -> tuple[Page, str] | None:
    """The page this process served at `path` under the tree's current version, with that version; else None.

    Only a page with no view restriction: the fast path (lms/fast_paths.py) must not skip Wagtail's check.
    """
    version = current_version()
    warm = _memo.get(version, _route_key(request, path))
    if warm is None or warm[2]:
        return None
    return warm[0], version


def _on_serve_chain(restricted: bool):
    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        # The route cache knows this page has no view restriction; skip the hook that would query for one.
        if not restricted and fn.__module__ == "wagtail.wagtail_hooks" and fn.__name__ == "check_view_restrictions":
            continue
        chain = fn(chain)
    return chain


def _serve(page: Page, site: Site, request: HttpRequest, restricted: bool) -> HttpResponse:
    request._wagtail_site = site
    request._wagtail_route_for_request = RouteResult(page, [], {})
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return _on_serve_chain(restricted)(page, request, [], {})


def serve(request: HttpRequest, path: str) -> HttpResponse:
    key = _route_key(request, path)
    version = current_version()
    request._lms_route_version = version
    warm = _memo.get(version, key)
    if warm is not None:
        page, site, restricted = warm
        return _serve(page, site, request, restricted)

    entry = cache.get(key)
    if entry and entry["version"] == version:
        page = apps.get_model(entry["model"]).objects.filter(pk=entry["page_id"], live=True).first()
        if page is not None:
            _memo.put(version, key, (page, entry["site"], entry["restricted"]))
            return _serve(page, entry["site"], request, entry["restricted"])

    route = Page.route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    if args or kwargs or type(page) is Page:
        return wagtail_serve(request, path)
    site = Site.find_for_request(request)
    restricted = PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True).values("pk")).exists()
    cache.set(
        key,
        {"version": version, "model": page._meta.label, "page_id": page.pk, "site": site, "restricted": restricted},
        ROUTE_TIMEOUT,
    )
    _memo.put(version, key, (page, site, restricted))
    return _serve(page, site, request, restricted)
