from django.urls import path

from courses.views import attendance, offline, organizer, roster, session_manage, sessions, shifts, study, union
from lms.url_groups import grouped_by_first_segment

app_name = "courses"

urlpatterns = grouped_by_first_segment(
    [
        path("hoc-tap/", study.learner_home, name="learner_home"),
        path("hoc-tap/tim-kiem/", study.lesson_search_view, name="lesson_search"),
        path("sw.js", offline.service_worker, name="service_worker"),
        path("hoc-tap/ngoai-tuyen/", offline.offline_page, name="offline_page"),
        path("hoc-tap/ngoai-tuyen/gui/", offline.offline_sync, name="offline_sync"),
        path("hoc-tap/bai/<int:module_id>/tien-do/", study.progress_heartbeat, name="progress_heartbeat"),
        path("hoc-tap/bai/<int:module_id>/hoan-thanh/", study.module_complete, name="module_complete"),
        path("hoc-tap/buoi-hoc/", sessions.my_sessions, name="my_sessions"),
        path("hoc-tap/buoi-hoc/<int:session_id>/dat-cho/", sessions.book_session, name="book_session"),
        path("hoc-tap/dat-cho/<int:booking_id>/huy/", sessions.cancel_booking, name="cancel_booking"),
        path("hoc-tap/dat-cho/<int:booking_id>/da-xem/", sessions.acknowledge_booking, name="acknowledge_booking"),
        path("hoc-tap/lich-ca/", shifts.my_roster, name="my_roster"),
        path("hoc-tap/lich-ca/<int:change_id>/xoa/", shifts.roster_change_delete_view, name="roster_change_delete"),
        path("lich/<str:token>.ics", sessions.calendar_feed, name="calendar_feed"),
        path("hoc-tap/lich/doi-dia-chi/", sessions.calendar_feed_renew, name="calendar_feed_renew"),
        path("diem-danh/<int:session_id>/<int:window>/<str:code>/", attendance.check_in, name="check_in"),
        path("to-chuc/buoi-hoc/<int:session_id>/diem-danh/", attendance.check_in_screen, name="check_in_screen"),
        path("to-chuc/buoi-hoc/<int:session_id>/qr.svg", attendance.check_in_qr, name="check_in_qr"),
        path("to-chuc/lich-tuan/", attendance.week_view, name="week_view"),
        path("to-chuc/buoi-hoc/<int:session_id>/", session_manage.session_detail, name="session_detail"),
        path("to-chuc/buoi-hoc/<int:session_id>/huy/", session_manage.session_cancel_view, name="session_cancel"),
        path("to-chuc/lop/<int:cohort_id>/them-buoi/", session_manage.session_add, name="session_add"),
        path("to-chuc/ca-lam-viec/", shifts.shift_groups, name="shift_groups"),
        path("to-chuc/ca-lam-viec/<int:group_id>/", shifts.shift_group_detail, name="shift_group"),
        path("cong-doan/", union.union_home, name="union_home"),
        path("to-chuc/", organizer.organizer_home, name="organizer_home"),
        path(
            "to-chuc/gioi-thieu/<int:nomination_id>/duyet/",
            organizer.nomination_approve_view,
            name="nomination_approve",
        ),
        path(
            "to-chuc/gioi-thieu/<int:nomination_id>/tu-choi/",
            organizer.nomination_reject_view,
            name="nomination_reject",
        ),
        path("to-chuc/hoc-vien/<int:profile_id>/ghi-danh/", organizer.learner_enrol_view, name="learner_enrol"),
        path("to-chuc/lop/<int:cohort_id>/", organizer.cohort_detail, name="cohort_detail"),
        path("to-chuc/lop/mo-lop/", organizer.cohort_edit, name="cohort_create"),
        path("to-chuc/lop/<int:cohort_id>/lap-lich/", organizer.plan_sessions_view, name="plan_sessions"),
        path("to-chuc/lop/<int:cohort_id>/sua/", organizer.cohort_edit, name="cohort_edit"),
        path(
            "to-chuc/ghi-danh/<int:enrolment_id>/chuyen/",
            organizer.enrolment_transition_view,
            name="enrolment_transition",
        ),
        path("to-chuc/nhap-danh-sach/", roster.roster_upload, name="roster_upload"),
        path("to-chuc/nhap-danh-sach/<int:upload_id>/", roster.roster_preview_view, name="roster_preview"),
        path("to-chuc/nhap-danh-sach/<int:upload_id>/xac-nhan/", roster.roster_confirm, name="roster_confirm"),
    ]
)
