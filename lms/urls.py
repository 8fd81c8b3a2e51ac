from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from lms import activation_views, routing
from lms.manifest import manifest
from lms.url_groups import grouped_by_first_segment
from lms.views import LoginView, LogoutView, audit_log, healthz, learner_detail, learner_edit, my_data, password_change

lms_patterns = (
    grouped_by_first_segment(
        [
            path("dang-nhap/", LoginView.as_view(), name="login"),
            path("tai-khoan/mat-khau/", password_change, name="password_change"),
            path("dang-xuat/", LogoutView.as_view(), name="logout"),
            path("kich-hoat/", activation_views.activation_redeem, name="activation"),
            path("to-chuc/ma-kich-hoat/", activation_views.activation_codes, name="activation_codes"),
            path("to-chuc/ma-kich-hoat/phieu/<str:batch>/", activation_views.activation_sheet, name="activation_sheet"),
            path(
                "to-chuc/hoc-vien/<int:profile_id>/ma-kich-hoat/",
                activation_views.activation_code_for_learner,
                name="activation_code_for_learner",
            ),
            path("ngon-ngu/", set_language, name="set_language"),
            path("healthz", healthz, name="healthz"),
            path("manifest.webmanifest", manifest, name="manifest"),
            path("to-chuc/hoc-vien/<int:profile_id>/", learner_detail, name="learner_detail"),
            path("to-chuc/hoc-vien/<int:profile_id>/sua/", learner_edit, name="learner_edit"),
            path("to-chuc/nhat-ky/", audit_log, name="audit_log"),
            path("hoc-tap/du-lieu-cua-toi/", my_data, name="my_data"),
        ]
    ),
    "lms",
)

urlpatterns = [
    path("", include(lms_patterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("courses.urls")),
    path("", include("assessments.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Page serving comes last: it catches every remaining path. Our serve view adds a route cache in front of
# Wagtail's (lms.routing); Wagtail's own URLs follow for its password and login helpers.
urlpatterns += [re_path(serve_pattern, routing.serve, name="wagtail_serve"), path("", include(wagtail_urls))]
