from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def local_destination(request: HttpRequest, candidate: str, default: str) -> str:
    """`candidate` when it is a path on this site, else `default`: never another host, and never a bare word,
    which Django's redirect() would try to reverse as a view name."""
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, {request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default
