from .attendance import attendance_check_in, attendance_mark, check_in_code, current_window
from .bookings import booking_cancel, booking_create
from .cohorts import cohort_finalise, cohort_lock, cohort_reopen, cohort_save
from .curriculum import curriculum_editorial_setup
from .enrolment import (
    enrolment_create,
    enrolment_transition,
    nomination_approve,
    nomination_create,
    nomination_reject,
)
from .feeds import calendar_feed_for, calendar_feed_ics, calendar_feed_rotate
from .leaflets import leaflet_source_digest, leaflet_text_digest, translation_stamp
from .offline import OfflineSitting, OfflineSyncResult, progress_record_offline
from .progress import progress_mark_complete, progress_record_heartbeat, progress_record_open
from .roster import RosterOutcome, roster_import
from .sessions import (
    PlanProposal,
    plan_accept,
    plan_propose,
    session_cancel,
    session_create,
    session_move,
    venue_create,
)

__all__ = [
    "leaflet_source_digest",
    "leaflet_text_digest",
    "translation_stamp",
    "attendance_check_in",
    "attendance_mark",
    "check_in_code",
    "current_window",
    "calendar_feed_for",
    "calendar_feed_ics",
    "calendar_feed_rotate",
    "booking_cancel",
    "booking_create",
    "cohort_finalise",
    "cohort_lock",
    "cohort_reopen",
    "cohort_save",
    "curriculum_editorial_setup",
    "enrolment_create",
    "enrolment_transition",
    "nomination_approve",
    "nomination_create",
    "nomination_reject",
    "OfflineSitting",
    "OfflineSyncResult",
    "progress_record_offline",
    "progress_mark_complete",
    "progress_record_heartbeat",
    "progress_record_open",
    "RosterOutcome",
    "roster_import",
    "PlanProposal",
    "plan_accept",
    "plan_propose",
    "session_cancel",
    "session_create",
    "session_move",
    "venue_create",
]
