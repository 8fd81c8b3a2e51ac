"""Page serving with a shared route cache.

Wagtail resolves a URL by walking the page tree, one or two queries per path segment, then checks view
restrictions with more queries. The curriculum tree changes only when someone publishes, moves or deletes
a page, so the result of that walk (site, page id, page type, whether any view restriction applies) is
cached under a version token that every such change replaces. A cache hit costs one cache round trip and
one query for the page itself; a miss falls back to Wagtail's own routing and fills the cache.
"""

import secrets

from django.apps import apps
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

VERSION_KEY = "page-routes:version"
ROUTE_TIMEOUT = 60 * 60 * 24


def _route_key(request: HttpRequest, path: str) -> str:
    return f"page-routes:{request.get_host()}:{path}"


def invalidate_routes(**kwargs) -> None:
    """Forget every cached route (called when pages, sites or view restrictions change)."""
    cache.set(VERSION_KEY, secrets.token_hex(8), None)


def _current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = secrets.token_hex(8)
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def _on_serve_chain(restricted: bool):
    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        # The route cache knows this page has no view restriction; skip the hook that would query for one.
        if not restricted and fn.__module__ == "wagtail.wagtail_hooks" and fn.__name__ == "check_view_restrictions":
            continue
        chain = fn(chain)
    return chain


def _serve(page: Page, request: HttpRequest, restricted: bool) -> HttpResponse:
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return _on_serve_chain(restricted)(page, request, [], {})


def serve(request: HttpRequest, path: str) -> HttpResponse:
    key = _route_key(request, path)
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if entry and version and entry["version"] == version:
        model = apps.get_model(entry["model"])
        page = model.objects.filter(pk=entry["page_id"], live=True).first()
        if page is not None:
            request._wagtail_site = entry["site"]
            request._wagtail_route_for_request = RouteResult(page, [], {})
            return _serve(page, request, entry["restricted"])

    version = _current_version()
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
    return _serve(page, request, restricted)
