from django.urls import path

from assessments.views import certificates as views

patterns = [
    path("to-chuc/lop/<int:cohort_id>/chung-nhan/", views.cohort_certificates, name="cohort_certificates"),
    path("to-chuc/lop/<int:cohort_id>/chung-nhan/cap/", views.cohort_certificates_issue, name="certificates_issue"),
    path("to-chuc/lop/<int:cohort_id>/chung-nhan/tien-do/", views.issuance_progress, name="issuance_progress"),
    path("to-chuc/lop/<int:cohort_id>/chung-nhan.pdf", views.cohort_certificates_pdf, name="cohort_certificates_pdf"),
    path("to-chuc/chung-nhan/<int:certificate_id>/thu-hoi/", views.certificate_revoke_view, name="certificate_revoke"),
    path(
        "to-chuc/chung-nhan/<int:certificate_id>/cap-lai/", views.certificate_reissue_view, name="certificate_reissue"
    ),
    path("to-chuc/chung-nhan/<int:certificate_id>.pdf", views.certificate_pdf_staff, name="certificate_pdf"),
    path("hoc-tap/chung-nhan/", views.my_certificates, name="my_certificates"),
    path("hoc-tap/chung-nhan/<int:certificate_id>.pdf", views.my_certificate_pdf, name="my_certificate_pdf"),
]
