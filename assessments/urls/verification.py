from django.urls import path

from assessments.views import verification

patterns: list = [
    # Public, no login: the page a certificate's QR code opens, and the lookup by printed number + date of birth.
    path("xac-minh/", verification.certificate_lookup, name="certificate_lookup"),
    path("xac-minh/<str:code>/", verification.certificate_verify, name="certificate_verify"),
]
