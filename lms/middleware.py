from django.conf import settings
from django.utils import translation


class CookieLocaleMiddleware:
    """Vietnamese unless the person chose another language with the switcher.

    Django's LocaleMiddleware would follow the browser's Accept-Language, which on many
    phones is English; our users expect Vietnamese first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return add_language_headers(self.get_response(request), language)


def request_language(request) -> str:
    """The language the person chose with the switcher, else Vietnamese."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return language if language in _supported_languages() else settings.LANGUAGE_CODE


def add_language_headers(response, language: str):
    response.headers.setdefault("Content-Language", language)
    patch_vary = response.get("Vary")
    if not patch_vary or "Cookie" not in patch_vary:
        response["Vary"] = f"{patch_vary}, Cookie" if patch_vary else "Cookie"
    return response


def _supported_languages() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}
