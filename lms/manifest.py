"""The web app manifest: lets a worker add the site to the phone's home screen and open it like an app.

Served by a view, not as a static file, so its name follows the interface language (gettext).
"""

from django.http import HttpRequest, JsonResponse
from django.templatetags.static import static
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

THEME_COLOR = "#b3261e"  # --accent in static/lms/css/site.css
BACKGROUND_COLOR = "#f6f5f2"  # --bg
ICON_SIZES = (192, 512)


@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    data = {
        "name": _("Political study for workers"),
        "short_name": _("Political study"),
        "description": _("Party-awareness and new-member classes, studied on the phone between shifts."),
        "lang": get_language(),
        "dir": "ltr",
        "start_url": "/?source=home-screen",
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            {
                "src": static(f"lms/icons/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICON_SIZES
        ],
    }
    response = JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})
    patch_cache_control(response, public=True, max_age=60 * 60 * 24)
    patch_vary_headers(response, ("Cookie", "Accept-Language"))
    return response
