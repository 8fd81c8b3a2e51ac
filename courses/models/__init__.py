from .enrolment import (
    ENROLMENT_TRANSITIONS,
    SEAT_STATES,
    Cohort,
    CohortStatus,
    Enrolment,
    EnrolmentEvent,
    EnrolmentState,
    Nomination,
    NominationStatus,
)
from .pages import CoursePage, DeliveryMode, ModulePage, ProgrammeIndexPage, ProgrammeKind
from .progress import ModuleProgress
from .roster import RosterUpload
from .scheduling import (
    Booking,
    BookingState,
    CalendarFeed,
    RosterChange,
    Session,
    SessionStatus,
    ShiftGroup,
    ShiftMembership,
    ShiftPattern,
    Venue,
)
from .settings import EnrolmentSettings

__all__ = [
    "ENROLMENT_TRANSITIONS",
    "SEAT_STATES",
    "Booking",
    "BookingState",
    "CalendarFeed",
    "Cohort",
    "CohortStatus",
    "CoursePage",
    "DeliveryMode",
    "Enrolment",
    "EnrolmentEvent",
    "EnrolmentSettings",
    "EnrolmentState",
    "ModulePage",
    "ModuleProgress",
    "Nomination",
    "NominationStatus",
    "ProgrammeIndexPage",
    "ProgrammeKind",
    "RosterChange",
    "RosterUpload",
    "Session",
    "SessionStatus",
    "ShiftGroup",
    "ShiftMembership",
    "ShiftPattern",
    "Venue",
]
